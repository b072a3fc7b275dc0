import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { failure, openTempCore, type TempCore } from '../temp-core.ts';
import { daysAgo, seedPeople } from './destroy-fixture.ts';

let t: TempCore;
beforeEach(() => (t = openTempCore()));
afterEach(() => t.dispose());

/** Everything this PC's database holds, as text: no erased value may be anywhere in it. */
function everything(core: TempCore): string {
  const db = new Database(`${core.dir}/gudesk.sqlite`, { readonly: true });
  try {
    const tables = db.prepare<[], string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all();
    return tables.map((name) => JSON.stringify(db.prepare(`SELECT * FROM ${name}`).all())).join('\n');
  } finally {
    db.close();
  }
}

describe('파기 plan', () => {
  it('lists who is past 3 years after their last class, masked, and the setting moves the date', async () => {
    const p = await seedPeople(t.core);
    const plan = await t.core.call('personal.destroyPlan', { register: 'trainees' });
    expect(plan.registers).toHaveLength(1);
    expect(plan.registers[0]).toMatchObject({ register: 'trainees', label: '수강생', years: 3, count: 1 });
    expect(plan.registers[0]!.rows).toEqual([{ register: 'trainees', id: p.old, name: '김*용', lastActivity: daysAgo(4), dueOn: daysAgo(1), deleted: false }]);

    const shorter = await t.core.call('personal.setRetention', { register: 'trainees', years: 1 });
    expect(shorter.registers.find((r) => r.register === 'trainees')!.rows.map((r) => [r.id, r.name])).toEqual([[p.old, '김*용'], [p.recent, '남궁*수']]);
    expect((await failure(t.core, 'personal.setRetention', { register: 'trainees', years: 11 })).message).toContain('10년 이하');
    expect(JSON.stringify(shorter)).not.toMatch(/김철용|남궁민수|5678/);
  });

  it('a class without 종료일 counts by its 시작일; no enrolment counts from the record’s creation', async () => {
    await t.core.call('courses.create', { values: { name: '키오스크' } });
    const cls = (await t.core.call('classes.create', { values: { name: '키오스크 1기', courseId: '키오스크', startOn: daysAgo(5) } })).record.id;
    const a = (await t.core.call('trainees.create', { values: { name: '박하나' } })).record.id;
    await t.core.call('enrolments.create', { values: { classId: cls, traineeId: a, appliedAt: `${daysAgo(5, 3)}T09:00` } });
    await t.core.call('trainees.create', { values: { name: '최둘' } });
    const plan = await t.core.call('personal.destroyPlan', { register: 'trainees' });
    expect(plan.registers[0]!.rows.map((r) => [r.name, r.lastActivity])).toEqual([['박*나', daysAgo(5)]]);
  });
});

describe('파기 of 강사', () => {
  it('counts 3 years from the last class they taught (by the class\'s 강사), and erases name and phone', async () => {
    await t.core.call('courses.create', { values: { name: '코딩 엔트리' } });
    await t.core.call('classes.create', { values: { name: '코딩 엔트리 1기', courseId: '코딩 엔트리', instructor: '박강사', startOn: daysAgo(5, 30), endOn: daysAgo(5) } });
    await t.core.call('classes.create', { values: { name: '코딩 엔트리 2기', courseId: '코딩 엔트리', instructor: '최강사', startOn: daysAgo(1, 30), endOn: daysAgo(1) } });
    const old = (await t.core.call('instructors.create', { values: { name: '박강사', phone: '010-7777-8888', affiliation: '정보문화센터' } })).record.id;
    await t.core.call('instructors.create', { values: { name: '최강사', phone: '010-1111-2222' } });
    const plan = await t.core.call('personal.destroyPlan', { register: 'instructors' });
    expect(plan.registers).toEqual([expect.objectContaining({ register: 'instructors', label: '강사', years: 3, count: 1 })]);
    expect(plan.registers[0]!.rows.map((r) => [r.id, r.name, r.lastActivity])).toEqual([[old, '박*사', daysAgo(5)]]);
    const done = await t.core.call('personal.destroy', { register: 'instructors', due: true, reason: '보유 기간 경과' });
    expect(done).toMatchObject({ register: 'instructors', count: 1 });
    expect(await t.core.call('instructors.get', { id: old })).toMatchObject({ name: '(파기됨)', phone: '', affiliation: '정보문화센터' });
    expect(everything(t)).not.toMatch(/010-7777-8888|박강사.*7777/);
  });
});

