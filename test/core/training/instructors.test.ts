/**
 * 강사: a personal register (이름·연락처 masked, openings logged, 주민등록번호 refused) whose names
 * the 교육반 form's 강사 field suggests, next to the names classes already carry.
 */
import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../core/db/migrations/index.ts';
import { migrate } from '../../../core/db/migrate.ts';
import { registerFunctions } from '../../../core/db/open.ts';
import { createTableSql } from '../../../core/records/table-sql.ts';
import { instructorsSpec } from '../../../shared/domain/training/instructors.ts';
import { openTempCore, tempDir, type TempCore } from '../temp-core.ts';

let t: TempCore;
beforeEach(() => (t = openTempCore('김주무관')));
afterEach(() => t.dispose());

describe('강사', () => {
  it('comes back masked, logs the opening and refuses a 주민등록번호', async () => {
    const made = await t.core.call('instructors.create', { values: { name: '박지성', phone: '010-1234-5678', affiliation: '서초구 정보화교육', field: '스마트폰' } });
    expect(made.record).toMatchObject({ name: '박*성', phone: '010-1234-****', affiliation: '서초구 정보화교육', field: '스마트폰' });
    expect(JSON.stringify(await t.core.call('instructors.page', {}))).not.toMatch(/박지성|5678/);
    await t.core.call('instructors.get', { id: made.record.id });
    expect((await t.core.call('accessLog.list', { limit: 10, offset: 0 })).entries.map((e) => [e.action, e.person])).toEqual([['open', '박*성']]);
    await expect(t.core.call('instructors.create', { values: { name: '이준', note: '580721-1234567' } })).rejects.toThrow('주민등록번호');
    expect(await t.core.call('instructors.list', { includeDeleted: false })).toHaveLength(1);
  });

  it("is what a class's 강사 field suggests, with the names classes already have", async () => {
    await t.core.call('instructors.create', { values: { name: '박지성', field: '스마트폰' } });
    await t.core.call('instructors.create', { values: { name: '박세리', field: '엑셀' } });
    const gone = (await t.core.call('instructors.create', { values: { name: '박찬호' } })).record;
    await t.core.call('instructors.delete', { ids: [gone.id] });
    await t.core.call('courses.create', { values: { name: '엑셀 기초' } });
    await t.core.call('classes.create', { values: { name: '엑셀 기초 1기', courseId: '엑셀 기초', startOn: '2024-03-04', instructor: '박명수' } });
    expect((await t.core.call('classes.suggest', { field: 'instructor', query: '박', limit: 10 })).sort()).toEqual(['박명수', '박세리', '박지성']);
  });

  it('011 creates the table as the definition prints it, STRICT', () => {
    const { dir, remove } = tempDir('gudesk-migrate-instructors-');
    const db = new Database(path.join(dir, 'test.sqlite'));
    try {
      registerFunctions(db);
      migrate(db, MIGRATIONS.slice(0, MIGRATIONS.findIndex((m) => m.name === 'instructors') + 1));
      expect(`${db.prepare<[], string>("SELECT sql FROM sqlite_master WHERE name = 'instructors'").pluck().get()};`).toBe(createTableSql(instructorsSpec as never));
    } finally {
      db.close();
      remove();
    }
  });
});
