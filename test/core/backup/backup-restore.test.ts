/**
 * Backup and restore as a clerk meets them: a damaged backup is refused in Korean before anything
 * is replaced, a good one comes back whole (records and attachments), the backup file carries no
 * session tokens, and an older bare-SQLite backup still restores.
 */
import Database from 'better-sqlite3';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, DATABASE_FILE } from '../../../core/api/core.ts';
import type { Core } from '../../../core/api/core-types.ts';
import { restoreFrom } from '../../../core/backup/backup.ts';
import { AppError } from '../../../shared/api/errors.ts';
import { base64, clipping, tempDir } from '../temp-core.ts';
import { tinyPng } from '../attachments/sample-files.ts';

let root: { dir: string; remove(): void };
let core: Core;
const dataDir = () => join(root.dir, 'data');

beforeEach(() => {
  root = tempDir('gudesk-backup-');
  core = createCore({ dataDir: dataDir(), actor: '김주무관' });
});
afterEach(() => {
  core.close();
  root.remove();
});

async function titles(c: Core): Promise<string[]> {
  return (await c.call('clippings.list', {})).map((r) => r.title).sort();
}

function refusal(fn: () => unknown): AppError {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('restore should have been refused');
}

describe('backup and restore', () => {
  it('refuses a backup with 8 KiB overwritten in its middle, and the current data is untouched and still lists', async () => {
    for (let i = 0; i < 400; i++) await core.call('clippings.create', { values: clipping({ title: `백업 전 기사 ${i}`, summary: '가'.repeat(300) }) });
    const file = join(root.dir, 'gudesk.gdbak');
    core.backup(file);
    await core.call('clippings.create', { values: clipping({ title: '백업 후 기사' }) });
    core.close();

    const size = statSync(file).size;
    expect(size).toBeGreaterThan(64 * 1024);
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(8192, 0x5a), 0, 8192, Math.floor(size / 2));
    closeSync(fd);

    const err = refusal(() => restoreFrom(dataDir(), DATABASE_FILE, file));
    expect(err.code).toBe('bad_file');
    expect(err.message).toContain('백업 파일이 손상되었습니다');
    expect(err.message).toContain('아무것도 바꾸지 않았습니다');
    // Nothing was staged or kept aside: the folder is as it was.
    expect(readdirSync(dataDir()).filter((n) => /restor/.test(n))).toEqual([]);

    core = createCore({ dataDir: dataDir() });
    const list = await titles(core);
    expect(list).toHaveLength(401);
    expect(list).toContain('백업 후 기사');
  });

  it('refuses a truncated backup and a file that is no backup at all, in Korean', () => {
    const file = join(root.dir, 'gudesk.gdbak');
    core.backup(file);
    core.close();
    const cut = join(root.dir, 'cut.gdbak');
    const bytes = readFileSync(file);
    const fd = openSync(cut, 'w');
    writeSync(fd, bytes, 0, Math.floor(bytes.length * 0.7));
    closeSync(fd);
    expect(refusal(() => restoreFrom(dataDir(), DATABASE_FILE, cut)).message).toContain('백업 파일이 손상되었습니다');
    expect(refusal(() => restoreFrom(dataDir(), DATABASE_FILE, join(root.dir, 'none.gdbak'))).message).toContain('백업 파일이 없습니다');
    core = createCore({ dataDir: dataDir() });
  });

  it('brings back records and attachment files, keeps the replaced data beside it, and starts cleanly afterwards', async () => {
    const { record } = await core.call('clippings.create', { values: clipping({ title: '스크랩 있는 기사' }) });
    const png = tinyPng();
    const a = await core.call('attachments.add', { owner: { register: 'clippings', id: record.id }, file: { fileName: '지면.png', data: base64(png) } });
    const file = join(root.dir, 'gudesk.gdbak');
    expect(core.backup(file)).toMatchObject({ attachments: 1 });
    await core.call('clippings.create', { values: clipping({ title: '백업 후 기사' }) });
    core.close();

    const r = restoreFrom(join(root.dir, 'other'), DATABASE_FILE, file);
    expect(r).toMatchObject({ attachments: 1, keptAs: null, skippedAttachments: [] });
    core = createCore({ dataDir: join(root.dir, 'other') });
    expect(await titles(core)).toEqual(['스크랩 있는 기사']);
    const got = await core.call('attachments.get', { id: a.id });
    expect(Buffer.from(got.data, 'base64')).toEqual(Buffer.from(png));
    core.close();

    const again = restoreFrom(dataDir(), DATABASE_FILE, file);
    expect(again.keptAs).toMatch(/gudesk\.sqlite\.before-restore-/);
    expect(existsSync(again.keptAs!)).toBe(true);
    expect(readdirSync(dataDir()).filter((n) => /\.restor/.test(n))).toEqual([]);
    core = createCore({ dataDir: dataDir() });
    expect(await titles(core)).toEqual(['스크랩 있는 기사']);
    // The kept copy is the data as it was just before the restore.
    const kept = new Database(again.keptAs!, { readonly: true });
    expect(kept.prepare('SELECT count(*) FROM clippings').pluck().get()).toBe(2);
    kept.close();
  });

  it('writes no session tokens into the backup file', async () => {
    const db = new Database(join(dataDir(), DATABASE_FILE));
    core.sync.status(); // the sync_state row exists once sync was looked at
    db.prepare("INSERT OR IGNORE INTO sync_state (id, device_id, node) VALUES (1, 'dev-1', '0123456789abcdef')").run();
    db.prepare("UPDATE sync_state SET server_url = 'https://gudesk.example', access_token = 'ACCESS-TOKEN-SECRET-1', refresh_token = 'REFRESH-TOKEN-SECRET-2', access_expires_at = 1 WHERE id = 1").run();
    db.close();
    await core.call('clippings.create', { values: clipping() });
    const file = join(root.dir, 'gudesk.gdbak');
    core.backup(file);
    const raw = readFileSync(file).toString('latin1');
    expect(raw).not.toContain('ACCESS-TOKEN-SECRET-1');
    expect(raw).not.toContain('REFRESH-TOKEN-SECRET-2');
    expect(raw.startsWith('GUDESK-BACKUP 2\n')).toBe(true);
    // The running PC keeps its own session: only the copy forgot it.
    const live = new Database(join(dataDir(), DATABASE_FILE), { readonly: true });
    expect(live.prepare('SELECT refresh_token FROM sync_state').pluck().get()).toBe('REFRESH-TOKEN-SECRET-2');
    live.close();
  });

  it('still restores a backup made before backups had a manifest (a bare SQLite file), after checking it', async () => {
    await core.call('clippings.create', { values: clipping({ title: '예전 백업의 기사' }) });
    const bare = join(root.dir, 'old.gdbak');
    const db = new Database(join(dataDir(), DATABASE_FILE), { readonly: true });
    db.prepare('VACUUM INTO ?').run(bare);
    db.close();
    core.close();
    // Without a manifest only SQLite's own check can tell: a damaged bare backup is refused by it.
    const damaged = join(root.dir, 'old-damaged.gdbak');
    writeFileSync(damaged, readFileSync(bare));
    const fd = openSync(damaged, 'r+');
    writeSync(fd, Buffer.alloc(8192, 0x5a), 0, 8192, 8192);
    closeSync(fd);
    expect(refusal(() => restoreFrom(join(root.dir, 'old-restore'), DATABASE_FILE, damaged)).message).toMatch(/손상되었습니다/);

    restoreFrom(join(root.dir, 'old-restore'), DATABASE_FILE, bare);
    core = createCore({ dataDir: join(root.dir, 'old-restore') });
    expect(await titles(core)).toEqual(['예전 백업의 기사']);
  });
});
