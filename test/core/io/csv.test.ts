import { describe, expect, it } from 'vitest';
import { detectDelimiter, guardCell, parseCsv, restoreCell, toCsv } from '../../../core/io/csv.ts';

describe('parseCsv', () => {
  it('keeps commas, quotes and line breaks inside quoted cells; one record per Excel row', () => {
    const text = '제목,요약\r\n"구청, 청년 지원","첫 줄\r\n둘째 줄 ""인용"""\r\n\r\n축제,끝\r\n\r\n\r\n';
    expect(parseCsv(text)).toEqual([['제목', '요약'], ['구청, 청년 지원', '첫 줄\r\n둘째 줄 "인용"'], [''], ['축제', '끝'], [''], ['']]);
  });

  it('detects tab- and semicolon-separated files from the header line', () => {
    expect(detectDelimiter('제목\t매체명\r\n가, 나\t다\r\n')).toBe('\t');
    expect(detectDelimiter('제목;매체명\n')).toBe(';');
    expect(detectDelimiter('"a\tb",c\n')).toBe(',');
    expect(parseCsv('제목\t매체명\r\n가, 나\t다\r\n')).toEqual([['제목', '매체명'], ['가, 나', '다']]);
  });

  it('accepts quotes inside unquoted cells, as hand-made files have them', () => {
    expect(parseCsv('제목\n구청 "청년" 지원\n')).toEqual([['제목'], ['구청 "청년" 지원']]);
  });

  it('rejects an unclosed quote with a Korean message', () => {
    expect(() => parseCsv('제목,요약\n가,"닫히지 않음\n')).toThrow(/CSV 파일을 읽을 수 없습니다/);
  });
});

describe('formula injection', () => {
  const dangerous = ['=HYPERLINK("http://evil","클릭")', '+1+2', '-속보-', '@SUM(A1)', '\t=1', '\r=1', "'=이미 따옴표", "''=둘"];

  it('prefixes every text cell Excel could run as a formula, and leaves numbers and dates alone', () => {
    for (const text of dangerous) expect(guardCell(text)).toBe(`'${text}`);
    for (const text of ['-3', '+82', '-1.5', '2024-09-02', '일반 제목', "'90년대", '']) expect(guardCell(text)).toBe(text);
  });

  it('exported CSV opens safely and imports back unchanged', () => {
    const rows = dangerous.map((t, i) => [t, i - 3, '-3']);
    const csv = toCsv(['제목', '번호', '증감'], rows);
    expect(csv.startsWith('\uFEFF제목,번호,증감\r\n')).toBe(true);
    for (const line of csv.slice(1).split('\r\n').slice(1, -1)) expect(line).not.toMatch(/^"?[=+\-@\t\r]/);
    const back = parseCsv(csv.slice(1));
    expect(back.slice(1)).toEqual(rows.map(([t, n]) => [t, String(n), '-3']));
  });

  it("strips only the export's apostrophe", () => {
    expect(restoreCell("'-속보-")).toBe('-속보-');
    expect(restoreCell("'90년대")).toBe("'90년대");
    expect(restoreCell("'-3")).toBe("'-3");
  });
});
