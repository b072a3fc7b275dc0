/**
 * Attachments (기사 스크랩 이미지, PDF; a 보도자료's HWP, HWPX or PDF) live as files in <data>/attachments, named by id and the
 * type sniffed from their content; their rows (metadata and the file's SHA-256) are records of the
 * synced `attachments` kind (shared/domain/attachments.ts), written through the generic record
 * store, so adding and deleting one has history, undo, and travels to the department's other PCs.
 * The file travels as a blob (sync/blob-sync.ts); until it has arrived on this PC the attachment
 * is listed as not received, and opening it says so.
 * The file is written before the row and removed if the row fails, so this PC never holds a row of
 * its own without its file. Reading checks the row (stored-file.ts) and sniffs the file again, so
 * what is served is always what was stored.
 */
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Db } from '../db/open.ts';
import type { Attachment, AttachmentOwner } from '../../shared/api/contract.ts';
import { AppError } from '../../shared/api/errors.ts';
import { MAX_ATTACHMENT_BYTES, OWNER_FIELD, attachmentsSpec } from '../../shared/domain/attachments.ts';
import { emptyFileMessage, tooLargeMessage, wrongTypeMessage } from '../../shared/attachments/messages.ts';
import { newId, stampNow } from '../records/ids.ts';
import { recordStore } from '../records/record-store.ts';
import { sniffAttachmentType } from './file-type.ts';
import { ATTACHMENTS_FOLDER, storedFilePath } from './stored-file.ts';

export { MAX_ATTACHMENT_BYTES } from '../../shared/domain/attachments.ts';

export const FILE_NOT_RECEIVED = '파일을 아직 받지 못했습니다';

interface AttachmentRow {
  id: string;
  clipping_id: string | null;
  release_id: string | null;
  file_name: string;
  mime_type: string;
  size: number;
  sha256: string;
  stored_name: string;
  created_at: string;
  created_by: string;
}

/** The clerk's file name, without folders, ending in the extension of what the file really is. */
function displayName(fileName: string, ext: string): string {
  const base = fileName.replace(/[\\/]/g, '_').trim() || '첨부';
  const stem = base.slice(0, base.length - extname(base).length) || base;
  const sameType = extname(base).toLowerCase() === ext || (ext === '.jpg' && extname(base).toLowerCase() === '.jpeg');
  return sameType ? base.slice(0, 200) : `${stem.slice(0, 200 - ext.length)}${ext}`;
}

