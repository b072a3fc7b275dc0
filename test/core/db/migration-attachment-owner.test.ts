/**
 * 007-attachment-owner: attachments gain a release link;
 * every row, rowid, stamp and stored name is kept, and a 한/글 file's row is stored as <id>.hwp(x).
 */
import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../core/db/migrations/index.ts';
import { migrate } from '../../../core/db/migrate.ts';
import { registerFunctions } from '../../../core/db/open.ts';
import { readStamps, stampedKeys } from '../../../core/sync/record-stamps.ts';
import { attachmentsSpec } from '../../../shared/domain/attachments.ts';
import { recordDigestText } from '../../../shared/sync/checksum.ts';
import { tempDir } from '../temp-core.ts';

let dir: string;
let remove: () => void;
let db: Database.Database;
beforeEach(() => {
  ({ dir, remove } = tempDir('gudesk-migrate-owner-'));
  db = new Database(path.join(dir, 'test.sqlite'));
  registerFunctions(db);
});
afterEach(() => {
  db.close();
  remove();
});

const at = MIGRATIONS.findIndex((m) => m.name === 'attachment-owner');

describe('007: attachment owner', () => {
  it('keeps every attachment row as it was, with no release link', () => {
    migrate(db, MIGRATIONS.slice(0, at));
    const id = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
    db.exec(`INSERT INTO attachments (rowid, id, clipping_id, file_name, mime_type, size, sha256, created_at, created_by, updated_at, updated_by, version, sync_hlc, sync_hlcs)
      VALUES (41, '${id}', 'c1', 'scan.png', 'image/png', 3, 'h1', '2024-09-02T01:00:00.000Z', '김주무관', '2024-09-03T01:00:00.000Z', '이주무관', 2, 'hlc-1', '{"fileName":"hlc-1"}')`);
    const before = db.prepare('SELECT * FROM attachments').get();
    migrate(db, MIGRATIONS.slice(0, at + 1));
    const after = db.prepare('SELECT rowid, * FROM attachments').get() as Record<string, unknown>;
    // Stamped for sync: the new field has the empty stamp of a field the server never had.
    expect(after).toEqual({ ...(before as object), rowid: 41, release_id: null, sync_hlcs: '{"fileName":"hlc-1","releaseId":""}' });
    expect(after['stored_name']).toBe(`${id}.png`);
  });

  it('gives a stamped row without exceptions the empty releaseId stamp, and leaves an unstamped row unstamped', () => {
    migrate(db, MIGRATIONS.slice(0, at));
    const row = (n: string, hlc: string | null) =>
      `('0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5${n}', 'c1', 'a.png', 'image/png', 'h${n}', 'a', 'b', 'c', 'd', ${hlc === null ? 'NULL' : `'${hlc}'`})`;
    db.exec(`INSERT INTO attachments (id, clipping_id, file_name, mime_type, sha256, created_at, created_by, updated_at, updated_by, sync_hlc) VALUES ${row('1', 'hlc-2')}, ${row('2', null)}`);
    migrate(db, MIGRATIONS.slice(0, at + 1));
    expect(db.prepare('SELECT sync_hlc, sync_hlcs FROM attachments ORDER BY id').all()).toEqual([
      { sync_hlc: 'hlc-2', sync_hlcs: '{"releaseId":""}' },
      { sync_hlc: null, sync_hlcs: null },
    ]);
    // Its checksum is the one the server computes for the copy it got before releaseId existed.
    const stamped = db.prepare<[], { id: string; sync_hlc: string | null; sync_hlcs: string | null }>('SELECT id, sync_hlc, sync_hlcs FROM attachments WHERE sync_hlc IS NOT NULL').get()!;
    const before = stampedKeys(attachmentsSpec).filter((k) => k !== 'releaseId').map((k) => [k, 'hlc-2'] as const);
    expect(recordDigestText(stamped.id, readStamps(attachmentsSpec, stamped))).toBe(recordDigestText(stamped.id, before));
  });

  it('stores a 한/글 file under its extension, and links a release', () => {
    migrate(db, MIGRATIONS.slice(0, at + 1));
    const id = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c';
    db.exec(`INSERT INTO attachments (id, release_id, file_name, mime_type, sha256, stored_name, created_at, created_by, updated_at, updated_by)
      VALUES ('${id}', 'r1', '보도자료.hwp', 'application/x-hwp', 'h3', '../../evil', 'a', 'b', 'c', 'd')`);
    expect(db.prepare('SELECT release_id, stored_name FROM attachments').get()).toEqual({ release_id: 'r1', stored_name: `${id}.hwp` });
    db.exec(`UPDATE attachments SET mime_type = 'application/hwp+zip'`);
    expect(db.prepare('SELECT stored_name FROM attachments').pluck().get()).toBe(`${id}.hwpx`);
  });
});
