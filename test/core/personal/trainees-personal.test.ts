import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempCore, type TempCore } from '../temp-core.ts';

let t: TempCore;
beforeEach(() => (t = openTempCore()));
afterEach(() => t.dispose());

describe('수강생 through the core (window, browser mode and CLI call the same)', () => {
  it('come back masked, a reveal with a reason shows one value, and 접속기록 holds the opening and the reveal', async () => {
    const made = await t.core.call('trainees.create', { values: { name: '김철용', phone: '010-1234-5678', birthDate: '1958-07-21' } });
    expect(made.record).toMatchObject({ name: '김*용', phone: '010-1234-****', birthDate: '1958-**-**' });
    const listed = JSON.stringify([await t.core.call('trainees.list', { includeDeleted: false }), await t.core.call('trainees.page', {})]);
    expect(listed).not.toMatch(/김철용|5678|07-21/);
    await t.core.call('trainees.get', { id: made.record.id });
    await expect(t.core.call('personal.reveal', { register: 'trainees', id: made.record.id, field: 'name', reason: ' ' })).rejects.toThrow('사유');
    expect(await t.core.call('personal.reveal', { register: 'trainees', id: made.record.id, field: 'name', reason: '수료증 발급' })).toEqual({ value: '김철용' });
    const log = await t.core.call('accessLog.list', { limit: 10, offset: 0 });
    expect(log.entries.map((e) => [e.action, e.person, e.field, e.reason])).toEqual([
      ['reveal', '김*용', '이름', '수료증 발급'],
      ['open', '김*용', '', ''],
    ]);
  });

  it('refuses a 주민등록번호 in any field, naming it, and saves nothing', async () => {
    await expect(t.core.call('trainees.create', { values: { name: '이준', address: '서초동 580721-1234567' } })).rejects.toThrow('주소에 주민등록번호');
    expect(await t.core.call('trainees.list', { includeDeleted: false })).toHaveLength(0);
  });
});
