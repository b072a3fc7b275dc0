/** 접속기록 through the API: who, when, which PC, which person (masked), what and why. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hostname } from 'node:os';
import { expectKoreanError, failure, openTempCore, type TempCore } from '../temp-core.ts';

let t: TempCore;
beforeEach(() => {
  t = openTempCore('박주무관');
});
afterEach(() => t.dispose());

describe('accessLog', () => {
  it('records an opening and a reveal with who, when, which PC and the masked person', async () => {
    await t.core.call('accessLog.record', { register: 'trainees', recordId: 'r1', person: '김철용', action: 'open' });
    const reveal = await t.core.call('accessLog.record', { register: 'trainees', recordId: 'r1', person: '김*용', action: 'reveal', field: '연락처', reason: '수강 안내 전화' });
    expect(reveal).toMatchObject({ actor: '박주무관', login: '', pcName: hostname(), person: '김*용', action: 'reveal', field: '연락처', reason: '수강 안내 전화', count: 1 });
    expect(reveal.deviceId).toMatch(/^[0-9a-f-]{36}$/);
    const page = await t.core.call('accessLog.list', {});
    expect(page.total).toBe(2);
    expect(page.entries.map((e) => e.action)).toEqual(['reveal', 'open']);
    // The raw name is never stored, even when a caller passes it.
    expect(page.entries[1]!.person).toBe('김*용');
    expect(page.byActor).toEqual([{ actor: '박주무관', count: 2 }]);
  });

  it('names the clerk the core is working for (the signed-in account first, as history does)', async () => {
    const e = await t.core.call('accessLog.record', { register: 'trainees', action: 'export', count: 120, reason: '월간 실적 보고' }, { actor: '김민지' });
    expect(e).toMatchObject({ actor: '김민지', count: 120, recordId: '', person: '' });
  });

  it('asks for a reason before a reveal, export or print, and stores nothing without one', async () => {
    for (const action of ['reveal', 'export', 'print'] as const) {
      const error = await failure(t.core, 'accessLog.record', { register: 'trainees', recordId: 'r1', action, reason: ' ' });
      expectKoreanError(error, 'invalid_input');
      expect(error.message).toContain('사유');
    }
    expect((await t.core.call('accessLog.list', {})).total).toBe(0);
  });

  it('refuses hostile input in Korean', async () => {
    expectKoreanError(await failure(t.core, 'accessLog.record', { register: '../etc', action: 'open' }), 'invalid_input');
    expectKoreanError(await failure(t.core, 'accessLog.record', { register: 'trainees', action: 'delete' as never }), 'invalid_input');
    expectKoreanError(await failure(t.core, 'accessLog.list', { from: '11/01/2026' }), 'invalid_input');
  });

  it('filters by day (Korean time), actor and action, and pages newest first', async () => {
    await t.core.call('accessLog.record', { register: 'trainees', recordId: 'a', person: '이준', action: 'open' }, { actor: '가' });
    await t.core.call('accessLog.record', { register: 'trainees', recordId: 'b', person: '이준', action: 'print', reason: '출석부 인쇄', count: 30 }, { actor: '나' });
    await t.core.call('accessLog.record', { register: 'trainees', recordId: 'c', person: '이준', action: 'open' }, { actor: '나' });
    expect((await t.core.call('accessLog.list', { actor: '나' })).total).toBe(2);
    expect((await t.core.call('accessLog.list', { action: 'print' })).entries.map((e) => e.reason)).toEqual(['출석부 인쇄']);
    const first = await t.core.call('accessLog.list', { limit: 2 });
    const second = await t.core.call('accessLog.list', { limit: 2, offset: 2 });
    expect([...first.entries, ...second.entries].map((e) => e.recordId)).toEqual(['c', 'b', 'a']);
    expect(first.byActor).toEqual([{ actor: '나', count: 2 }, { actor: '가', count: 1 }]);
    const today = new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10);
    expect((await t.core.call('accessLog.list', { from: today, to: today })).total).toBe(3);
    expect((await t.core.call('accessLog.list', { to: '2020-01-01' })).total).toBe(0);
  });

  it('keeps every entry across a restart (retention: nothing deletes them)', async () => {
    await t.core.call('accessLog.record', { register: 'trainees', recordId: 'r1', action: 'open' });
    t.reopen();
    expect((await t.core.call('accessLog.list', {})).total).toBe(1);
  });
});
