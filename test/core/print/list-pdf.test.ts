/**
 * 인쇄 (PDF): the list comes out on A4 landscape with its title, a header row on every page,
 * every row with its 연번, page numbers, and Korean words never split across lines — read back
 * with pdftotext as a clerk would read the paper.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keepWords } from '../../../core/print/keep-words.ts';
import { pageWidths } from '../../../core/print/list-pdf.ts';
import { expectKoreanError, failure, fromBase64, openTempCore, tempDir, type TempCore } from '../temp-core.ts';

let t: TempCore;
let out: ReturnType<typeof tempDir>;
beforeEach(() => {
  t = openTempCore();
  out = tempDir('gudesk-print-');
});
afterEach(() => {
  t.dispose();
  out.remove();
});

const WORDS = ['금천구', '일자리경제과', '청년', '창업', '지원', '확대', '발표', '가산디지털단지', '축제', '개막', '주민', '참여', '프로그램', '운영', '안내', '문화체육과', '도시계획과'];
/** Deterministic rows of Korean words, long enough to wrap several times in narrow columns. */
function rows(n: number): string[][] {
  return Array.from({ length: n }, (_, i) => {
    const pick = (k: number, len: number) => Array.from({ length: len }, (_x, j) => WORDS[(i * 7 + k * 3 + j * 5) % WORDS.length]).join(' ');
    return [`2024. 9. ${(i % 28) + 1}.`, pick(1, 2), `${pick(2, 14)} 기사${i + 1}`, pick(3, 3), pick(4, 6)];
  });
}
const columns = [
  { label: '보도일자', width: 110 },
  { label: '매체명', width: 90 },
  { label: '제목', width: 300 },
  { label: '관련부서', width: 80 },
  { label: '요약', width: 140 },
];

function pdfText(data: string, name: string, args: string[] = []): string {
  const file = path.join(out.dir, name);
  writeFileSync(file, fromBase64(data));
  return execFileSync('pdftotext', [...args, file, '-'], { encoding: 'utf8' });
}

