/**
 * Attachments (기사 스크랩 이미지, PDF) live as files in <data>/attachments, named by id and the
 * type sniffed from their content; the database keeps their metadata. The file is written before
 * the row and removed if the row fails, so neither is ever left without the other. Reading checks
 * the row (stored-file.ts) and sniffs the file again, so what is served is always what was stored.
 */
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Db } from '../db/open.ts';
import type { Attachment } from '../../../shared/api/contract.ts';
import { AppError } from '../../../shared/api/errors.ts';
import { newId } from '../records/ids.ts';
import { sniffAttachmentType } from './file-type.ts';
import { ATTACHMENTS_FOLDER, storedFilePath } from './stored-file.ts';

export const MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024;

interface AttachmentRow {
  id: string;
  clipping_id: string;
  file_name: string;
  mime_type: string;
  size: number;
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

const toAttachment = (r: AttachmentRow): Attachment => ({
  id: r.id, clippingId: r.clipping_id, fileName: r.file_name, mimeType: r.mime_type, size: r.size, createdAt: r.created_at, createdBy: r.created_by,
});

export function attachmentsService(db: Db, dataDir: string) {
  const dir = join(dataDir, ATTACHMENTS_FOLDER);
  const list = db.prepare<[string], AttachmentRow>('SELECT * FROM attachments WHERE clipping_id = ? AND deleted_at IS NULL ORDER BY created_at');
  const one = db.prepare<[string], AttachmentRow>('SELECT * FROM attachments WHERE id = ? AND deleted_at IS NULL');
  const clippingLive = db.prepare<[string], { id: string }>('SELECT id FROM clippings WHERE id = ? AND deleted_at IS NULL');
  const insert = db.prepare(
    `INSERT INTO attachments (id, clipping_id, file_name, mime_type, size, sha256, stored_name, created_at, created_by)
     VALUES (@id, @clippingId, @fileName, @mime, @size, @sha256, @stored, @at, @actor)`,
  );
  const remove = db.prepare<[string, string]>('UPDATE attachments SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL');

  return {
    list: (clippingId: string) => list.all(clippingId).map(toAttachment),

    add(clippingId: string, fileName: string, data: Uint8Array, actor: string): Attachment {
      if (!clippingLive.get(clippingId)) throw new AppError('not_found', '첨부할 언론보도 기사를 찾을 수 없습니다.');
      if (data.length === 0) throw new AppError('bad_file', '빈 파일은 첨부할 수 없습니다.');
      if (data.length > MAX_ATTACHMENT_BYTES) throw new AppError('bad_file', '첨부 파일은 50MB 이하만 올릴 수 있습니다.');
      const type = sniffAttachmentType(data);
      if (!type) throw new AppError('bad_file', '스캔 이미지(JPG, PNG, GIF, WEBP, BMP) 또는 PDF 파일만 첨부할 수 있습니다.');
      const id = newId();
      const stored = `${id}${type.ext}`;
      mkdirSync(dir, { recursive: true });
      const tmp = join(dir, `${stored}.part`);
      writeFileSync(tmp, data);
      renameSync(tmp, join(dir, stored));
      try {
        insert.run({
          id, clippingId, fileName: displayName(fileName, type.ext), mime: type.mime, size: data.length,
          sha256: createHash('sha256').update(data).digest('hex'), stored, at: new Date().toISOString(), actor,
        });
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
      let bytes: Buffer;
      try {
        // A link planted in the folder could point anywhere: only a plain file is read.
        if (!lstatSync(file).isFile()) throw new Error('not a plain file');
        bytes = readFileSync(file);
      } catch {
        throw new AppError('not_found', `첨부 파일 '${row.file_name}'이(가) 데이터 폴더에 없습니다. 백업에서 복원하세요.`);
      }
      const type = sniffAttachmentType(bytes);
      if (type?.mime !== row.mime_type) {
        throw new AppError('bad_file', `첨부 파일 '${row.file_name}'의 내용이 저장할 때의 형식과 달라 열지 않았습니다. 파일이 바뀌었거나 손상되었습니다. 원본을 다시 첨부하세요.`);
      }
      return { ...toAttachment(row), mimeType: type.mime, data: bytes.toString('base64') };
    },

    /** The file stays on disk so a backup taken before still matches; the row is tombstoned. */
    delete: (id: string) => remove.run(new Date().toISOString(), id).changes,
  };
}
