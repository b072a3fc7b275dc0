/**
 * 과목군 as a code list an admin edits in 설정 (like 매체구분): it starts as the list the field
 * always offered, a course takes only a code in use, a code turned off stays on the courses that
 * have it, and the training-runs statistic groups by whatever codes the courses carry.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SUBJECT_GROUPS } from '../../../shared/domain/training/courses.ts';
import { openTempCore, type TempCore } from '../temp-core.ts';
import type { Core } from '../../../core/api/core-types.ts';

let t: TempCore;
let core: Core;
beforeEach(() => {
  t = openTempCore('관리자');
  core = t.core;
});
afterEach(() => t.dispose());

describe('과목군 code list', () => {
  it('starts as the old choices, takes only codes in use, and keeps a turned-off code on its courses', async () => {
    expect((await core.call('codes.list', { list: 'subjectGroup' })).map((c) => c.code)).toEqual([...SUBJECT_GROUPS]);
    const pc = (await core.call('courses.create', { values: { name: '컴퓨터 기초', subjectGroup: 'PC 기초' } })).record;
    expect(await core.invoke('courses.create', { values: { name: '드론 교실', subjectGroup: '드론' } })).toMatchObject({
      ok: false,
      error: { message: "과목군 '드론'은 코드 목록에 없습니다. 설정에서 바꾸거나 다른 값을 고르세요." },
    });
    const items = (await core.call('codes.list', { list: 'subjectGroup' })).map((c) => ({ code: c.code, active: c.code !== 'PC 기초' }));
    await core.call('codes.save', { list: 'subjectGroup', items: [...items, { code: '드론', active: true }] });
    await core.call('courses.create', { values: { name: '드론 교실', subjectGroup: '드론' } });
    // 'PC 기초' is off: not for a new course, but the course that has it keeps it and can be edited.
    expect((await core.invoke('courses.create', { values: { name: '엑셀', subjectGroup: 'PC 기초' } })).ok).toBe(false);
    expect((await core.call('courses.update', { id: pc.id, patch: { hours: 24 } })).record).toMatchObject({ subjectGroup: 'PC 기초', hours: 24 });
  });

  it('training-runs groups by the codes courses carry, new ones included', async () => {
    const items = (await core.call('codes.list', { list: 'subjectGroup' })).map((c) => ({ code: c.code, active: c.active }));
    await core.call('codes.save', { list: 'subjectGroup', items: [...items, { code: '디지털 배움터', active: true }] });
    await core.call('courses.create', { values: { name: '스마트폰 기초', subjectGroup: '스마트폰' } });
    await core.call('courses.create', { values: { name: '배움터', subjectGroup: '디지털 배움터' } });
    await core.call('classes.create', { values: { name: '스마트폰 기초 1기', courseId: '스마트폰 기초', startOn: '2024-03-04', endOn: '2024-03-29' } });
    await core.call('classes.create', { values: { name: '배움터 1기', courseId: '배움터', startOn: '2024-04-01', endOn: '2024-04-26' } });
    const table = await core.call('stats.run', { name: 'training-runs', from: '2024-01-01', to: '2024-12-31', by: ['subjectGroup'] });
    const runs = Object.fromEntries(table.rows.map((r) => [r.label, r.values[0]]));
    expect(runs).toMatchObject({ 스마트폰: 1, '디지털 배움터': 1 });
  });
});
