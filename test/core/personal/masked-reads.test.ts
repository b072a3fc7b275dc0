import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openKernelFixture, type KernelFixture } from '../records/kernel-fixture.ts';
import { accessLogRepository } from '../../../core/personal/access-log.ts';
import { revealValue } from '../../../core/personal/masked-reads.ts';
import { definitionFieldsProblem } from '../../../shared/sync/validate-change.ts';

let k: KernelFixture;
let enrolmentId: string;
const RAW = ['김철용', '010-1234-5678', '시각장애'];

beforeEach(async () => {
  k = openKernelFixture();
  const course = (await k.call('courses.create', { values: { name: '스마트폰 기초' } })) as { record: { id: string } };
  const cls = (await k.call('classes.create', { values: { courseId: course.record.id, name: '1기' } })) as { record: { id: string } };
  const made = (await k.call('enrolments.create', { values: { classId: cls.record.id, applicant: '김철용', phone: '010-1234-5678', disability: '시각장애' } })) as {
    record: Record<string, unknown>;
  };
  enrolmentId = String(made.record.id);
  expect(made.record.applicant).toBe('김*용');
});
afterEach(() => k.dispose());

const holdsRaw = (value: unknown) => RAW.some((raw) => JSON.stringify(value).includes(raw));
const log = () => accessLogRepository(k.db).list({ limit: 100, offset: 0 }).entries;

describe('a register with personal fields, as every screen and the CLI read it', () => {
  it('returns names, phones and sensitive values masked from list, page, get, search, history and trash', async () => {
    const outputs = [
      await k.call('enrolments.list', { includeDeleted: false }),
      await k.call('enrolments.page', {}),
      await k.call('enrolments.get', { id: enrolmentId }),
      await k.call('enrolments.search', { query: '김철용', limit: 10 }),
    ];
    for (const out of outputs) expect(holdsRaw(out)).toBe(false);
    const rec = (await k.call('enrolments.get', { id: enrolmentId })) as Record<string, unknown>;
    expect(rec).toMatchObject({ applicant: '김*용', phone: '010-1234-****', disability: '●●●' });
    await k.call('enrolments.update', { id: enrolmentId, patch: { phone: '010-9999-8888' } });
    expect(holdsRaw(await k.call('enrolments.history', { id: enrolmentId }))).toBe(false);
    expect(JSON.stringify(await k.call('enrolments.history', { id: enrolmentId }))).not.toContain('9999-8888');
    await k.call('enrolments.delete', { ids: [enrolmentId] });
    expect(holdsRaw(await k.call('enrolments.trash', { query: '', limit: 10 }))).toBe(false);
  });

  it('logs every opening of a record, with the person masked', async () => {
    await k.call('enrolments.get', { id: enrolmentId });
    expect(log()).toMatchObject([{ action: 'open', register: 'enrolments', recordId: enrolmentId, person: '김*용' }]);
  });

  it('reveals one value only with a reason, and logs which field and why', () => {
    const d = { spec: k.stores.enrolments!.spec, accessLog: accessLogRepository(k.db), get: (id: string) => k.stores.enrolments!.get(id) };
    expect(() => revealValue(d, enrolmentId, 'phone', '  ', '홍길동')).toThrow('사유를 적어 주세요');
    expect(log()).toHaveLength(0);
    expect(revealValue(d, enrolmentId, 'phone', '수료 안내 전화', '홍길동')).toEqual({ value: '010-1234-5678' });
    expect(log()).toMatchObject([{ action: 'reveal', field: '연락처', reason: '수료 안내 전화', person: '김*용', actor: '홍길동' }]);
    expect(() => revealValue(d, enrolmentId, 'status', '왜', '홍길동')).toThrow('가려진 개인정보가 아닙니다');
  });

  it('exports masked files only with a reason, logging how many records went out', async () => {
    await expect(k.call('enrolments.export', { format: 'csv' })).rejects.toThrow('내보내기 사유');
    const file = (await k.call('enrolments.export', { format: 'csv', reason: '수강생 명단 제출' })) as { data: string };
    expect(holdsRaw(Buffer.from(file.data, 'base64').toString('utf8'))).toBe(false);
    expect(log()).toMatchObject([{ action: 'export', reason: '수강생 명단 제출', count: 1 }]);
  });

  it('keeps the real value when a form or paste sends back the masked one', async () => {
    await k.call('enrolments.update', { id: enrolmentId, patch: { applicant: '김*용', phone: '010-1234-****', note: '서류 확인' } });
    const stored = k.stores.enrolments!.get(enrolmentId)!;
    expect(stored).toMatchObject({ applicant: '김철용', phone: '010-1234-5678', note: '서류 확인' });
  });
});

describe('주민등록번호 in a register with personal fields', () => {
  const rrn = '주민번호 900503-1234567 확인';
  it('is refused in every field on create, patch and paste, naming the field, and changes nothing', async () => {
    const cls = k.stores.classes!;
    const classId = String(k.db.prepare(`SELECT id FROM ${cls.spec.table}`).pluck().get());
    await expect(k.call('enrolments.create', { values: { classId, applicant: '이준', note: rrn } })).rejects.toThrow('비고에 주민등록번호');
    await expect(k.call('enrolments.update', { id: enrolmentId, patch: { phone: '9005031234567' } })).rejects.toThrow('연락처에 주민등록번호');
    const pasted = (await k.call('enrolments.updateMany', { changes: [{ id: enrolmentId, patch: { note: rrn } }] })) as { refused: Array<{ message: string }> };
    expect(pasted.refused[0]!.message).toContain('비고에 주민등록번호');
    expect(k.stores.enrolments!.get(enrolmentId)).toMatchObject({ phone: '010-1234-5678', note: '' });
  });

  it('is set aside when pulled by sync, with the Korean reason naming the field', () => {
    expect(definitionFieldsProblem(k.stores.enrolments!.spec, { note: rrn })?.message).toContain('비고에 주민등록번호');
    expect(definitionFieldsProblem(k.stores.courses!.spec, { name: rrn })).toBeUndefined();
  });
});
