/**
 * Rules spanning records (정원) on the kernel's throwaway registers: adjusted on write (the next
 * one waits, and the result says so), a freed seat promotes the first waiting in the same batch
 * (one undo reverts both), and an over-full class left by merged work is a review item, not a
 * refusal, that disappears once fixed.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openKernelFixture, type KernelFixture } from './kernel-fixture.ts';
import { undoBatch } from '../../../core/records/undo.ts';
import { stampNow } from '../../../core/records/ids.ts';
import { reviewService } from '../../../core/review/review-service.ts';

let k: KernelFixture;
beforeEach(() => {
  k = openKernelFixture();
});
afterEach(() => k.dispose());

function classWith(capacity: number): string {
  const course = k.services.courses!.create({ name: '스마트폰 기초' }, '홍길동').id;
  return k.services.classes!.create({ courseId: course, name: '스마트폰 기초 3기', capacity }, '홍길동').id;
}
const statusOf = (id: string) => k.stores.enrolments!.require(id).status;

describe('정원 (capacity rule)', () => {
  it('puts the one over capacity on the waiting list and says so in the result', async () => {
    const cls = classWith(2);
    await k.call('enrolments.create', { values: { classId: cls, applicant: '김민수' } });
    await k.call('enrolments.create', { values: { classId: cls, applicant: '이영희' } });
    const third = (await k.call('enrolments.create', { values: { classId: cls, applicant: '박철수' } })) as { record: { status: string }; notes?: string[] };
    expect(third.record.status).toBe('대기');
    expect(third.notes).toEqual(['정원 2명이 모두 차서 대기 1번으로 신청했습니다.']);
    const fourth = k.services.enrolments!.create({ classId: cls, applicant: '최지우' }, '홍길동');
    expect(fourth.notes).toEqual(['정원 2명이 모두 차서 대기 2번으로 신청했습니다.']);
  });

  it('says nothing while seats are left', async () => {
    const cls = classWith(20);
    const r = (await k.call('enrolments.create', { values: { classId: cls, applicant: '김민수' } })) as { record: { status: string }; notes?: string[] };
    expect(r.record.status).toBe('수강');
    expect(r.notes).toBeUndefined();
  });

  it('cancelling a 수강 promotes the first waiting one; one undo reverts both', () => {
    const cls = classWith(1);
    const seated = k.services.enrolments!.create({ classId: cls, applicant: '김민수' }, '홍길동').id;
    const first = k.services.enrolments!.create({ classId: cls, applicant: '이영희' }, '홍길동').id;
    const second = k.services.enrolments!.create({ classId: cls, applicant: '박철수' }, '홍길동').id;
    const { batchId, notes } = k.services.enrolments!.update(seated, { status: '취소' }, '홍길동');
    expect(notes).toEqual(['대기 1번 이영희님이 수강(으)로 올라갔습니다.']);
    expect([statusOf(seated), statusOf(first), statusOf(second)]).toEqual(['취소', '수강', '대기']);
    undoBatch(k.db, k.stores, batchId, '홍길동');
    expect([statusOf(seated), statusOf(first), statusOf(second)]).toEqual(['수강', '대기', '대기']);
  });

  it('deleting a 수강 promotes too, and a waiting one moved to 수강 by hand in a full class stays waiting', () => {
    const cls = classWith(1);
    const seated = k.services.enrolments!.create({ classId: cls, applicant: '김민수' }, '홍길동').id;
    const waiting = k.services.enrolments!.create({ classId: cls, applicant: '이영희' }, '홍길동').id;
    const forced = k.services.enrolments!.update(waiting, { status: '수강' }, '홍길동');
    expect(forced.notes).toEqual(['정원 1명이 모두 차서 대기 1번으로 바꿨습니다.']);
    expect(statusOf(waiting)).toBe('대기');
    k.services.enrolments!.delete([seated], '홍길동');
    expect(statusOf(waiting)).toBe('수강');
  });

  it('an over-full class made by merged work is a review item naming the later applicant, gone once fixed', () => {
    const cls = classWith(1);
    const review = reviewService(k.db, k.stores as never, () => {}, k.rules);
    k.services.enrolments!.create({ classId: cls, applicant: '김민수' }, '홍길동');
    expect(review.list()).toEqual([]);
    // What a pull does: the other PC's enrolment, written as it was there (a seat was free), never refused.
    const late = k.stores.enrolments!.insert({ classId: cls, applicant: '김*용', status: '수강' }, stampNow('이순신'));
    const items = review.list();
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: 'rule', rule: 'capacity', registerLabel: '수강신청' });
    expect(items[0]!.message).toBe('정원 초과: 스마트폰 기초 3기 2/1명 — 나중에 신청한 김*용. 한 명을 대기(으)로 바꾸거나 정원을 늘리세요.');
    expect(items[0]!.records.map((r) => r.id)).toEqual([cls, late]);
    // The clerk fixes it (the later one waits); the item disappears.
    k.services.enrolments!.update(late, { status: '대기' }, '홍길동');
    expect(review.list()).toEqual([]);
  });
});
