/**
 * Bad input typed into the council registers still gives a readable report, and `problems` names
 * what to fix: a project whose 소요예산 form promises amounts it does not have, an empty register,
 * a 200-character title, a typed table of 14 columns (printed smaller so it stays on the paper),
 * a 부서 현황 with no 인력 rows. Through the registers and the `report.council` op, read back from
 * the PDF and from the DOCX as LibreOffice prints it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { koreaToday } from '../../../core/training/korea-today.ts';
import { openTempCore, type TempCore } from '../temp-core.ts';
import { docxToPdf, pdfPages, wordsBrokenAtLineEnds } from './pdf-text.ts';
import { squeezedLines, wordBoxes } from './report-pages.ts';

let t: TempCore;
beforeEach(() => {
  t = openTempCore('홍길동');
});
afterEach(() => t.dispose());

const today = koreaToday();
const year = Number(today.slice(0, 4));
const report = async (format: 'pdf' | 'docx') => {
  const r = await t.core.call('report.council', { type: '보고', year, asOf: today, format });
  const data = Buffer.from(r.data, 'base64');
  const pdf = format === 'pdf' ? data : docxToPdf(data);
  return { problems: r.problems, pdf, pages: pdfPages(pdf) };
};
const squeeze = (s: string) => s.replace(/\s+/g, '');

const LONG_TITLE = '디지털 정보 격차 해소를 위한 찾아가는 스마트 교육과 주민 참여형 온라인 소통 채널 확대 운영 '.repeat(5).slice(0, 200).trim();
const MONTHS = Array.from({ length: 12 }, (_x, i) => `${i + 1}월`);
const WIDE = ['구분', ...MONTHS, '계'];
const WIDE_ROWS = [['구비', ...MONTHS.map((_m, i) => (1_234_560 + i).toLocaleString('en-US')), '14,814,786'], ['시비', ...MONTHS.map(() => '-'), '-']];
const WIDE_TEXT = ['(단위 : 천원)', `| ${WIDE.join(' | ')} |`, ...WIDE_ROWS.map((r) => `| ${r.join(' | ')} |`)].join('\n');

/** Rows the pages must show each on one line, nothing past the right margin (LibreOffice sets figures apart: compare without spaces). */
function staysOnPaper(pdf: Buffer, pages: readonly string[], rightMargin: number, rows: readonly string[][]) {
  for (const p of wordBoxes(pdf)) expect(p.words.filter((w) => w.xMax > p.width - rightMargin + 1).map((w) => w.text)).toEqual([]);
  const lines = squeezedLines(pages);
  for (const row of rows) expect(lines, row.join(' ')).toContain(row.join(''));
}

describe('council report from bad register input', () => {
  it('is readable and names what to fix', async () => {
    const profile = (await t.core.call('profiles.create', { values: { asOf: `${year}-01-01`, office: '예시구', department: '홍보전산과' } })).record;
    await t.core.call('divisions.create', { values: { profileId: profile.id, name: '홍보팀', position: 1, duties: '구정 홍보' } });
    const long = (await t.core.call('projects.create', { values: { year, position: 1, name: LONG_TITLE, team: '홍보팀', budgetForm: '예산액·집행액' } })).record;
    await t.core.call('blocks.create', { values: { projectId: long.id, title: '사업개요', position: 1, body: '- 찾아가는 스마트 교육' } });
    const plan = (await t.core.call('projects.create', { values: { year, position: 2, name: '정보통신장비 구매 설치', team: '정보통신팀', budgetForm: '재원별·연차별' } })).record;
    await t.core.call('blocks.create', { values: { projectId: plan.id, title: '추진계획', position: 1, body: `- 월별 집행 계획\n${WIDE_TEXT}` } });

    for (const format of ['pdf', 'docx'] as const) {
      const r = await report(format);
      expect(r.problems, format).toEqual([
        `일반현황 · 인력: ${year}. 1. 1. 부서 현황에 인력(직급별 정원·현원) 행이 없습니다.`,
        `① ${LONG_TITLE}: 소요예산의 예산액이 없습니다: 예산액을 입력하거나 소요예산 형식을 '없음'으로 바꾸세요.`,
        "② 정보통신장비 구매 설치: 소요예산(재원별·연차별) 행이 없습니다: 재원·연도별 금액을 입력하거나 소요예산 형식을 '없음'으로 바꾸세요.",
      ]);
      const text = squeeze(r.pages.join('\n'));
      for (const shown of ['인력 현황 자료가 없습니다.', `① ${LONG_TITLE}`, '소요예산 : 〔확인 필요: 금액 없음〕', '월별 집행 계획']) expect(text, `${format}: ${shown}`).toContain(squeeze(shown));
      const words = new Set([...LONG_TITLE.split(' '), '찾아가는', '스마트', '교육']);
      expect(wordsBrokenAtLineEnds(r.pages, words), format).toEqual([]);
      // The 14 columns: every header and amount whole, none past the right margin (20 mm).
      staysOnPaper(r.pdf, r.pages, 56, [WIDE, ...WIDE_ROWS]);
    }
  }, 120_000);

  it('with empty registers: a report saying what is missing, and both missing parts named', async () => {
    for (const format of ['pdf', 'docx'] as const) {
      const r = await report(format);
      expect(r.problems).toEqual([
        '일반현황: 부서 현황(기준일별)을 입력하세요: 조직, 인력, 주요시설 및 장비, 예산현황이 여기에 들어갑니다.',
        `주요사업: ${year}년 주요사업이 없습니다: 보고할 사업을 등록하세요.`,
      ]);
      const text = squeeze(r.pages.join('\n'));
      expect(text).toContain(squeeze('부서 현황 자료가 없습니다.'));
      expect(text).toContain(squeeze('II. 주요업무 추진실적'));
    }
  }, 120_000);
});
