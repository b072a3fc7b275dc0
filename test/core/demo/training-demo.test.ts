/**
 * 예시 데이터 for 정보화교육: a year of classes at the seeds' 교육장 with sessions, fake trainees,
 * enrolments (a waiting list) and attendance, giving seed-like training-runs figures and no
 * 확인할 항목; the removal in 설정 takes all of it (and what the clerk added under a demo class)
 * in one undoable batch; none of it reaches the sync server.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateTrainingDemo } from '../../../core/demo/training-demo.ts';
import { koreaToday } from '../../../core/training/korea-today.ts';
import { openTempCore, type TempCore } from '../temp-core.ts';
import { syncWorld } from '../sync/sync-fixture.ts';

let t: TempCore;
beforeEach(() => {
  t = openTempCore('홍길동');
});
afterEach(() => t.dispose());

const TRAINING = ['venues', 'courses', 'instructors', 'trainees', 'classes', 'sessions', 'enrolments', 'attendance'] as const;
const counts = async (): Promise<Record<(typeof TRAINING)[number], number>> => Object.fromEntries(await Promise.all(TRAINING.map(async (n) => [n, (await t.core.call(`${n}.list` as 'courses.list', {})).length] as const))) as Record<(typeof TRAINING)[number], number>;

describe('정보화교육 demo data', () => {
  it('is like the seeds: their 교육장 and courses, a year of classes with seed-like figures, a waiting list, fake people', async () => {
    await t.core.call('app.seedDemo', { rows: 50 });
    expect((await t.core.call('venues.list', {})).map((v) => v.name)).toEqual(expect.arrayContaining(['제1정보문화센터', '창업스마트교육장', '독산2동 자치회관']));
    expect((await t.core.call('courses.list', {})).map((c) => c.name).sort()).toEqual(['1인 개인방송', 'ITQ 파워포인트', '스마트폰 기초', '챗GPT 활용', '코딩 엔트리', '키오스크 체험']);
    const today = koreaToday();
    const yearAgo = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
    const stats = await t.core.call('stats.run', { name: 'training-runs', from: yearAgo, to: today });
    const [runs, people] = stats.total.values as [number, number];
    expect(runs).toBeGreaterThan(40);
    expect(people).toBeGreaterThan(500);
    expect(people).toBeLessThan(2000);
    const enrolments = await t.core.call('enrolments.list', {});
    expect(enrolments.some((e) => e.status === '대기' && e.waitingNo === 1)).toBe(true);
    expect((await t.core.call('review.list', {})).filter((i) => i.kind === 'rule')).toEqual([]);
    // Obviously fake: names from a short list of 가상/예시/샘플… and 010-0000-xxxx phones.
    const demo = generateTrainingDemo(today);
    for (const p of [...demo.trainees, ...demo.instructors]) {
      expect(String(p.name)).toMatch(/^[김이박최정강조윤장임한서문](가상|예시|샘플|데모|보기|연습)$/);
      expect(String(p.phone)).toMatch(/^010-0000-\d{4}$/);
    }
  });

  it('is removed with the demo, with what the clerk added under a demo class, and one 실행 취소 brings it back', async () => {
    await t.core.call('app.seedDemo', { rows: 20 });
    const before = await counts();
    const demoClass = (await t.core.call('classes.list', {})).find((c) => c.status === '모집 중')!;
    const own = (await t.core.call('trainees.create', { values: { name: '홍길순', phone: '010-1234-0000' } })).record;
    await t.core.call('enrolments.create', { values: { classId: demoClass.id, traineeId: own.id, appliedAt: `${koreaToday()}T09:00` } });
    await t.core.call('courses.create', { values: { name: '직원 엑셀' } });
    const ownClass = (await t.core.call('classes.create', { values: { name: '직원 엑셀 1기', courseId: '직원 엑셀', venueId: '제1정보문화센터', startOn: '2030-03-04' } })).record;

    const removal = await t.core.call('demo.remove', {});
    expect(removal.training).toBe(Object.values(before).reduce((a, b) => a + b, 0) + 1);
    expect(await counts()).toEqual({ venues: 0, courses: 1, instructors: 0, trainees: 1, classes: 1, sessions: 0, enrolments: 0, attendance: 0 });
    expect((await t.core.call('classes.get', { id: ownClass.id })).venueId).toBe('');

    await t.core.call('history.undo', { batchId: removal.batchId });
    expect(await counts()).toEqual({ ...before, courses: before.courses + 1, trainees: before.trainees + 1, classes: before.classes + 1, enrolments: before.enrolments + 1 });
  });

  it('refuses the removal, changing nothing, while a clerk’s class belongs to a demo 교육과정', async () => {
    await t.core.call('app.seedDemo', { rows: 20 });
    await t.core.call('classes.create', { values: { name: '스마트폰 기초 특별반', courseId: '스마트폰 기초', startOn: '2030-03-04' } });
    expect(await t.core.invoke('demo.remove', {})).toMatchObject({ ok: false, error: { message: expect.stringContaining('연결된 교육반 1건이 있어 삭제할 수 없습니다') } });
    expect((await t.core.call('demo.summary', {})).clippings).toBe(20);
  });

  it('never reaches the sync server', async () => {
    const world = await syncWorld();
    try {
      await world.addUser('kim');
      const pc = await world.loggedInPc('kim');
      await pc.call('app.seedDemo', { rows: 10 });
      await pc.call('courses.create', { values: { name: '직원 엑셀' } });
      expect(await pc.call('sync.now', {})).toMatchObject({ pushed: 1 });
      const other = await world.loggedInPc('kim');
      await other.call('sync.now', {});
      expect((await other.call('courses.list', {})).map((c) => c.name)).toEqual(['직원 엑셀']);
      expect(await other.call('trainees.list', {})).toEqual([]);
    } finally {
      await world.close();
    }
  });
});