describe('파기 execution', () => {
  it('erases the record, its history and trash copy, keeps the 명 in enrolments, and logs counts without names', async () => {
    const p = await seedPeople(t.core);
    await t.core.call('trainees.update', { id: p.old, patch: { phone: '010-5555-6666' } });
    const done = await t.core.call('personal.destroy', { register: 'trainees', due: true, reason: '보유 기간 경과' });
    // 6 old values: the phone edit, and the erasure's own five (이름, 연락처, 생년월일, 주소, 장애 여부).
    expect(done).toMatchObject({ register: 'trainees', count: 1, history: 6 });

    const rec = await t.core.call('trainees.get', { id: p.old });
    expect(rec).toMatchObject({ name: '(파기됨)', phone: '', birthDate: '', address: '' });
    expect(await t.core.call('personal.reveal', { register: 'trainees', id: p.old, field: 'disability', reason: '파기 확인' })).toEqual({ value: false });
    const history = await t.core.call('trainees.history', { id: p.old });
    expect(history.filter((h) => h.field === 'phone').map((h) => [h.oldValue, h.newValue])).toEqual([[null, null], [null, null]]);
    const enrolments = await t.core.call('enrolments.list', { includeDeleted: false });
    expect(enrolments).toHaveLength(2);
    expect(enrolments.find((e) => e.traineeId === p.old)).toMatchObject({ traineeIdName: '(파기됨)' });

    const db = everything(t);
    for (const value of ['김철용', '5678', '5555-6666', '1958-07-21', '서초동']) expect(db).not.toContain(value);
    expect(db).toContain('남궁민수'); // not due: untouched

    const log = await t.core.call('accessLog.list', { action: 'destroy', limit: 10, offset: 0 });
    expect(log.entries.map((e) => [e.action, e.count, e.person, e.recordId, e.reason])).toEqual([['destroy', 1, '', '', '보유 기간 경과']]);
  });

  it('erases a record in the 휴지통 too, on an admin’s order for chosen ids', async () => {
    const p = await seedPeople(t.core);
    await t.core.call('trainees.delete', { ids: [p.fresh] });
    const done = await t.core.call('personal.destroy', { register: 'trainees', ids: [p.fresh], reason: '본인 요청' });
    expect(done.count).toBe(1);
    const trash = await t.core.call('trainees.trash', { query: '', limit: 10 });
    expect(JSON.stringify(trash)).not.toMatch(/이준|9999/);
    expect(everything(t)).not.toMatch(/이준|9999-8888/);
  });

  it('a destroyed person cannot be typed back; other fields still change', async () => {
    const p = await seedPeople(t.core);
    await t.core.call('personal.destroy', { register: 'trainees', ids: [p.old], reason: '보유 기간 경과' });
    expect((await failure(t.core, 'trainees.update', { id: p.old, patch: { phone: '010-1234-5678' } })).message).toBe('개인정보를 파기한 수강생 기록이라 연락처을(를) 다시 적을 수 없습니다.');
    // The form sends back what it shows ('(파기됨)'): only 구분 changes.
    await t.core.call('trainees.update', { id: p.old, patch: { name: '(파기됨)', kind: '직원' } });
    expect(await t.core.call('trainees.get', { id: p.old })).toMatchObject({ name: '(파기됨)', kind: '직원' });
  });

  it('refuses in Korean, changing nothing: no reason, nothing due, already destroyed, a register without personal data', async () => {
    const p = await seedPeople(t.core);
    expect((await failure(t.core, 'personal.destroy', { register: 'trainees', due: true, reason: ' ' })).message).toContain('파기 사유');
    await t.core.call('personal.destroy', { register: 'trainees', due: true, reason: '보유 기간 경과' });
    expect((await failure(t.core, 'personal.destroy', { register: 'trainees', due: true, reason: '보유 기간 경과' })).message).toBe('보유 기간이 지난 수강생 기록이 없습니다. 아무것도 파기하지 않았습니다.');
    expect((await failure(t.core, 'personal.destroy', { register: 'trainees', ids: [p.old], reason: '다시' })).message).toContain('이미 파기');
    expect((await failure(t.core, 'personal.destroy', { register: 'courses', due: true, reason: '보유 기간 경과' })).message).toContain('파기할 개인정보가 없습니다');
    const log = await t.core.call('accessLog.list', { action: 'destroy', limit: 10, offset: 0 });
    expect(log.total).toBe(1);
    expect(everything(t)).toContain('남궁민수');
  });
});
