/**
 * The 정보화교육 rules a trainer meets while typing (docs/TRAINING.md): a room booked twice is
 * refused naming the other class and time (also when a class moves so its sessions collide), an
 * ended class takes no new 수강/대기 but can still be closed, and a trainee in two classes at the
 * same time is warned (masked name), not refused.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/errors.ts';
import { openTempCore, type TempCore } from '../temp-core.ts';
import type { Core } from '../../../core/api/core-types.ts';
import { koreaToday } from '../../../core/training/korea-today.ts';
import { Y } from './next-year.ts';

let t: TempCore;
let core: Core;
beforeEach(async () => {
  t = openTempCore('김강사');
  core = t.core;
  await core.call('courses.create', { values: { name: '스마트폰 기초', subjectGroup: '스마트폰' } });
  await core.call('courses.create', { values: { name: '엑셀 기초', subjectGroup: 'PC 기초' } });
  await core.call('venues.create', { values: { name: '제1정보문화센터', kind: '구청', rooms: ['301호', '302호'] } });
});
afterEach(() => t.dispose());

async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    if (err instanceof AppError) return err.message;
    throw err;
  }
  throw new Error('should have been refused');
}

const cls = async (name: string, values: Record<string, unknown> = {}) =>
  (await core.call('classes.create', { values: { name, courseId: name.startsWith('엑셀') ? '엑셀 기초' : '스마트폰 기초', venueId: '제1정보문화센터', room: '301호', startOn: `${Y}-09-01`, endOn: `${Y}-09-30`, weekdays: ['월', '수'], startsAt: '10:00', endsAt: '12:00', ...values } })).record;

describe('double booking', () => {
  it('refuses a second session in the same room at an overlapping time, naming the other class', async () => {
    const a = await cls('스마트폰 기초 3기');
    const b = await cls('엑셀 기초 2기', { startsAt: '13:00', endsAt: '15:00' });
    await core.call('sessions.create', { values: { classId: a.id, heldOn: `${Y}-09-02` } });
    expect(await refusal(core.call('sessions.create', { values: { classId: b.id, heldOn: `${Y}-09-02`, startsAt: '11:00', endsAt: '13:00' } })))
      .toBe(`제1정보문화센터 301호는 ${Y}. 9. 2. 10:00~12:00에 스마트폰 기초 3기 수업이 있습니다. 다른 강의실이나 시간을 고르세요.`);
    expect((await core.call('sessions.list', {})).length).toBe(1);
    // Back to back, another room or another day: all fine.
    await core.call('sessions.create', { values: { classId: b.id, heldOn: `${Y}-09-02`, startsAt: '12:00', endsAt: '14:00' } });
    await core.call('sessions.create', { values: { classId: b.id, heldOn: `${Y}-09-02`, startsAt: '10:00', endsAt: '12:00', room: '302호' } });
    await core.call('sessions.create', { values: { classId: b.id, heldOn: `${Y}-09-03`, startsAt: '10:00', endsAt: '12:00' } });
    expect((await core.call('sessions.list', {})).length).toBe(4);
  });

  it('refuses moving a session onto another, and a class whose new room or hours make its sessions collide', async () => {
    const a = await cls('스마트폰 기초 3기');
    const b = await cls('엑셀 기초 2기', { room: '302호' });
    await core.call('sessions.create', { values: { classId: a.id, heldOn: `${Y}-09-02` } });
    const s = (await core.call('sessions.create', { values: { classId: b.id, heldOn: `${Y}-09-02` } })).record;
    expect(await refusal(core.call('sessions.update', { id: s.id, patch: { room: '301호' } }))).toContain('301호는');
    expect(await refusal(core.call('classes.update', { id: b.id, patch: { room: '301호' } }))).toBe(`제1정보문화센터 301호는 ${Y}. 9. 2. 10:00~12:00에 스마트폰 기초 3기 수업이 있습니다. 다른 강의실이나 시간을 고르세요.`);
    expect((await core.call('classes.get', { id: b.id })).room).toBe('302호');
    await core.call('classes.update', { id: b.id, patch: { room: '301호', startsAt: '14:00', endsAt: '16:00' } });
    // Editing what does not move the class (강사) never re-checks its place.
    await core.call('classes.update', { id: a.id, patch: { instructor: '박강사' } });
  });
});

describe('ended classes', () => {
  it('refuses a new 수강/대기 in a class whose 종료일 is past or whose 모집 상태 is 종료; closing the roster stays allowed', async () => {
    const past = await cls('스마트폰 기초 1기', { startOn: '2024-03-04', endOn: '2024-03-29' });
    const open = await cls('엑셀 기초 2기', { room: '302호' });
    const kim = (await core.call('trainees.create', { values: { name: '김창용', phone: '010-0000-0001' } })).record;
    expect(await refusal(core.call('enrolments.create', { values: { classId: past.id, traineeId: kim.id, appliedAt: '2024-02-20T10:00' } })))
      .toBe('스마트폰 기초 1기는 2024. 3. 29.에 끝난 교육반이라 수강(으)로 신청할 수 없습니다. 수료·미수료 처리만 할 수 있습니다.');
    expect((await core.call('enrolments.list', {})).length).toBe(0);
    // A past result typed in afterwards is not a new seat.
    await core.call('enrolments.create', { values: { classId: past.id, traineeId: kim.id, appliedAt: '2024-02-20T10:00', status: '수료' } });

    const e = (await core.call('enrolments.create', { values: { classId: open.id, traineeId: kim.id, appliedAt: `${Y}-08-20T10:00` } })).record;
    await core.call('classes.update', { id: open.id, patch: { status: '종료' } });
    expect((await core.call('enrolments.update', { id: e.id, patch: { status: '수료' } })).record.status).toBe('수료');
    expect(await refusal(core.call('enrolments.update', { id: e.id, patch: { status: '수강' } }))).toBe("엑셀 기초 2기는 모집 상태가 '종료'인 교육반이라 수강(으)로 신청할 수 없습니다. 수료·미수료 처리만 할 수 있습니다.");
    await core.call('enrolments.update', { id: e.id, patch: { status: '취소' } });
    await core.call('enrolments.delete', { ids: [e.id] });
    await core.call('enrolments.update', { id: (await core.call('enrolments.list', {})).find((x) => x.classId === past.id)!.id, patch: { note: '수료증 발급' } });
    expect(koreaToday(new Date('2024-09-01T15:30:00Z'))).toBe('2024-09-02');
  });

  it('refuses restoring a deleted 수강 into an ended class', async () => {
    const c = await cls('엑셀 기초 2기');
    const kim = (await core.call('trainees.create', { values: { name: '김창용' } })).record;
    const e = (await core.call('enrolments.create', { values: { classId: c.id, traineeId: kim.id, appliedAt: `${Y}-08-20T10:00` } })).record;
    await core.call('enrolments.delete', { ids: [e.id] });
    await core.call('classes.update', { id: c.id, patch: { status: '종료' } });
    expect(await refusal(core.call('enrolments.restore', { ids: [e.id] }))).toContain("모집 상태가 '종료'인 교육반이라");
    expect((await core.call('enrolments.list', {})).length).toBe(0);
  });
});

describe('a trainee in two classes at the same time', () => {
  it('warns with the name masked, and saves', async () => {
    await cls('스마트폰 기초 3기');
    await cls('엑셀 기초 2기', { room: '302호', weekdays: ['수', '금'], startsAt: '11:00', endsAt: '13:00' });
    await cls('엑셀 기초 3기', { room: '302호', weekdays: ['화', '목'] });
    const kim = (await core.call('trainees.create', { values: { name: '김창용', phone: '010-0000-0001' } })).record;
    const first = await core.call('enrolments.create', { values: { classId: '엑셀 기초 2기', traineeId: kim.id, appliedAt: `${Y}-08-20T10:00` } });
    expect(first.notes).toBeUndefined();
    const second = await core.call('enrolments.create', { values: { classId: '스마트폰 기초 3기', traineeId: kim.id, appliedAt: `${Y}-08-21T10:00` } });
    expect(second.notes).toEqual(['김*용 님은 같은 시간에 엑셀 기초 2기를 수강합니다.']);
    expect(second.record.status).toBe('수강');
    // Other weekdays: no warning.
    expect((await core.call('enrolments.create', { values: { classId: '엑셀 기초 3기', traineeId: kim.id, appliedAt: `${Y}-08-22T10:00` } })).notes).toBeUndefined();
    // A cancelled enrolment does not clash.
    const lee = (await core.call('trainees.create', { values: { name: '이영희' } })).record;
    const x = (await core.call('enrolments.create', { values: { classId: '엑셀 기초 2기', traineeId: lee.id, appliedAt: `${Y}-08-20T10:00`, status: '취소' } })).record;
    expect(x.status).toBe('취소');
    expect((await core.call('enrolments.create', { values: { classId: '스마트폰 기초 3기', traineeId: lee.id, appliedAt: `${Y}-08-21T10:00` } })).notes).toBeUndefined();
    expect((await core.call('review.list', {})).filter((i) => i.kind === 'rule')).toEqual([]);
  });
});
