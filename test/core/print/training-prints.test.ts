/**
 * 출석부, 수료증, 수강생 명단 of 스마트폰 기초 3기, read back with pdftotext as the trainer reads the
 * paper: names masked unless printed in full, every print refused without a reason and logged with
 * one, the marks and 출석률 right, sessions over pages with the names again, the certificate's text,
 * fonts embedded.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectKoreanError, failure, openTempCore, tempDir, type TempCore } from '../temp-core.ts';
import { fonts, pages, pdfText, printFixture, writePdf, type PrintFixture } from './training-fixture.ts';

let t: TempCore;
let out: ReturnType<typeof tempDir>;
let f: PrintFixture;
beforeEach(async () => {
  t = openTempCore('박강사');
  out = tempDir('gudesk-training-print-');
  f = await printFixture(t.core);
});
afterEach(() => {
  t.dispose();
  out.remove();
});

const printLog = async () => (await t.core.call('accessLog.list', { action: 'print' })).entries;
const REASON_REQUIRED = '인쇄 사유를 적어 주세요. 개인정보를 다루는 일은 사유와 함께 접속기록에 남습니다.';

describe('every training print needs a reason', () => {
  it('출석부 (masked or real), 수료증 and 명단 are refused without one or with a blank one, in Korean, leaving no log', async () => {
    await t.core.call('enrolments.update', { id: f.enrolments['김철용'], patch: { status: '수료' } });
    const ops = [
      ['training.printAttendance', { classId: f.classId }],
      ['training.printAttendance', { classId: f.classId, realNames: true }],
      ['training.printCertificates', { classId: f.classId }],
      ['training.printRoster', { classId: f.classId }],
    ] as const;
    for (const [op, input] of ops) {
      for (const reason of [undefined, '', '   ']) {
        const err = await failure(t.core, op, { ...input, ...(reason !== undefined && { reason }) } as never);
        expectKoreanError(err, 'invalid_input');
        expect(err.message, `${op} ${JSON.stringify(reason)}`).toBe(REASON_REQUIRED);
      }
    }
    expect(await printLog()).toEqual([]);
  });
});

describe('출석부', () => {
  it('prints trainees × sessions with marks and 출석률, names masked, the sessions over two pages with the names again', async () => {
    const file = await t.core.call('training.printAttendance', { classId: '스마트폰 기초 3기', reason: '교육장 출석 확인' });
    expect(file).toMatchObject({ fileName: '스마트폰 기초 3기_출석부.pdf', mimeType: 'application/pdf', rowCount: 3 });
    const pdf = writePdf(out.dir, 'attendance.pdf', file.data);
    const text = pdfText(pdf);
    expect(text).not.toMatch(/김철용|남궁민수|이준/);
    const [first, second, ...rest] = pages(pdfText(pdf, true));
    expect(rest).toEqual([]);
    expect(first).toContain('스마트폰 기초 3기 출석부 (1–16회차 / 전체 20회)');
    expect(first).toContain('교육장 구청 전산교육장 제1교육장');
    expect(first).toMatch(/기간 2024\. 9\. 2\. ~ 2024\. 9\. 27\. · 강사 박강사 · 수강생 3명 · 회차 20회/);
    expect(first).toContain('9. 2.');
    expect(first).toContain('9. 23.');
    expect(second).toContain('(17–20회차 / 전체 20회)');
    expect(second).toContain('9. 27.');
    expect(second).not.toContain('9. 2. ');
    // Each row: 연번, masked name, the marks in session order (first page), 출석률 on the last page.
    const row = (page: string, name: string) => page.split('\n').find((l) => l.includes(name))!.replace(/\s+/g, ' ').trim();
    expect(row(first!, '김*용')).toBe('1 김*용 ○ △ × ○ ○ ○ ○ ○ ○ ○ ○ ○ ○ ○ ○ ○');
    expect(row(first!, '남궁*수')).toBe('2 남궁*수 × ○ ○ × ○ ○ × ○ ○ × ○ ○ × ○ ○ ×');
    expect(row(first!, '이*')).toBe('3 이* 공 ○ ○ ○ ○ ○ ○ ○ ○ ○');
    const headerRow = (page: string) => page.split('\n').find((l) => l.includes('연번'))!;
    expect(headerRow(first!)).not.toContain('출석률');
    expect(headerRow(second!)).toContain('출석률');
    expect(row(second!, '김*용')).toBe('1 김*용 ○ ○ ○ ○ 95%');
    expect(row(second!, '남궁*수')).toBe('2 남궁*수 ○ ○ × ○ 65%');
    expect(row(second!, '이*')).toBe('3 이* 50%');
    // Even masked, the 출석부 tells who is in the class: the print is logged as one, not 실명.
    expect(await printLog()).toEqual([expect.objectContaining({ register: 'trainees', action: 'print', reason: '교육장 출석 확인', count: 3, actor: '박강사', field: '출석부 (스마트폰 기초 3기)' })]);

    expect(fonts(pdf).every((x) => x.embedded)).toBe(true);
    const shots = path.resolve('test-results', 'screenshots');
    mkdirSync(shots, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', pdf, path.join(shots, 'print-attendance-page1')]);
    expect(statSync(path.join(shots, 'print-attendance-page1.png')).size).toBeGreaterThan(10_000);
  });

  it("'실명으로 인쇄' prints the names and logs the print as 실명", async () => {

    const file = await t.core.call('training.printAttendance', { classId: f.classId, realNames: true, reason: '출석 확인 서명' });
    expect(file.fileName).toBe('스마트폰 기초 3기_출석부_실명.pdf');
    const text = pdfText(writePdf(out.dir, 'real.pdf', file.data));
    for (const name of ['김철용', '남궁민수', '이준']) expect(text).toContain(name);
    expect(text).not.toContain('이름은 가려 인쇄했습니다');
    expect(await printLog()).toEqual([expect.objectContaining({ register: 'trainees', action: 'print', reason: '출석 확인 서명', count: 3, actor: '박강사', field: '출석부 실명 (스마트폰 기초 3기)' })]);
  });

  it('many trainees: the rows go on over pages under the header row again', async () => {
    // Enrolled while still to come; then the dates it ran on (a class that has ended takes no new 수강).
    const next = new Date().getFullYear() + 1;
    const cls = (await t.core.call('classes.create', { values: { name: '키오스크 체험 1기', courseId: '스마트폰 기초', startOn: `${next}-10-01`, endOn: `${next}-10-02`, capacity: 60 } })).record;
    for (let i = 0; i < 45; i++) {
      const tr = (await t.core.call('trainees.create', { values: { name: `홍길${String.fromCharCode(0xac00 + i)}`, phone: `010-9000-${String(1000 + i)}` } })).record;
      await t.core.call('enrolments.create', { values: { classId: cls.id, traineeId: tr.id, appliedAt: `2024-09-20T${String(9 + Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}` } });
    }
    await t.core.call('classes.update', { id: cls.id, patch: { startOn: '2024-10-01', endOn: '2024-10-02' } });
    await t.core.call('sessions.create', { values: { classId: cls.id, heldOn: '2024-10-01' } });
    const file = await t.core.call('training.printAttendance', { classId: '키오스크 체험 1기', reason: '출석 확인' });
    const ps = pages(pdfText(writePdf(out.dir, 'many.pdf', file.data)));
    expect(ps.length).toBeGreaterThan(1);
    for (const p of ps) {
      expect(p).toContain('연번');
      expect(p).toContain('출석률');
    }
    expect(ps.join('\n')).toContain('45');
  });
});

describe('수료증', () => {
  it('is refused without a reason; with one, one page per 수료 in 명조 with name, 생년월일, 과정, 기간, number and issuer', async () => {
    await t.core.call('enrolments.update', { id: f.enrolments['김철용'], patch: { status: '수료' } });
    const refused = await failure(t.core, 'training.printCertificates', { classId: f.classId } as never);
    expectKoreanError(refused, 'invalid_input');
    expect(refused.message).toBe(REASON_REQUIRED);
    expect(await printLog()).toEqual([]);

    await t.core.call('settings.set', { key: 'certificateIssuer', value: '금천구청장' });
    const file = await t.core.call('training.printCertificates', { classId: '스마트폰 기초 3기', reason: '수료식' });
    expect(file).toMatchObject({ fileName: '스마트폰 기초 3기_수료증.pdf', rowCount: 1 });
    const pdf = writePdf(out.dir, 'cert.pdf', file.data);
    const ps = pages(pdfText(pdf));
    expect(ps.length).toBe(1);
    const flat = ps[0]!.replace(/\s+/g, ' ');
    expect(flat).toContain('수 료 증');
    expect(flat).toMatch(/제2024-000\d호/);
    expect(flat).toContain('김철용');
    expect(flat).toContain('1950. 5. 3.');
    expect(flat).toContain('스마트폰 기초');
    expect(flat).toContain('2024. 9. 2. ~ 2024. 9. 27.');
    expect(flat).toContain('24시간');
    expect(flat).toContain('2024. 9. 27.');
    expect(flat).toContain('금천구청장');
    expect(flat).not.toContain('남궁');
    const used = fonts(pdf);
    expect(used.some((x) => x.name.includes('NanumMyeongjo'))).toBe(true);
    expect(used.every((x) => x.embedded)).toBe(true);
    // No line ends inside a word: every line of the body is made of whole words.
    const words = new Set(['위', '사람은', '「스마트폰', '기초」(스마트폰', '기초', '3기)', '과정을', '성실히', '이수하였으므로', '이', '증서를', '수여합니다.']);
    const bodyLines = ps[0]!.split('\n').filter((l) => /사람은|이수|수여|과정을|증서/.test(l));
    expect(bodyLines.length).toBeGreaterThan(1);
    for (const l of bodyLines) for (const w of l.trim().split(/\s+/)) expect(words.has(w), `'${w}' in '${l}'`).toBe(true);
    expect(await printLog()).toEqual([expect.objectContaining({ register: 'trainees', action: 'print', reason: '수료식', count: 1, field: '수료증 (스마트폰 기초 3기)' })]);

    const shots = path.resolve('test-results', 'screenshots');
    mkdirSync(shots, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, path.join(shots, 'print-certificate')]);
    expect(statSync(path.join(shots, 'print-certificate.png')).size).toBeGreaterThan(10_000);
  });

  it("'수료 가능 포함' adds those whose 출석률 reaches the 수료 기준; the number stays the same on every print", async () => {
    await t.core.call('enrolments.update', { id: f.enrolments['남궁민수'], patch: { status: '수료' } });
    const cert = async (input: { includePassing?: boolean; enrolmentIds?: string[] }) => {
      const file = await t.core.call('training.printCertificates', { classId: f.classId, reason: '수료증 발급', ...input });
      return pages(pdfText(writePdf(out.dir, `c${Math.random()}.pdf`, file.data))).map((p) => p.replace(/\s+/g, ' '));
    };
    const only = await cert({});
    expect(only.length).toBe(1);
    expect(only[0]).toContain('남궁민수');
    const both = await cert({ includePassing: true }); // 김철용 95% ≥ 80%; 이준 50% is not
    expect(both.length).toBe(2);
    expect(both.join()).toContain('김철용');
    expect(both.join()).not.toContain('이준');
    const numberOf = (pagesText: string[], name: string) => /제\d{4}-\d{4}호/.exec(pagesText.find((p) => p.includes(name))!)![0];
    expect(numberOf(both, '남궁민수')).toBe(numberOf(only, '남궁민수'));
    expect(numberOf(both, '김철용')).not.toBe(numberOf(both, '남궁민수'));
    // A later enrolment elsewhere in 2024 does not move the numbers already given.
    const next = new Date().getFullYear() + 1;
    const other = (await t.core.call('classes.create', { values: { name: '스마트폰 기초 4기', courseId: '스마트폰 기초', startOn: `${next}-10-07`, endOn: `${next}-10-31` } })).record;
    const tr = (await t.core.call('trainees.create', { values: { name: '최예시' } })).record;
    await t.core.call('enrolments.create', { values: { classId: other.id, traineeId: tr.id, appliedAt: '2024-09-30T10:00' } });
    await t.core.call('classes.update', { id: other.id, patch: { startOn: '2024-10-07', endOn: '2024-10-31' } });
    const again = await cert({ enrolmentIds: [f.enrolments['남궁민수']] });
    expect(numberOf(again, '남궁민수')).toBe(numberOf(only, '남궁민수'));
    // Without an issuer set, the placeholder shows what to set.
    expect(only[0]).toContain('○○구청장');

    const none = await failure(t.core, 'training.printCertificates', { classId: f.classId, reason: '발급', enrolmentIds: [f.enrolments['이준']] });
    expect(none.message).toContain('수료자(또는 수료 가능)가 아니라');
  });
});

describe('수강생 명단', () => {
  it('lists the class by 신청일시 with 연번, masked names, 구분, 상태 and 신청일시, and logs the print', async () => {
    await t.core.call('enrolments.update', { id: f.enrolments['이준'], patch: { status: '취소' } });
    const file = await t.core.call('training.printRoster', { classId: '스마트폰 기초 3기', reason: '교육 안내 전화 명단' });
    expect(file).toMatchObject({ fileName: '스마트폰 기초 3기_수강생 명단.pdf', rowCount: 3 });
    expect(await printLog()).toEqual([expect.objectContaining({ register: 'trainees', action: 'print', reason: '교육 안내 전화 명단', count: 3, actor: '박강사', field: '수강생 명단 (스마트폰 기초 3기)' })]);
    const text = pdfText(writePdf(out.dir, 'roster.pdf', file.data), true);
    expect(text).toContain('스마트폰 기초 3기 수강생 명단');
    expect(text).not.toMatch(/김철용|남궁민수|이준/);
    const row = (name: string) => text.split('\n').find((l) => l.includes(name))!.replace(/\s+/g, ' ').trim();
    expect(row('김*용')).toBe('1 김*용 구민 수강 2024. 8. 20. 10:30');
    expect(row('남궁*수')).toBe('2 남궁*수 구민 수강 2024. 8. 21. 09:00');
    expect(row('이*')).toBe('3 이* 직원 취소 2024. 8. 22. 14:05');
  });

  it('refuses a class that does not exist, in Korean', async () => {
    const err = await failure(t.core, 'training.printRoster', { classId: '없는 반', reason: '확인' });
    expectKoreanError(err, 'not_found');
    expect(err.message).toBe('교육반 "없는 반"을(를) 찾을 수 없습니다. 반 이름이나 ID를 확인하세요.');
    expect(await printLog()).toEqual([]);
  });
});