describe('print.list', () => {
  it('prints title, date, header row on every page, all rows with 연번 and page numbers', async () => {
    const data = rows(120);
    const file = await t.core.call('print.list', {
      title: '언론보도 목록',
      description: '논조: 긍정 · 검색어 "청년"',
      columns,
      rows: data,
      fileStem: '언론보도_현재 목록_2024년 9월 2일',
      register: 'clippings',
    });
    expect(file).toMatchObject({ fileName: '언론보도_현재 목록_2024년 9월 2일.pdf', mimeType: 'application/pdf', rowCount: 120 });
    const text = pdfText(file.data, 'list.pdf');
    const pages = text.split('\f').filter((p) => p.trim() !== '');
    expect(pages.length).toBeGreaterThan(2);
    expect(pages[0]).toContain('언론보도 목록');
    expect(pages[0]).toMatch(/논조: 긍정 · 검색어 "청년" · 120건 · 인쇄일 \d{4}\. \d{1,2}\. \d{1,2}\./);
    pages.forEach((page, i) => {
      expect(page, `page ${i + 1} header`).toContain('연번');
      expect(page, `page ${i + 1} header`).toContain('관련부서');
      expect(page).toMatch(new RegExp(`-\\s*${i + 1}\\s*-`)); // '- 1 -'
    });
    // Every row is there once, in order, with its serial number.
    const flat = text.replace(/\s+/g, ' ');
    let at = 0;
    for (let i = 0; i < data.length; i++) {
      const next = flat.indexOf(`기사${i + 1} `, at);
      expect(next, `row ${i + 1}`).toBeGreaterThan(-1);
      at = next;
    }
    expect(flat).not.toContain('기사121');

    // Page 1 as an image, to look at (test-results/screenshots/print-list-page1.png).
    const shots = path.resolve('test-results', 'screenshots');
    mkdirSync(shots, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', path.join(out.dir, 'list.pdf'), path.join(shots, 'print-list-page1')]);
    expect(statSync(path.join(shots, 'print-list-page1.png')).size).toBeGreaterThan(20_000);
  });

  it('never ends a line inside a Korean word (narrow columns, long titles)', async () => {
    const data = rows(40);
    const file = await t.core.call('print.list', { title: '일자리경제과 보도 목록', description: '', columns, rows: data, fileStem: 'x', register: 'clippings' });
    const text = pdfText(file.data, 'words.pdf');
    const allowed = new Set([...WORDS, '연번', '보도일자', '매체명', '제목', '관련부서', '요약', '일자리경제과', '보도', '목록', '인쇄일', '·', '-']);
    const broken: string[] = [];
    for (const line of text.split(/\n|\f/)) {
      for (const token of line.trim().split(/\s+/)) {
        if (token === '' || /^-\d+-$/.test(token) || /^[\d.,건]+$/.test(token) || /^기사\d+$/.test(token) || /^\d+건$/.test(token)) continue;
        if (!allowed.has(token)) broken.push(token);
      }
    }
    expect(broken).toEqual([]);
    // pdftotext's line ends are the PDF's: the long titles did wrap (so the test tested wrapping).
    expect(text.split('\n').filter((l) => l.includes('기사')).length).toBeGreaterThan(0);
    const titleLines = text.split('\n').filter((l) => WORDS.some((w) => l.trim() === w));
    expect(titleLines.length + text.split('\n').length).toBeGreaterThan(data.length * 2);
  });

  it('an over-long word may break rather than run off the page; short words never do', () => {
    expect(keepWords('금천구 일자리경제과')).toEqual([{ text: '금천구', noWrap: true }, { text: ' ' }, { text: '일자리경제과', noWrap: true }]);
    const url = 'https://news.example.com/articles/2024/09/02/very-long-path';
    expect(keepWords(url)).toEqual([{ text: url }]);
    expect(keepWords('첫 줄\n둘째')).toEqual([{ text: '첫', noWrap: true }, { text: ' ' }, { text: '줄', noWrap: true }, { text: '\n' }, { text: '둘째', noWrap: true }]);
  });

  it('a printed date is one word, and its column is at least as wide as the date (2024. 11. 30. never splits)', async () => {
    expect(keepWords('2024. 11. 30.')).toEqual([{ text: '2024. 11. 30.', noWrap: true }]);
    expect(keepWords('배포 2024. 9. 2. 오전')).toEqual([{ text: '배포', noWrap: true }, { text: ' ' }, { text: '2024. 9. 2.', noWrap: true }, { text: ' ' }, { text: '오전', noWrap: true }]);
    // 보도일자 narrow on screen beside a very wide 제목: the date still fits, the title gives way.
    const columns = [{ label: '보도일자', width: 60 }, { label: '제목', width: 2000 }, { label: '관련부서', width: 40 }];
    const data = [['2024. 11. 30.', '긴 제목', '일자리경제과']];
    const [date, title, dept] = pageWidths(columns, data);
    expect(date).toBeGreaterThanOrEqual(50);
    expect(dept).toBeGreaterThanOrEqual(47);
    expect(date! + title! + dept!).toBeLessThanOrEqual(842 - 56 - 30 - 24);

    const file = await t.core.call('print.list', { title: '언론보도', columns, rows: Array.from({ length: 30 }, () => data[0]!), fileStem: '날짜', register: 'clippings' });
    const pdf = path.join(out.dir, file.fileName);
    writeFileSync(pdf, fromBase64(file.data));
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text.match(/2024\. 11\. 30\./g)?.length).toBe(30);
  });

  it('refuses more rows than a print can hold, in Korean', async () => {
    const many = Array.from({ length: 2001 }, () => ['a']);
    const err = await failure(t.core, 'print.list', { title: '언론보도', columns: [{ label: 'a', width: 10 }], rows: many, fileStem: 'x', register: 'clippings' });
    expectKoreanError(err, 'invalid_input');
    expect(err.message).toContain('2,000건');
  });
});
