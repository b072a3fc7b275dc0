/**
 * A restore never takes 접속기록 away: the entries the current database holds that the backup
 * lacks (written after the backup was made) are appended to the restored copy before it is swapped
 * in, so restoring an older backup cannot erase who looked at whom. They are sent to the server
 * again (it keeps each entry once by id).
 */
import type Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { migrate } from '../db/migrate.ts';
import { registerFunctions } from '../db/open.ts';

const COLUMNS = 'id, at, actor, login, device_id, pc_name, register, record_id, person, action, field, reason, count';

function hasTable(db: Database.Database, schema: string, table: string): boolean {
  return db.prepare(`SELECT 1 FROM ${schema}.sqlite_master WHERE type = 'table' AND name = ?`).get(table) !== undefined;
}

/** Appends to `staged` the entries of the database at `currentPath` it lacks; returns how many. */
export function carryAccessLog(staged: Database.Database, currentPath: string): number {
  if (!existsSync(currentPath)) return 0;
  staged.prepare('ATTACH DATABASE ? AS current_db').run(currentPath);
  try {
    if (!hasTable(staged, 'current_db', 'access_log')) return 0;
    if (staged.prepare<[], number>('SELECT count(*) FROM current_db.access_log').pluck().get() === 0) return 0;
    // A backup from before the access log existed gets its table now (the core would add it on opening).
    if (!hasTable(staged, 'main', 'access_log')) {
      registerFunctions(staged);
      migrate(staged);
    }
    return staged
      .prepare(`INSERT INTO main.access_log (${COLUMNS}) SELECT ${COLUMNS} FROM current_db.access_log WHERE id NOT IN (SELECT id FROM main.access_log) ORDER BY seq`)
      .run().changes;
  } finally {
    staged.exec('DETACH DATABASE current_db');
  }
}
