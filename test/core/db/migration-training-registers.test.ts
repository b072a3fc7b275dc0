/**
 * 009-training-registers: the 정보화교육 tables are exactly what their definitions need, STRICT,
 * so a definition and its landed migration cannot drift apart unnoticed.
 */
import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../core/db/migrations/index.ts';
import { migrate } from '../../../core/db/migrate.ts';
import { registerFunctions } from '../../../core/db/open.ts';
import { createTableSql } from '../../../core/records/table-sql.ts';
import { TRAINING_REGISTERS } from '../../../shared/domain/training/index.ts';
import { tempDir } from '../temp-core.ts';

let remove: () => void;
let db: Database.Database;
beforeEach(() => {
  let dir: string;
  ({ dir, remove } = tempDir('gudesk-migrate-training-'));
  db = new Database(path.join(dir, 'test.sqlite'));
  registerFunctions(db);
  migrate(db, MIGRATIONS.slice(0, MIGRATIONS.findIndex((m) => m.name === 'training-registers') + 1));
});
afterEach(() => {
  db.close();
  remove();
});

const tableSql = (table: string) => db.prepare<[string], string>("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?").pluck().get(table);

describe('009: training registers', () => {
  it('creates each register table as its definition prints it (after 010 sealed the sensitive columns)', () => {
    migrate(db);
    // 강사 came later (011-instructors, migration-instructors.test.ts).
    for (const def of Object.values(TRAINING_REGISTERS).filter((d) => d.table !== 'instructors')) {
      // A table rebuilt by a later step (010) is named in quotes by SQLite's RENAME.
      expect(`${tableSql(def.table)?.replace(`CREATE TABLE "${def.table}"`, `CREATE TABLE ${def.table}`)};`, def.table).toBe(createTableSql(def as never));
    }
  });

  it('keeps types strict: a text in 정원 is refused by SQLite itself', () => {
    const insert = "INSERT INTO classes (id, name, course_id, start_on, capacity, created_at, created_by, updated_at, updated_by) VALUES ('c1', '스마트폰 기초 3기', 'k1', '2026-03-02', ?, 'x', 'x', 'x', 'x')";
    expect(() => db.prepare(insert).run('스무 명')).toThrow(/cannot store TEXT value in INTEGER column/);
    db.prepare(insert).run(20);
    expect(db.prepare('SELECT capacity, venue_id, wait_capacity FROM classes').get()).toEqual({ capacity: 20, venue_id: null, wait_capacity: 0 });
  });
});
