/**
 * 인쇄 of a personal register's list (수강생): the core refuses it without a reason, in Korean and
 * leaving no trace; with one it prints the masked texts and writes a 'print' entry (건수, 사유).
 * A list without personal data prints as before, unlogged.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectKoreanError, failure, openTempCore, tempDir, type TempCore } from '../temp-core.ts';
import { pdfText, writePdf } from './training-fixture.ts';

let t: TempCore;
let out: ReturnType<typeof tempDir>;
beforeEach(() => {
  t = openTempCore('김담당');
  out = tempDir('gudesk-print-reason-');
});
afterEach(() => {
  t.dispose();
  out.remove();
});

const traineesList = { title: '수강생 목록', columns: [{ label: '이름', width: 100 }, { label: '연락처', width: 120 }], rows: [['김*용', '010-1234-****'], ['이*', '010-4444-****']], fileStem: '수강생_인쇄', register: 'trainees' };

describe('print.list of a register with personal data', () => {
  it('is refused without a reason and logs nothing', async () => {
    for (const reason of [undefined, '   ']) {
      const err = await failure(t.core, 'print.list', { ...traineesList, ...(reason !== undefined && { reason }) });
      expectKoreanError(err, 'invalid_input');
      expect(err.message).toBe('인쇄 사유를 적어 주세요. 개인정보를 다루는 일은 사유와 함께 접속기록에 남습니다.');
    }
    expect((await t.core.call('accessLog.list', {})).entries).toEqual([]);
  });

  it('prints with a reason, masked as sent, and logs the count and the reason', async () => {
    const file = await t.core.call('print.list', { ...traineesList, reason: '교육 안내 전화 명단' });
    expect(file.rowCount).toBe(2);
    const text = pdfText(writePdf(out.dir, 'trainees.pdf', file.data));
    expect(text).toContain('김*용');
    expect(text).toContain('010-1234-****');
    const [entry, ...rest] = (await t.core.call('accessLog.list', {})).entries;
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({ register: 'trainees', action: 'print', reason: '교육 안내 전화 명단', count: 2, actor: '김담당' });
  });

  it('a name sent in full is printed masked all the same', async () => {
    const file = await t.core.call('print.list', { ...traineesList, rows: [['김철용', '010-1234-****']], reason: '확인' });
    const text = pdfText(writePdf(out.dir, 'full.pdf', file.data));
    expect(text).toContain('김*용');
    expect(text).not.toContain('김철용');
  });

  it('a list without personal data needs no reason and is not logged; an unknown register is refused', async () => {
    const file = await t.core.call('print.list', { ...traineesList, register: 'clippings', title: '언론보도 목록' });
    expect(file.rowCount).toBe(2);
    expect((await t.core.call('accessLog.list', {})).entries).toEqual([]);
    const err = await failure(t.core, 'print.list', { ...traineesList, register: 'nothing' });
    expect(err.message).toBe('알 수 없는 대장입니다: nothing');
  });
});

describe('the training prints say it in the same words', () => {
  it('a 수강생 명단 without a reason is refused with the message of print.list', async () => {
    const err = await failure(t.core, 'training.printRoster', { classId: '아무 반' } as never);
    expect(err.message).toBe('인쇄 사유를 적어 주세요. 개인정보를 다루는 일은 사유와 함께 접속기록에 남습니다.');
    expect((await t.core.call('accessLog.list', {})).entries).toEqual([]);
  });
});
