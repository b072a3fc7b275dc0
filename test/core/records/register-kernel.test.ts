/**
 * The register kernel on registers that exist only in this test (course → classes → enrolments):
 * what a definition alone gives a new register — links by name, parent/child delete rules, one
 * undo, derived values, and the new field kinds through the service.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/errors.ts';
import { undoBatch } from '../../../core/records/undo.ts';
import { derivedValues } from '../../../core/records/derived-values.ts';
import { enrolmentsDef, openKernelFixture, type KernelFixture } from './kernel-fixture.ts';
import { asSpec } from '../../../shared/registers/define.ts';

let k: KernelFixture;
beforeEach(() => (k = openKernelFixture()));
afterEach(() => k.dispose());

function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return err.message;
    throw err;
  }
  throw new Error('should have been refused');
}

const live = (register: string, id: string) => k.stores[register]!.require(id).deletedAt === null;

describe('a link field', () => {
  it("accepts the linked record's id or its unique display name and stores the id", () => {
    const course = k.services.courses!.create({ name: '스마트폰 기초', fee: 30000 }, '홍길동').id;
    const byName = k.services.classes!.create({ courseId: '스마트폰 기초', name: '1반' }, '홍길동').id;
    const byId = k.services.classes!.create({ courseId: course, name: '2반' }, '홍길동').id;
    expect(k.stores.classes!.require(byName).courseId).toBe(course);
    expect(k.stores.classes!.require(byId).courseId).toBe(course);
    expect(k.links.name(asSpec(k.stores.classes!.spec as never).fields[0]!, course)).toBe('스마트폰 기초');
  });

  it('refuses an unknown or ambiguous name in Korean, saving nothing', () => {
    const course = k.services.courses!.create({ name: '엑셀' }, '홍길동').id;
    k.services.classes!.create({ courseId: course, name: '오전반' }, '홍길동');
    const other = k.services.courses!.create({ name: '한글' }, '홍길동').id;
    k.services.classes!.create({ courseId: other, name: '오전반' }, '홍길동');
    expect(refusal(() => k.services.enrolments!.create({ classId: '오전반', applicant: '김민수' }, '홍길동'))).toBe('반 "오전반"이 두 건 있습니다: ID로 지정하세요');
    expect(refusal(() => k.services.classes!.create({ courseId: '파워포인트', name: '1반' }, '홍길동'))).toBe('교육과정 "파워포인트"를 찾을 수 없습니다.');
    expect(k.db.prepare('SELECT count(*) AS n FROM test_enrolments').get()).toEqual({ n: 0 });
  });

  it('shows a deleted target as deleted, and refuses a new link to it', () => {
    const course = k.services.courses!.create({ name: '코딩' }, '홍길동').id;
    k.services.courses!.delete([course], '홍길동');
    const field = k.stores.classes!.spec.fields[0]!;
    expect(k.links.name(field, course)).toBe('삭제된 교육과정: 코딩');
    expect(refusal(() => k.services.classes!.create({ courseId: course, name: '1반' }, '홍길동'))).toBe('연결할 교육과정을 찾을 수 없습니다 (삭제되었을 수 있습니다).');
  });
});

describe('deleting a parent', () => {
  function tree() {
    const course = k.services.courses!.create({ name: '스마트폰 기초' }, '홍길동').id;
    const classA = k.services.classes!.create({ courseId: course, name: '1반' }, '홍길동').id;
    const classB = k.services.classes!.create({ courseId: course, name: '2반' }, '홍길동').id;
    return { course, classA, classB };
  }

  it('refuses while a refusing child register has live children, naming how many', () => {
    const { classA } = tree();
    for (const who of ['김민수', '이영희', '박철수']) k.services.enrolments!.create({ classId: classA, applicant: who }, '홍길동');
    expect(refusal(() => k.services.classes!.delete([classA], '홍길동'))).toBe('이 반에 연결된 수강신청 3건이 있어 삭제할 수 없습니다. 먼저 수강신청을 옮기거나 지우세요.');
    expect(live('classes', classA)).toBe(true);
  });

  it('allows it once the children are deleted', () => {
    const { classA } = tree();
    const e = k.services.enrolments!.create({ classId: classA, applicant: '김민수' }, '홍길동').id;
    k.services.enrolments!.delete([e], '홍길동');
    expect(k.services.classes!.delete([classA], '홍길동').count).toBe(1);
  });

  it('cascades to the children in one batch that one undo restores', () => {
    const { course, classA, classB } = tree();
    const { batchId } = k.services.courses!.delete([course], '홍길동');
    expect([live('courses', course), live('classes', classA), live('classes', classB)]).toEqual([false, false, false]);
    undoBatch(k.db, k.stores, batchId, '홍길동');
    expect([live('courses', course), live('classes', classA), live('classes', classB)]).toEqual([true, true, true]);
  });

  it('refuses a cascade that would reach a refusing grandchild, deleting nothing', () => {
    const { course, classA } = tree();
    k.services.enrolments!.create({ classId: classA, applicant: '김민수' }, '홍길동');
    expect(refusal(() => k.services.courses!.delete([course], '홍길동'))).toMatch(/^이 반에 연결된 수강신청 1건이 있어 삭제할 수 없습니다/);
    expect([live('courses', course), live('classes', classA)]).toEqual([true, true]);
  });
});

describe('derived values', () => {
  it('are computed when read, never stored', () => {
    const course = k.services.courses!.create({ name: '엑셀' }, '홍길동').id;
    const cls = k.services.classes!.create({ courseId: course, name: '1반' }, '홍길동').id;
    const ids = ['김', '이', '박'].map((who) => k.services.enrolments!.create({ classId: cls, applicant: who, status: '대기' }, '홍길동').id);
    const waiting = () => ids.map((id) => k.stores.enrolments!.require(id)).filter((r) => r.status === '대기');
    const read = derivedValues(asSpec(enrolmentsDef as never), {
      waitPosition: (r) => (r.status === '대기' ? waiting().findIndex((w) => w.id === r.id) + 1 : 0),
    });
    expect(ids.map((id) => read(k.stores.enrolments!.require(id)).waitPosition)).toEqual([1, 2, 3]);
    k.services.enrolments!.update(ids[0]!, { status: '수강' }, '홍길동');
    expect(ids.map((id) => read(k.stores.enrolments!.require(id)).waitPosition)).toEqual([0, 1, 2]);
    const columns = (k.db.prepare('PRAGMA table_info(test_enrolments)').all() as Array<{ name: string }>).map((c) => c.name);
    expect(columns).not.toContain('wait_position');
  });

  it('must each have a computation', () => {
    expect(() => derivedValues(asSpec(enrolmentsDef as never), {})).toThrow(/함수 없음: waitPosition/);
  });
});

describe('the new field kinds through a service', () => {
  it('store money, month, time and datetime and refuse bad ones in Korean', () => {
    const course = k.services.courses!.create({ name: '코딩', fee: 1_234_000, openMonth: '2024-09' }, '홍길동').id;
    expect(k.stores.courses!.require(course)).toMatchObject({ fee: 1_234_000, openMonth: '2024-09' });
    const cls = k.services.classes!.create({ courseId: course, name: '1반', startsAt: '2024-09-02T14:30', dailyAt: '09:30' }, '홍길동').id;
    expect(k.stores.classes!.require(cls)).toMatchObject({ startsAt: '2024-09-02T14:30', dailyAt: '09:30', capacity: 20 });
    expect(refusal(() => k.services.courses!.create({ name: '한글', fee: -1 }, '홍길동'))).toMatch(/수강료는 0원 이상의 원 단위 금액으로 입력하세요/);
    expect(refusal(() => k.services.classes!.update(cls, { dailyAt: '25:00' }, '홍길동'))).toMatch(/수업 시각은 14:30 형식의 시각으로 입력하세요/);
  });

  it('refuse a natural-key duplicate like every register', () => {
    k.services.courses!.create({ name: '엑셀' }, '홍길동');
    expect(refusal(() => k.services.courses!.create({ name: '엑셀' }, '홍길동'))).toBe('같은 교육과정이 이미 있습니다: 엑셀');
  });
});

describe('a flat register through its derived operations', () => {
  it('creates, lists with link names, searches, exports and imports back, with no code of its own', async () => {
    await k.call('courses.create', { values: { name: '스마트폰 기초', fee: 30000, openMonth: '2024-09' } });
    const made = (await k.call('classes.create', { values: { courseId: '스마트폰 기초', name: '오전반', dailyAt: '09:30' } })) as { record: Record<string, unknown> };
    expect(made.record).toMatchObject({ name: '오전반', courseIdName: '스마트폰 기초', capacity: 20 });
    const list = (await k.call('classes.list', { includeDeleted: false })) as Array<Record<string, unknown>>;
    expect(list.map((r) => r.courseIdName)).toEqual(['스마트폰 기초']);
    expect(((await k.call('courses.search', { query: '스마트폰', limit: 10 })) as { total: number }).total).toBe(1);

    const file = (await k.call('classes.export', { format: 'csv' })) as { data: string; fileName: string };
    const text = Buffer.from(file.data, 'base64').toString('utf8');
    expect(text).toContain('과정,반 이름,개강 일시,수업 시각,정원');
    expect(text).toContain('스마트폰 기초,오전반,,09:30,20');
    // The same file into a fresh class name: the link is read back by its name.
    const again = Buffer.from(text.replace('오전반', '오후반').replace('09:30', '오후 2:00'), 'utf8').toString('base64');
    const report = (await k.call('classes.importCommit', { fileName: 'classes.csv', data: again })) as { toAdd: number; rejected: unknown[]; warnings: unknown[] };
    expect(report).toMatchObject({ toAdd: 1, rejected: [], warnings: [] });
    const names = ((await k.call('classes.list', { includeDeleted: false })) as Array<Record<string, unknown>>).map((r) => `${r.name} ${r.dailyAt} ${r.courseIdName}`);
    expect(names.sort()).toEqual(['오전반 09:30 스마트폰 기초', '오후반 14:00 스마트폰 기초']);
  });

  it('keeps history with Korean labels and refuses a parent delete through the operation', async () => {
    const course = ((await k.call('courses.create', { values: { name: '엑셀' } })) as { record: { id: string } }).record.id;
    const cls = ((await k.call('classes.create', { values: { courseId: course, name: '1반' } })) as { record: { id: string } }).record.id;
    await k.call('enrolments.create', { values: { classId: cls, applicant: '김민수' } });
    await k.call('classes.update', { id: cls, patch: { capacity: 25 } });
    const history = (await k.call('classes.history', { id: cls })) as Array<{ fieldLabel: string; oldValue: string; newValue: string }>;
    expect(history.find((h) => h.fieldLabel === '정원')).toMatchObject({ oldValue: '20', newValue: '25' });
    await expect(k.call('classes.delete', { ids: [cls] })).rejects.toThrow('이 반에 연결된 수강신청 1건이 있어 삭제할 수 없습니다');
  });
});
