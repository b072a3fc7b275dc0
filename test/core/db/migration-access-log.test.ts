/**
 * 008-access-log: the 접속기록 table is append-only — no UPDATE, no DELETE, no INSERT OR REPLACE
 * gets past its triggers, so an entry stays as written even for someone with an SQL shell.
 */
import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../core/db/migrations/index.ts';
import { migrate } from '../../../core/db/migrate.ts';
import { registerFunctions } from '../../../core/db/open.ts';
import { tempDir } from '../temp-core.ts';

let remove: () => void;
let db: Database.Database;
beforeEach(() => {
  let dir: string;
  ({ dir, remove } = tempDir('gudesk-migrate-access-'));
  db = new Database(path.join(dir, 'test.sqlite'));
  registerFunctions(db);
  migrate(db, MIGRATIONS.slice(0, MIGRATIONS.findIndex((m) => m.name === 'access-log') + 1));
});
afterEach(() => {
  db.close();
  remove();
});

const entry = `INSERT INTO access_log (id, at, actor, login, device_id, pc_name, register, record_id, person, action, field, reason, count)
  VALUES ('e1', '2026-11-02T01:00:00.000Z', '김민지', 'minji', 'd1', 'PC-1', 'trainees', 'r1', '김*용', 'reveal', '연락처', '수강 안내 전화', 1)`;

describe('008: access log', () => {
  it('takes entries and keeps them as written', () => {
    db.exec(entry);
    expect(db.prepare('SELECT actor, person, action, reason FROM access_log').get()).toEqual({ actor: '김민지', person: '김*용', action: 'reveal', reason: '수강 안내 전화' });
    expect(db.prepare('SELECT through_seq FROM access_log_sent').pluck().get()).toBe(0);
  });

  it('refuses to change or remove an entry, by any statement', () => {
    db.exec(entry);
    expect(() => db.exec("UPDATE access_log SET reason = '' WHERE id = 'e1'")).toThrow('접속기록은 고칠 수 없습니다.');
    expect(() => db.exec('DELETE FROM access_log')).toThrow('접속기록은 지울 수 없습니다.');
    expect(() => db.exec(entry.replace('INSERT', 'INSERT OR REPLACE').replace('수강 안내 전화', '바꿈'))).toThrow('접속기록은 고칠 수 없습니다.');
    expect(() => db.exec(`${entry.replace("'e1'", "'e2'").replace('(id,', '(seq, id,').replace("VALUES ('e2'", "VALUES (1, 'e2'")}`)).toThrow('접속기록은 고칠 수 없습니다.');
    expect(db.prepare('SELECT count(*) FROM access_log').pluck().get()).toBe(1);
    expect(db.prepare('SELECT reason FROM access_log').pluck().get()).toBe('수강 안내 전화');
  });

  it('refuses an action it does not know', () => {
    expect(() => db.exec(entry.replace("'reveal'", "'edit'"))).toThrow(/CHECK/);
  });
});
