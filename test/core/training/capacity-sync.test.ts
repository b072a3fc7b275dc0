/**
 * 정원 across two PCs: each takes the last seat while apart; the merge is no failed sync, and on
 * both PCs 확인할 항목 names the class and the later applicant (masked), until the clerk fixes it.
 * The synced changes hold no derived value and no review item: only the enrolments themselves.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { syncWorld, type SyncWorld } from '../sync/sync-fixture.ts';
import { Y } from './next-year.ts';

let world: SyncWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

describe('정원 after a merge', () => {
  it('two PCs enrolling the last seat offline: both syncs succeed and both PCs list a review item', async () => {
    world = await syncWorld();
    await world.addUser('kim');
    await world.addUser('lee');
    const a = await world.loggedInPc('kim');
    const b = await world.loggedInPc('lee');
    await a.call('courses.create', { values: { name: '스마트폰 기초', subjectGroup: '스마트폰' } });
    const cls = (await a.call('classes.create', { values: { name: '스마트폰 기초 3기', courseId: '스마트폰 기초', startOn: `${Y}-03-02`, endOn: `${Y}-03-27`, capacity: 1 } })).record;
    await a.call('trainees.create', { values: { name: '박영희', phone: '010-1111-2222', address: '서초동' } });
    await a.call('trainees.create', { values: { name: '김창용', phone: '010-3333-4444', address: '방배동' } });
    await a.call('sync.now', {});
    await b.call('sync.now', {});

    // Apart: each PC sees one free seat and takes it.
    const first = (await a.call('enrolments.create', { values: { classId: cls.id, traineeId: '박영희', appliedAt: `${Y}-02-20T10:00` } })).record;
    const late = (await b.call('enrolments.create', { values: { classId: cls.id, traineeId: '김창용', appliedAt: `${Y}-02-20T10:05` } })).record;
    expect([first.status, late.status]).toEqual(['수강', '수강']);

    await a.call('sync.now', {});
    const report = await b.call('sync.now', {});
    expect(report).toMatchObject({ pushed: 1 });
    await a.call('sync.now', {});

    for (const pc of [a, b]) {
      const items = (await pc.call('review.list', {})).filter((i) => i.kind === 'rule');
      expect(items).toHaveLength(1);
      expect(items[0]!.message).toBe('정원 초과: 스마트폰 기초 3기 2/1명 — 나중에 신청한 김*용. 한 명을 대기(으)로 바꾸거나 정원을 늘리세요.');
      expect(items[0]!.records.map((r) => r.id)).toEqual([cls.id, late.id]);
    }

    // The clerk on A puts the later one on the waiting list; after sync neither PC lists it.
    await a.call('enrolments.update', { id: late.id, patch: { status: '대기' } });
    await a.call('sync.now', {});
    await b.call('sync.now', {});
    for (const pc of [a, b]) expect((await pc.call('review.list', {})).filter((i) => i.kind === 'rule')).toEqual([]);
  });
});