export function attachmentsService(db: Db, dataDir: string) {
  const dir = join(dataDir, ATTACHMENTS_FOLDER);
  const store = recordStore(db, attachmentsSpec);
  // One statement per owner register: the column names are fixed here, never taken from a request.
  const byOwner = {
    clippings: {
      list: db.prepare<[string], AttachmentRow>('SELECT * FROM attachments WHERE clipping_id = ? AND deleted_at IS NULL ORDER BY created_at, id'),
      sameFile: db.prepare<[string, string], string>('SELECT id FROM attachments WHERE clipping_id = ? AND sha256 = ? AND deleted_at IS NULL').pluck(),
      live: db.prepare<[string], { id: string }>('SELECT id FROM clippings WHERE id = ? AND deleted_at IS NULL'),
      missing: '첨부할 언론보도 기사를 찾을 수 없습니다.',
      duplicate: '이 기사에는 같은 파일이 이미 첨부되어 있습니다.',
    },
    releases: {
      list: db.prepare<[string], AttachmentRow>('SELECT * FROM attachments WHERE release_id = ? AND deleted_at IS NULL ORDER BY created_at, id'),
      sameFile: db.prepare<[string, string], string>('SELECT id FROM attachments WHERE release_id = ? AND sha256 = ? AND deleted_at IS NULL').pluck(),
      live: db.prepare<[string], { id: string }>('SELECT id FROM releases WHERE id = ? AND deleted_at IS NULL'),
      missing: '첨부할 보도자료를 찾을 수 없습니다.',
      duplicate: '이 보도자료에는 같은 파일이 이미 첨부되어 있습니다.',
    },
  } as const;
  const one = db.prepare<[string], AttachmentRow>('SELECT * FROM attachments WHERE id = ? AND deleted_at IS NULL');

  /** Whether this PC holds the row's file (a pulled row's file may still be on its way). */
  function received(row: AttachmentRow): boolean {
    try {
      return existsSync(storedFilePath(dataDir, row));
    } catch {
      return false;
    }
  }

  const toAttachment = (r: AttachmentRow): Attachment => ({
    id: r.id, owner: r.release_id ? { register: 'releases', id: r.release_id } : { register: 'clippings', id: r.clipping_id ?? '' }, fileName: r.file_name, mimeType: r.mime_type, size: r.size,
    createdAt: r.created_at, createdBy: r.created_by, fileReceived: received(r),
  });

  return {
    store,
    list: (owner: AttachmentOwner) => byOwner[owner.register].list.all(owner.id).map(toAttachment),

    add(owner: AttachmentOwner, fileName: string, data: Uint8Array, actor: string): Attachment {
      const of = byOwner[owner.register];
      if (!of.live.get(owner.id)) throw new AppError('not_found', of.missing);
      if (data.length === 0) throw new AppError('bad_file', emptyFileMessage(fileName));
      if (data.length > MAX_ATTACHMENT_BYTES) throw new AppError('bad_file', tooLargeMessage(fileName, data.length));
      const type = sniffAttachmentType(data);
      if (!type) throw new AppError('bad_file', wrongTypeMessage(fileName));
      const sha256 = createHash('sha256').update(data).digest('hex');
      if (of.sameFile.get(owner.id, sha256)) throw new AppError('conflict', of.duplicate);
      const id = newId();
      const stored = `${id}${type.ext}`;
      mkdirSync(dir, { recursive: true });
      const tmp = join(dir, `${stored}.part`);
      writeFileSync(tmp, data);
      renameSync(tmp, join(dir, stored));
      try {
        const values = { [OWNER_FIELD[owner.register]]: owner.id, fileName: displayName(fileName, type.ext), mimeType: type.mime, size: data.length, sha256 };
        db.transaction(() => store.insert(values, stampNow(actor), id))();
      } catch (err) {
        rmSync(join(dir, stored), { force: true });
        throw err;
      }
      return toAttachment(one.get(id)!);
    },

    get(id: string): Attachment & { data: string } {
      const row = one.get(id);
      if (!row) throw new AppError('not_found', '첨부 파일을 찾을 수 없습니다.');
      const file = storedFilePath(dataDir, row);
      if (!existsSync(file)) {
        throw new AppError('not_found', `첨부 파일 '${row.file_name}'의 ${FILE_NOT_RECEIVED}. 다른 PC에서 첨부한 파일은 동기화할 때 받아 옵니다. 잠시 뒤 지금 동기화를 누르고 다시 여세요.`);
      }
      let bytes: Buffer;
      try {
        // A link planted in the folder could point anywhere: only a plain file is read.
        if (!lstatSync(file).isFile()) throw new Error('not a plain file');
        bytes = readFileSync(file);
      } catch {
        throw new AppError('not_found', `첨부 파일 '${row.file_name}'을(를) 데이터 폴더에서 읽지 못했습니다. 백업에서 복원하세요.`);
      }
      const type = sniffAttachmentType(bytes);
      if (type?.mime !== row.mime_type) {
        throw new AppError('bad_file', `첨부 파일 '${row.file_name}'의 내용이 저장할 때의 형식과 달라 열지 않았습니다. 파일이 바뀌었거나 손상되었습니다. 원본을 다시 첨부하세요.`);
      }
      return { ...toAttachment(row), mimeType: type.mime, data: bytes.toString('base64') };
    },

    /** The file stays on disk so a backup taken before (and an undo) still matches; the row is tombstoned. */
    delete(id: string, actor = '사용자'): number {
      if (!one.get(id)) return 0;
      return db.transaction(() => (store.delete(id, stampNow(actor)) ? 1 : 0))();
    },
  };
}
