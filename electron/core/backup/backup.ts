/**
 * Backup and restore of a whole data folder as ONE file a clerk can copy to a USB stick: a
 * consistent SQLite snapshot (VACUUM INTO, safe while GuDesk runs) that also carries the
 * attachment files in a table of its own.
 */
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../shared/api/errors.ts';
import type { Db } from '../db/open.ts';
import { LATEST_SCHEMA_VERSION } from '../db/migrate.ts';

const ATTACHMENTS_TABLE = 'backup_attachment_files';

export function backupTo(db: Db, dataDir: string, outFile: string): { bytes: number; attachments: number } {
  if (existsSync(outFile)) throw new AppError('conflict', `백업 파일이 이미 있습니다: ${outFile} (다른 이름을 지정하세요)`);
  const tmp = `${outFile}.part`;
  rmSync(tmp, { force: true });
  db.prepare('VACUUM INTO ?').run(tmp);
  let attachments = 0;
  const copy = new Database(tmp);
  try {
    copy.exec(`CREATE TABLE ${ATTACHMENTS_TABLE} (name TEXT PRIMARY KEY, data BLOB NOT NULL) STRICT`);
    const dir = join(dataDir, 'attachments');
    const insert = copy.prepare(`INSERT INTO ${ATTACHMENTS_TABLE} (name, data) VALUES (?, ?)`);
    copy.transaction(() => {
      for (const name of existsSync(dir) ? readdirSync(dir) : []) {
        if (name.endsWith('.part')) continue;
        insert.run(name, readFileSync(join(dir, name)));
        attachments++;
      }
    })();
  } finally {
    copy.close();
  }
  renameSync(tmp, outFile);
  return { bytes: statSync(outFile).size, attachments };
}

/**
 * Replaces the data folder's database with a backup. The backup is checked first (a GuDesk
 * database this version can read); the current database is kept beside it as
 * gudesk.sqlite.before-restore-<time>, so a wrong restore can itself be undone. GuDesk must not be
 * running on this data folder meanwhile.
 */
export function restoreFrom(dataDir: string, databaseFile: string, backupFile: string): { attachments: number; keptAs: string | null } {
  if (!existsSync(backupFile)) throw new AppError('not_found', `백업 파일이 없습니다: ${backupFile}`);
  let files: Array<{ name: string; data: Buffer }> = [];
  let check: Database.Database | undefined;
  try {
    check = new Database(backupFile, { readonly: true, fileMustExist: true });
    const version = check.pragma('user_version', { simple: true }) as number;
    const tables = new Set(check.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'").all().map((r) => r.name));
    if (!tables.has('clippings') || !tables.has('history') || version < 1) throw new Error('not gudesk');
    if (version > LATEST_SCHEMA_VERSION) {
      throw new AppError('db_too_new', `이 백업은 더 새로운 GuDesk(스키마 ${version})에서 만들어졌습니다. GuDesk를 업데이트한 뒤 복원하세요.`);
    }
    if (tables.has(ATTACHMENTS_TABLE)) files = check.prepare<[], { name: string; data: Buffer }>(`SELECT name, data FROM ${ATTACHMENTS_TABLE}`).all();
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('bad_file', 'GuDesk 백업 파일이 아니거나 손상되었습니다. 아무것도 바꾸지 않았습니다.');
  } finally {
    check?.close();
  }

  mkdirSync(dataDir, { recursive: true });
  const dbPath = join(dataDir, databaseFile);
  const staged = `${dbPath}.restoring`;
  copyFileSync(backupFile, staged);
  const cleaned = new Database(staged);
  cleaned.exec(`DROP TABLE IF EXISTS ${ATTACHMENTS_TABLE}`);
  cleaned.close();

  const dir = join(dataDir, 'attachments');
  mkdirSync(dir, { recursive: true });
  for (const f of files) {
    const safe = f.name.replace(/[\\/]/g, '_');
    if (!existsSync(join(dir, safe))) writeFileSync(join(dir, safe), f.data);
  }

  let keptAs: string | null = null;
  if (existsSync(dbPath)) {
    keptAs = `${dbPath}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    const old = new Database(dbPath);
    old.pragma('wal_checkpoint(TRUNCATE)');
    old.close();
    renameSync(dbPath, keptAs);
  }
  for (const ext of ['-wal', '-shm']) rmSync(`${dbPath}${ext}`, { force: true });
  renameSync(staged, dbPath);
  return { attachments: files.length, keptAs };
}
