import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/errors.ts';
import { readTableFile, UNSUPPORTED_FILE, writeTableFile } from '../../../core/io/table-file.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

async function badFile(name: string, bytes: Uint8Array): Promise<AppError> {
  const err = await readTableFile(name, bytes).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  expect((err as AppError).code).toBe('bad_file');
  return err as AppError;
}

describe('readTableFile', () => {
  it('reads a CP949 CSV with Excel row numbers, skipping blank rows', async () => {
    const text = ' 제목 ,보도일자\r\n구청 축제,2024-09-02\r\n\r\n,\r\n"여러 줄\r\n요약",2024.9.3\r\n\r\n';
    const file = await readTableFile('보도.csv', new Uint8Array(iconv.encode(text, 'cp949')));
    expect(file.encoding).toBe('cp949');
    expect(file.headers).toEqual(['제목', '보도일자']);
    expect(file.rows).toEqual([['구청 축제', '2024-09-02'], ['여러 줄\r\n요약', '2024.9.3']]);
    expect(file.rowNumbers).toEqual([2, 5]);
    expect(file.firstDataRow).toBe(2);
  });

  it('finds the header below a title row', async () => {
    const file = await readTableFile('a.csv', utf8('\uFEFF\r\n2024년 언론보도 현황\r\n제목,보도일자\r\n가,2024-09-02\r\n'));
    expect(file.encoding).toBe('utf-8-bom');
    expect(file.headers).toEqual(['2024년 언론보도 현황']);
    // The first non-empty row is the header; mapping will then report the missing columns.
    expect(file.rowNumbers[0]).toBe(3);
  });

  it("reads Excel's tab-separated Unicode text (.txt)", async () => {
    const bytes = new Uint8Array(iconv.encode('제목\t매체명\r\n가\t나\r\n', 'utf-16le', { addBOM: true }));
    const file = await readTableFile('목록.txt', bytes);
    expect(file).toMatchObject({ encoding: 'utf-16le', headers: ['제목', '매체명'], rows: [['가', '나']] });
  });

  it('reads an XLSX even when renamed to .csv', async () => {
    const written = await writeTableFile('xlsx', '언론보도', ['보도일자', '제목'], [['2024-09-02', '축제']], ['date', 'text']);
    const file = await readTableFile('renamed.csv', written.data);
    expect(file).toMatchObject({ encoding: 'xlsx', headers: ['보도일자', '제목'], rowNumbers: [2] });
    expect(file.rows[0]).toEqual([new Date('2024-09-02T00:00:00Z'), '축제']);
  });

  it('refuses files that are not tables, in Korean', async () => {
    expect((await badFile('메모.txt', utf8('회의 메모입니다\n내일 보도자료 배포\n'))).message).toBe(UNSUPPORTED_FILE);
    expect((await badFile('문서.pdf', utf8('%PDF-1.7'))).message).toBe(UNSUPPORTED_FILE);
    const garbage = new Uint8Array(2048).map((_, i) => (i * 7919 + 13) % 256);
    expect((await badFile('data.csv', garbage)).message).toBe(UNSUPPORTED_FILE);
    expect((await badFile('broken.xlsx', utf8('not a zip'))).message).toMatch(/엑셀 파일을 읽을 수 없습니다/);
    expect((await badFile('zip.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).message).toMatch(/엑셀 파일을 읽을 수 없습니다/);
    expect((await badFile('old.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).message).toMatch(/xls/);
    expect((await badFile('web.xls', utf8('<html><table><tr><td>제목</td></tr></table></html>'))).message).toMatch(/HTML/);
    expect((await badFile('empty.csv', new Uint8Array())).message).toMatch(/빈 파일/);
    expect((await badFile('blank.csv', utf8('\r\n\r\n'))).message).toMatch(/내용이 없습니다/);
  });
});

describe('writeTableFile', () => {
  it('writes CSV as UTF-8 with BOM that imports back', async () => {
    const out = await writeTableFile('csv', '언론보도', ['제목', '보도일자'], [['-속보-', '2024-09-02']]);
    expect(out.extension).toBe('csv');
    expect(out.mimeType).toMatch(/^text\/csv/);
    expect([...out.data.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const back = await readTableFile('x.csv', out.data);
    expect(back.rows).toEqual([['-속보-', '2024-09-02']]);
  });

  it('writes XLSX with the spreadsheet MIME type', async () => {
    const out = await writeTableFile('xlsx', '보도자료', ['제목'], []);
    expect(out).toMatchObject({ extension: 'xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    expect(String.fromCharCode(out.data[0] ?? 0, out.data[1] ?? 0)).toBe('PK');
  });
});
