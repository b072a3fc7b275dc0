/**
 * Attachment files between this PC and the server (shared/sync/blobs.ts). The rows travel as
 * records; this moves their files:
 * - before a push batch goes, the files of the attachments in it that the server lacks are
 *   uploaded (the server says which it lacks, so a file already there is never sent again), so a
 *   row never reaches another PC before its file could;
 * - after a pull, every live attachment whose file this PC lacks is fetched, checked (hash, type)
 *   and written whole (a temporary name, then a rename) into attachments/ under its derived name.
 * Until then the attachment is listed as not received (attachments/service.ts). A file the server
 * refuses (over the limit, not a scan or PDF) stays on this PC and is not asked for again this
 * session; its row still travels, so nothing else waits for it.
 * No transaction spans the network: reads and writes of the database are single statements.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../db/open.ts';
import { SHA256_HEX } from '../../shared/domain/attachments.ts';
import { PROTOCOL_VERSION, type OutboxOp } from '../../shared/sync/protocol.ts';
import { BLOB_ROUTES, MAX_BLOBS_ASKED, type BlobGetResponse, type BlobsMissingResponse } from '../../shared/sync/blobs.ts';
import { sniffAttachmentType } from '../attachments/file-type.ts';
import { ATTACHMENTS_FOLDER, isValidStoredName } from '../attachments/stored-file.ts';
import { SyncError, type SyncTransport } from './transport.ts';

interface FileRow {
  id: string;
  mime_type: string;
  stored_name: string;
  sha256: string;
  file_name: string;
}

export interface BlobAuth {
  token: string;
  deviceId: string;
}

const sha256Of = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

export function blobSync(db: Db, dataDir: string, clientVersion: string) {
  const dir = join(dataDir, ATTACHMENTS_FOLDER);
  const liveRow = db.prepare<[string], FileRow>('SELECT id, mime_type, stored_name, sha256, file_name FROM attachments WHERE id = ? AND deleted_at IS NULL');
  const liveRows = db.prepare<[], FileRow>('SELECT id, mime_type, stored_name, sha256, file_name FROM attachments WHERE deleted_at IS NULL');
  /** Files the server refused in this session: asked about again after a restart, not every sync. */
  const refused = new Set<string>();
  const request = (extra: object) => ({ protocol: PROTOCOL_VERSION, clientVersion, ...extra });

  /** This PC's file of a row, when it has a valid name, exists and still holds the row's content. */
  function localFile(row: FileRow): Buffer | undefined {
    if (!isValidStoredName(row)) return undefined;
    const file = join(dir, row.stored_name);
    if (!existsSync(file)) return undefined;
    const data = readFileSync(file);
    return sha256Of(data) === row.sha256 ? data : undefined;
  }

  return {
    /** Uploads the files of the attachments among `ops` that the server lacks; returns how many were sent. */
    async beforePush(t: SyncTransport, auth: BlobAuth, ops: ReadonlyArray<{ change: Pick<OutboxOp['change'], 'register' | 'recordId'> }>): Promise<number> {
      const rows = new Map<string, FileRow>();
      for (const op of ops) {
        if (op.change.register !== 'attachments') continue;
        const row = liveRow.get(op.change.recordId);
        if (row && SHA256_HEX.test(row.sha256) && !refused.has(row.sha256)) rows.set(row.sha256, row);
      }
      if (rows.size === 0) return 0;
      const reply = (await t.post(BLOB_ROUTES.missing, request({ deviceId: auth.deviceId, sha256: [...rows.keys()] }), auth.token)) as BlobsMissingResponse;
      if (!Array.isArray(reply?.missing)) throw new SyncError('server_error', '동기화 서버의 응답이 올바르지 않습니다.');
      let sent = 0;
      for (const sha of reply.missing) {
        const row = rows.get(sha);
        const data = row && localFile(row);
        if (!data) continue; // not this PC's to send (its file has not arrived here either)
        try {
          await t.post(BLOB_ROUTES.put, request({ deviceId: auth.deviceId, sha256: sha, data: data.toString('base64') }), auth.token);
          sent++;
        } catch (err) {
          if (!(err instanceof SyncError) || (err.code !== 'file_too_large' && err.code !== 'file_refused')) throw err;
          refused.add(sha);
          console.warn(`[gudesk] 첨부 파일 '${row.file_name}'을(를) 서버가 받지 않았습니다: ${err.message}`);
        }
      }
      return sent;
    },

    /** Fetches the files of live attachments this PC lacks; returns how many arrived. */
    async fetchMissing(t: SyncTransport, auth: BlobAuth): Promise<number> {
      const present = new Set(existsSync(dir) ? readdirSync(dir) : []);
      const wanted = new Map<string, FileRow[]>();
      for (const row of liveRows.iterate()) {
        if (!isValidStoredName(row) || present.has(row.stored_name) || !SHA256_HEX.test(row.sha256)) continue;
        wanted.set(row.sha256, [...(wanted.get(row.sha256) ?? []), row]);
      }
      // Asked first which of them the server holds, so a file it has not received yet (or refused)
      // costs one line in one request per sync, not a request of its own.
      const shas = [...wanted.keys()];
      const lacking = new Set<string>();
      for (let i = 0; i < shas.length; i += MAX_BLOBS_ASKED) {
        const reply = (await t.post(BLOB_ROUTES.missing, request({ deviceId: auth.deviceId, sha256: shas.slice(i, i + MAX_BLOBS_ASKED) }), auth.token)) as BlobsMissingResponse;
        if (!Array.isArray(reply?.missing)) throw new SyncError('server_error', '동기화 서버의 응답이 올바르지 않습니다.');
        for (const sha of reply.missing) lacking.add(sha);
      }
      let arrived = 0;
      for (const [sha, rows] of wanted) {
        if (lacking.has(sha)) continue;
        const reply = (await t.post(BLOB_ROUTES.get, request({ deviceId: auth.deviceId, sha256: sha }), auth.token)) as BlobGetResponse;
        if (typeof reply?.data !== 'string') continue; // the server has not received it yet: a later sync asks again
        const data = Buffer.from(reply.data, 'base64');
        if (sha256Of(data) !== sha) continue; // damaged on the way: asked for again next time
        const type = sniffAttachmentType(data);
        mkdirSync(dir, { recursive: true });
        for (const row of rows) {
          if (type?.mime !== row.mime_type) continue; // a row claiming another type never gets this file
          const target = join(dir, row.stored_name);
          const tmp = `${target}.part`;
          try {
            writeFileSync(tmp, data);
            renameSync(tmp, target);
            arrived++;
          } catch (err) {
            rmSync(tmp, { force: true });
            throw err;
          }
        }
      }
      return arrived;
    },
  };
}

export type BlobSync = ReturnType<typeof blobSync>;
