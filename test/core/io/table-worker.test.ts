/**
 * Spreadsheets are parsed in a worker thread with a memory limit: the result is the same as in
 * place, the caller's thread stays free meanwhile, and a file that needs more memory than the
 * limit ends the worker (not the process) with the Korean '파일이 너무 큽니다' refusal.
 */
import { describe, expect, it } from 'vitest';
import { readTableFile } from '../../../core/io/table-file.ts';
import { readTableFileInWorker } from '../../../core/io/table-worker.ts';
import { writeXlsx } from '../../../core/io/xlsx.ts';
import { toCsv } from '../../../core/io/csv.ts';

const headers = ['보도일자', '매체명', '제목', '요약', '면'];
const rows = (n: number) => Array.from({ length: n }, (_, i) => ['2024-09-02', '서울신문', `구청 소식 ${i}`, '요약 '.repeat(10), i + 1]);

describe('readTableFileInWorker', () => {
  it('reads a workbook exactly as the in-place reader does, dates included', async () => {
    const file = await writeXlsx('언론보도', headers, rows(50), ['date', 'text', 'text', 'longText', 'text']);
    const inWorker = await readTableFileInWorker('보도.xlsx', file);
    expect(inWorker).toEqual(await readTableFile('보도.xlsx', file));
    expect(inWorker.rows[0]?.[0]).toEqual(new Date('2024-09-02T00:00:00Z'));
    expect(inWorker.rows).toHaveLength(50);
  });

  it('reads a large CSV off the thread and keeps that thread answering meanwhile', async () => {
    const csv = new TextEncoder().encode(toCsv(headers, rows(60_000)));
    expect(csv.byteLength).toBeGreaterThan(1024 * 1024);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    const file = await readTableFileInWorker('보도.csv', csv);
    clearInterval(timer);
    expect(file.rows).toHaveLength(60_000);
    expect(file.rows[59_999]?.[2]).toBe('구청 소식 59999');
    expect(ticks).toBeGreaterThan(3);
  });

  it('refuses a file that needs more memory than the limit, in Korean, and the process lives on', async () => {
    const file = await writeXlsx('언론보도', headers, rows(20_000));
    await expect(readTableFileInWorker('보도.xlsx', file, { maxMemoryMb: 16 })).rejects.toMatchObject({
      code: 'bad_file',
      message: expect.stringMatching(/^파일이 너무 큽니다: 파일을 읽는 데 필요한 메모리가 한도\(16MB\)를 넘어/),
    });
    // The next file is read as usual.
    expect((await readTableFileInWorker('보도.xlsx', await writeXlsx('s', headers, rows(3)))).rows).toHaveLength(3);
  });

  it('passes the Korean refusals of the reader through unchanged', async () => {
    const html = new TextEncoder().encode('<html><table><tr><td>x</td></tr></table></html>'.repeat(30_000));
    await expect(readTableFileInWorker('보도.xls', html)).rejects.toMatchObject({ code: 'bad_file', message: expect.stringContaining('웹 페이지(HTML)') });
  });
});
