import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { registerBulkLoadFunction } from './bulk-load.ts';
import { registerCodeIdFunction } from '../settings/code-id.ts';
import { migrate } from './migrate.ts';

export type Db = Database.Database;

/** Functions the schema's triggers call; every connection must have them. */
export function registerFunctions(db: Db): void {
  registerBulkLoadFunction(db);
  registerCodeIdFunction(db);
}

/** Opens (creating if needed) a GuDesk database: WAL, foreign keys, migrated to the newest schema. */
export function openDatabase(file: string): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    registerFunctions(db);
    migrate(db);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}
