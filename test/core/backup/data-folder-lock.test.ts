/**
 * One core per data folder: a second window/browser mode/CLI on the same folder, and a restore,
 * are refused in Korean while the first holds it; once it closes (or its process dies) the
 * folder is free again.
 */
import Database from 'better-sqlite3';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, DATABASE_FILE } from '../../../core/api/core.ts';
import type { Core } from '../../../core/api/core-types.ts';
import { restoreFrom } from '../../../core/backup/backup.ts';
import { acquireDataFolderLock } from '../../../core/db/data-folder-lock.ts';
import { AppError } from '../../../shared/api/errors.ts';
import { clipping, tempDir } from '../temp-core.ts';

let root: { dir: string; remove(): void };
let open: Core[] = [];
beforeEach(() => {
  root = tempDir('gudesk-lock-');
});
afterEach(() => {
  for (const c of open) c.close();
  open = [];
  root.remove();
});

function thrown(fn: () => unknown): AppError {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('should have been refused');
}

describe('data folder lock', () => {
  it('refuses a second core on the same folder in Korean, naming who holds it, and frees the folder on close', async () => {
    const dataDir = join(root.dir, 'data');
    const first = createCore({ dataDir, lockHolder: '브라우저 모드' });
    open.push(first);
    const err = thrown(() => createCore({ dataDir, lockHolder: '명령줄(gudesk)' }));
    expect(err.code).toBe('conflict');
    expect(err.message).toContain('다른 GuDesk 창/브라우저 모드가 이 데이터 폴더를 쓰고 있습니다');
    expect(err.message).toContain(`브라우저 모드, 프로세스 ${process.pid}`);
    // Another folder is not affected.
    open.push(createCore({ dataDir: join(root.dir, 'other') }));

    await first.call('clippings.create', { values: clipping({ title: '먼저 연 쪽의 기사' }) });
    first.close();
    open = open.filter((c) => c !== first);
    const second = createCore({ dataDir });
    open.push(second);
    expect((await second.call('clippings.list', {})).map((c) => c.title)).toEqual(['먼저 연 쪽의 기사']);
  });

  it('says in Korean when the data folder cannot be written at all', () => {
    const notAFolder = join(root.dir, 'file');
    writeFileSync(notAFolder, 'x');
    const err = thrown(() => createCore({ dataDir: join(notAFolder, 'data') }));
    expect(err.message).toContain('데이터 폴더에 쓸 수 없습니다');
  });

  it('holds nothing after a start that failed (a database from a newer GuDesk)', () => {
    const dataDir = join(root.dir, 'newer');
    mkdirSync(dataDir);
    const db = new Database(join(dataDir, DATABASE_FILE));
    db.pragma('user_version = 9999');
    db.close();
    expect(thrown(() => createCore({ dataDir })).code).toBe('db_too_new');
    acquireDataFolderLock(dataDir).release();
  });

  it('refuses a restore while a core has the folder open, and changes nothing', async () => {
    const dataDir = join(root.dir, 'data');
    const core = createCore({ dataDir });
    open.push(core);
    await core.call('clippings.create', { values: clipping({ title: '백업에 든 기사' }) });
    const file = join(root.dir, 'b.gdbak');
    core.backup(file);
    await core.call('clippings.create', { values: clipping({ title: '복원 거부 뒤에도 남는 기사' }) });
    const err = thrown(() => restoreFrom(dataDir, DATABASE_FILE, file));
    expect(err.code).toBe('conflict');
    expect(err.message).toContain('복원하지 않았습니다');
    expect((await core.call('clippings.list', {})).map((c) => c.title).sort()).toEqual(['백업에 든 기사', '복원 거부 뒤에도 남는 기사']);
  });
});
