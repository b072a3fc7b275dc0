/**
 * The 정보화교육 registers through the real core, as a trainer uses them: a class under a course,
 * trainees enrolled by name, refused when a name is ambiguous, and the parent rules of
 * docs/TRAINING.md (course refuses, class cascades with one undo, trainee with enrolments refuses).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/errors.ts';
import { openTempCore, type TempCore } from '../temp-core.ts';
import type { Core } from '../../../core/api/core-types.ts';
import { Y } from './next-year.ts';

let t: TempCore;
let core: Core;
beforeEach(() => {
  t = openTempCore('김강사');
  core = t.core;
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

async function smartphoneClass() {
  const course = (await core.call('courses.create', { values: { name: '스마트폰 기초', subjectGroup: '스마트폰', audience: '어르신' } })).record;
  const venue = (await core.call('venues.create', { values: { name: '구청 전산교육장', kind: '구청', seats: 20 } })).record;
  const cls = (await core.call('classes.create', { values: { name: '스마트폰 기초 3기', courseId: '스마트폰 기초', venueId: '구청 전산교육장', startOn: `${Y}-03-02`, endOn: `${Y}-03-27`, startsAt: '14:00', capacity: 20 } })).record;
  return { course, venue, cls };
}

describe('training registers', () => {
  it('links a class to its course and venue by name and shows the names', async () => {
    const { course, venue, cls } = await smartphoneClass();
    expect(cls).toMatchObject({ courseId: course.id, courseIdName: '스마트폰 기초', venueId: venue.id, venueIdName: '구청 전산교육장', startsAt: '14:00', capacity: 20 });
    expect((await core.call('app.info', {})).counts).toMatchObject({ courses: 1, venues: 1, classes: 1, trainees: 0 });
  });

  it('enrols trainees by class and trainee name, and refuses an ambiguous name, saving nothing', async () => {
    const { cls } = await smartphoneClass();
    await core.call('trainees.create', { values: { name: '김예시', phone: '010-0000-0001' } });
    const e = (await core.call('enrolments.create', { values: { classId: '스마트폰 기초 3기', traineeId: '김예시', appliedAt: `${Y}-02-20T10:30` } })).record;
    expect(e).toMatchObject({ classId: cls.id, classIdName: '스마트폰 기초 3기', traineeIdName: '김*시' /* a link to a person shows the name masked */, appliedAt: `${Y}-02-20T10:30`, status: '수강' });
    await core.call('trainees.create', { values: { name: '이예시', phone: '010-0000-0002' } });
    await core.call('trainees.create', { values: { name: '이예시', phone: '010-0000-0003' } });
    expect(await refusal(core.call('enrolments.create', { values: { classId: '스마트폰 기초 3기', traineeId: '이예시', appliedAt: `${Y}-02-21T09:00` } }))).toBe('수강생 "이예시"가 두 건 있습니다: ID로 지정하세요');
    expect((await core.call('enrolments.list', {})).length).toBe(1);
  });

  it('refuses deleting a course with classes and a trainee with enrolments', async () => {
    const { course, cls } = await smartphoneClass();
    const trainee = (await core.call('trainees.create', { values: { name: '박예시' } })).record;
    await core.call('enrolments.create', { values: { classId: cls.id, traineeId: trainee.id, appliedAt: `${Y}-02-20T10:00` } });
    expect(await refusal(core.call('courses.delete', { ids: [course.id] }))).toBe('이 교육과정에 연결된 교육반 1건이 있어 삭제할 수 없습니다. 먼저 교육반을 옮기거나 지우세요.');
    expect(await refusal(core.call('trainees.delete', { ids: [trainee.id] }))).toBe('이 수강생에 연결된 수강신청 1건이 있어 삭제할 수 없습니다. 먼저 수강신청을 옮기거나 지우세요.');
    expect((await core.call('courses.get', { id: course.id })).deletedAt).toBeNull();
  });

  it('deletes a class with its sessions, enrolments and attendance, and one undo brings all back', async () => {
    const { cls } = await smartphoneClass();
    const trainee = (await core.call('trainees.create', { values: { name: '최예시' } })).record;
    const e = (await core.call('enrolments.create', { values: { classId: cls.id, traineeId: trainee.id, appliedAt: `${Y}-02-20T10:00` } })).record;
    const s = (await core.call('sessions.create', { values: { classId: cls.id, heldOn: `${Y}-03-02`, startsAt: '14:00', endsAt: '16:00' } })).record;
    await core.call('attendance.create', { values: { sessionId: s.id, enrolmentId: e.id, mark: '지각' } });
    const { batchId } = await core.call('classes.delete', { ids: [cls.id] });
    expect([(await core.call('sessions.list', {})).length, (await core.call('enrolments.list', {})).length, (await core.call('attendance.list', {})).length]).toEqual([0, 0, 0]);
    // The trainee is no longer enrolled anywhere live: 파기 aside, the person may now be deleted.
    await core.call('history.undo', { batchId });
    expect((await core.call('attendance.list', {}))[0]).toMatchObject({ mark: '지각', enrolmentId: e.id });
    expect((await core.call('enrolments.list', {})).length).toBe(1);
  });

  it('answers bad input in Korean, changing nothing', async () => {
    await smartphoneClass();
    const bad = await core.invoke('classes.create', { values: { name: '키오스크 1기', courseId: '키오스크 체험', startOn: `${Y}-04-01` } });
    expect(bad).toMatchObject({ ok: false, error: { message: expect.stringContaining('교육과정 "키오스크 체험"') } });
    const badTime = await core.invoke('sessions.create', { values: { classId: '스마트폰 기초 3기', heldOn: `${Y}-03-04`, startsAt: '25:00' } });
    expect(badTime.ok).toBe(false);
    expect((await core.call('classes.list', {})).length).toBe(1);
  });
});
