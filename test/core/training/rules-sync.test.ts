/**
 * The 정보화교육 rules across two PCs working apart: nothing a merge brings is refused (no sync
 * fails). Two bookings of one room at one time become an 이중 예약 item on both PCs until one moves;
 * an enrolment made on a PC that had not yet heard the class was closed stays; a trainee put in two
 * classes at the same time on two PCs is the trainee's choice (no item).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { syncWorld, type SyncWorld } from '../sync/sync-fixture.ts';
import { Y } from './next-year.ts';

let world: SyncWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

async function twoPcs() {
  world = await syncWorld();
  await world.addUser('kim');
  await world.addUser('lee');
  const a = await world.loggedInPc('kim');
  const b = await world.loggedInPc('lee');
  await a.call('courses.create', { values: { name: '스마트폰 기초', subjectGroup: '스마트폰' } });
  await a.call('venues.create', { values: { name: '제1정보문화센터', kind: '구청', rooms: ['301호'] } });
  const base = { courseId: '스마트폰 기초', venueId: '제1정보문화센터', room: '301호', startOn: `${Y}-09-01`, endOn: `${Y}-09-30`, weekdays: ['월'], startsAt: '10:00', endsAt: '12:00' };
  const c3 = (await a.call('classes.create', { values: { name: '스마트폰 기초 3기', ...base } })).record;
  const c4 = (await a.call('classes.create', { values: { name: '스마트폰 기초 4기', ...base, startsAt: '14:00', endsAt: '16:00' } })).record;
  const kim = (await a.call('trainees.create', { values: { name: '김창용', phone: '010-0000-0001' } })).record;
  await a.call('sync.now', {});
  await b.call('sync.now', {});
  return { a, b, c3, c4, kim };
}

describe('training rules after a merge', () => {
  it('one room booked twice apart: both syncs succeed, both PCs list an 이중 예약 until one session moves', async () => {
    const { a, b, c3, c4 } = await twoPcs();
    const s3 = (await a.call('sessions.create', { values: { classId: c3.id, heldOn: `${Y}-09-07` } })).record;
    const s4 = (await b.call('sessions.create', { values: { classId: c4.id, heldOn: `${Y}-09-07`, startsAt: '11:00', endsAt: '13:00' } })).record;
    await a.call('sync.now', {});
    expect(await b.call('sync.now', {})).toMatchObject({ pushed: 1 });
    await a.call('sync.now', {});
    const [first, second] = [s3.id, s4.id].sort();
    for (const pc of [a, b]) {
      const items = (await pc.call('review.list', {})).filter((i) => i.kind === 'rule');
      expect(items.map((i) => i.rule)).toEqual(['double-booking']);
      expect(items[0]!.message).toContain('이중 예약: 제1정보문화센터 301호');
      expect(items[0]!.records.map((r) => r.id)).toEqual([first, second]);
    }
    await b.call('sessions.update', { id: s4.id, patch: { startsAt: '14:00', endsAt: '16:00' } });
    await b.call('sync.now', {});
    await a.call('sync.now', {});
    for (const pc of [a, b]) expect((await pc.call('review.list', {})).filter((i) => i.kind === 'rule')).toEqual([]);
  });

  it('a class closed on one PC while the other enrolled in it: the enrolment stays, later ones are refused', async () => {
    const { a, b, c3, kim } = await twoPcs();
    await a.call('classes.update', { id: c3.id, patch: { status: '종료' } });
    const e = (await b.call('enrolments.create', { values: { classId: c3.id, traineeId: kim.id, appliedAt: `${Y}-08-20T10:00` } })).record;
    await a.call('sync.now', {});
    expect(await b.call('sync.now', {})).toMatchObject({ pushed: 1 });
    await a.call('sync.now', {});
    expect((await a.call('enrolments.get', { id: e.id })).status).toBe('수강');
    expect((await a.call('review.list', {})).filter((i) => i.kind === 'rule')).toEqual([]);
    const lee = (await a.call('trainees.create', { values: { name: '이영희' } })).record;
    expect(await a.invoke('enrolments.create', { values: { classId: c3.id, traineeId: lee.id, appliedAt: `${Y}-08-21T10:00` } })).toMatchObject({ ok: false, error: { message: expect.stringContaining("모집 상태가 '종료'인 교육반이라") } });
  });

  it('one trainee enrolled apart in two classes meeting together: no failed sync and no review item', async () => {
    const { a, b, c3, kim } = await twoPcs();
    const other = (await b.call('classes.create', { values: { name: '엑셀 기초 2기', courseId: '스마트폰 기초', startOn: `${Y}-09-01`, endOn: `${Y}-09-30`, weekdays: ['월'], startsAt: '11:00', endsAt: '13:00' } })).record;
    await a.call('enrolments.create', { values: { classId: c3.id, traineeId: kim.id, appliedAt: `${Y}-08-20T10:00` } });
    expect((await b.call('enrolments.create', { values: { classId: other.id, traineeId: kim.id, appliedAt: `${Y}-08-20T11:00` } })).notes).toBeUndefined();
    await a.call('sync.now', {});
    await b.call('sync.now', {});
    await a.call('sync.now', {});
    for (const pc of [a, b]) {
      expect((await pc.call('enrolments.list', {})).length).toBe(2);
      expect((await pc.call('review.list', {})).filter((i) => i.kind === 'rule')).toEqual([]);
    }
  });
});
