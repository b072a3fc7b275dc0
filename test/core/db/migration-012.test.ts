/** 012: the access log learns 'destroy' without losing an entry or its append-only triggers. */
import Database from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../core/db/migrations/index.ts';
import { migrate } from '../../../core/db/migrate.ts';
import { registerFunctions } from '../../../core/db/open.ts';
import { tempDir } from '../temp-core.ts';

let folder: ReturnType<typeof tempDir>;
let db: Database.Database;
beforeEach(() => {
  folder = tempDir();
  db = new Database(`${folder.dir}/test.sqlite`);
  registerFunctions(db);
});
afterEach(() => {
  db.close();
  folder.remove();
});

const entry = (id: string, action: string) => ({
  id, at: '2026-11-02T01:00:00.000Z', actor: '박주무관', login: '', device_id: 'd1', pc_name: 'PC', register: 'trainees',
  record_id: '', person: '', action, field: '', reason: '점검', count: 3,
});
const insert = `INSERT INTO access_log (id, at, actor, login, device_id, pc_name, register, record_id, person, action, field, reason, count)
  VALUES (@id, @at, @actor, @login, @device_id, @pc_name, @register, @record_id, @person, @action, @field, @reason, @count)`;

it('keeps every entry (seq included), accepts destroy, and still refuses UPDATE, DELETE and a replacing INSERT', () => {
  migrate(db, MIGRATIONS.filter((m) => m.version < 12));
  db.prepare(insert).run(entry('a1', 'export'));
  expect(() => db.prepare(insert).run(entry('a2', 'destroy'))).toThrow(/CHECK/);
  migrate(db, MIGRATIONS);
  expect(db.prepare('SELECT seq, id, action FROM access_log').all()).toEqual([{ seq: 1, id: 'a1', action: 'export' }]);
  db.prepare(insert).run(entry('a2', 'destroy'));
  expect(() => db.exec("UPDATE access_log SET reason = '' WHERE id = 'a1'")).toThrow('접속기록은 고칠 수 없습니다.');
  expect(() => db.exec('DELETE FROM access_log')).toThrow('접속기록은 지울 수 없습니다.');
  expect(() => db.prepare(insert.replace('INSERT', 'INSERT OR REPLACE')).run(entry('a1', 'open'))).toThrow('접속기록은 고칠 수 없습니다.');
  expect(db.prepare<[], number>('SELECT count(*) FROM access_log').pluck().get()).toBe(2);
  expect(db.prepare('SELECT strict FROM pragma_table_list WHERE name = ?').get('destroyed_records')).toEqual({ strict: 1 });
});
