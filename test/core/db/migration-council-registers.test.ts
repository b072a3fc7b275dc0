/**
 * 013-council-registers: the council report's tables are exactly what their definitions need,
 * STRICT, so a definition and its landed migration cannot drift apart unnoticed.
 */
import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../core/db/migrations/index.ts';
import { migrate } from '../../../core/db/migrate.ts';
import { registerFunctions } from '../../../core/db/open.ts';
import { createTableSql } from '../../../core/records/table-sql.ts';
import { COUNCIL_REGISTERS } from '../../../shared/domain/council/index.ts';
import { tempDir } from '../temp-core.ts';

let remove: () => void;
let db: Database.Database;
beforeEach(() => {
  let dir: string;
  ({ dir, remove } = tempDir('gudesk-migrate-council-'));
  db = new Database(path.join(dir, 'test.sqlite'));
  registerFunctions(db);
  migrate(db, MIGRATIONS.slice(0, MIGRATIONS.findIndex((m) => m.name === 'council-registers') + 1));
});
afterEach(() => {
  db.close();
  remove();
});

const tableSql = (table: string) => db.prepare<[string], string>("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?").pluck().get(table);

describe('013: council registers', () => {
  it('creates each register table as its definition prints it', () => {
    for (const def of Object.values(COUNCIL_REGISTERS)) {
      expect(`${tableSql(def.table)};`, def.table).toBe(createTableSql(def as never));
    }
  });

  it('keeps types strict: a text in 정원 is refused by SQLite itself', () => {
    const insert = "INSERT INTO staffing (id, profile_id, staff_group, grade, authorized, created_at, created_by, updated_at, updated_by) VALUES ('s1', 'p1', '일반직', '7급', ?, 'x', 'x', 'x', 'x')";
    expect(() => db.prepare(insert).run('여덟 명')).toThrow(/cannot store TEXT value in INTEGER column/);
    expect(() => db.prepare(insert).run(8)).not.toThrow();
  });
});
