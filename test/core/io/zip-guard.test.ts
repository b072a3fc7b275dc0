/**
 * Zip bombs are refused before anything is unpacked, with '파일이 너무 큽니다' and the limit,
 * quickly and in a little memory; a directory that lies about sizes is caught as well.
 * Real workbooks (exceljs's own output) pass untouched.
 */
import { crc32, deflateRawSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { readTableFile } from '../../../core/io/table-file.ts';
import { readTableFileInWorker } from '../../../core/io/table-worker.ts';
import { writeXlsx } from '../../../core/io/xlsx.ts';
import { checkZipDirectory, readZipDirectory } from '../../../core/io/zip-guard.ts';
import { unzipEntries, zipEntries } from './zip-fixture.ts';

const headers = ['보도일자', '매체명', '제목'];
let workbook: Uint8Array;

/** The workbook with its shared strings replaced by `expanded` bytes of one repeated string. */
function withHugeSharedStrings(expanded: number): Uint8Array {
  const open = Buffer.from('<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>');
  const close = Buffer.from('</t></si></sst>');
  const text = Buffer.alloc(expanded - open.byteLength - close.byteLength, '가나다라');
  const data = Buffer.concat([open, text, close]);
  const parts = unzipEntries(workbook).filter((e) => e.name !== 'xl/sharedStrings.xml');
  return zipEntries([...parts, { name: 'xl/sharedStrings.xml', data, compressed: deflateRawSync(data, { level: 9 }), crc: crc32(data) }]);
}

beforeAll(async () => {
  workbook = await writeXlsx('언론보도', headers, [['2024-09-02', '서울신문', '구청 축제']]);
});

describe('zip guard', () => {
  it('lists the parts of a real workbook from its central directory', () => {
    const names = readZipDirectory(workbook).map((e) => e.name);
    expect(names).toContain('xl/workbook.xml');
    expect(names.some((n) => n.startsWith('xl/worksheets/'))).toBe(true);
    expect(() => checkZipDirectory(workbook)).not.toThrow();
  });

  it('refuses a 190 MB shared-strings bomb in a small file at once, naming the limit', async () => {
    const bomb = withHugeSharedStrings(190 * 1024 * 1024);
    expect(bomb.byteLength).toBeLessThan(1024 * 1024);
    const started = performance.now();
    const refusal = readTableFileInWorker('보도.xlsx', bomb);
    await expect(refusal).rejects.toMatchObject({ code: 'bad_file', message: expect.stringMatching(/^파일이 너무 큽니다: .*100MB/) });
    // Refused from the zip directory, before inflating (17 s and 1.3 GB before); generous for a loaded machine.
    expect(performance.now() - started).toBeLessThan(5000);
    // Read in place too (the worker's own path), the same refusal.
    await expect(readTableFile('보도.xlsx', bomb)).rejects.toThrow(/파일이 너무 큽니다/);
  });

  it('refuses a part that expands more than a hundredfold even below the total limit', async () => {
    const bomb = withHugeSharedStrings(20 * 1024 * 1024);
    await expect(readTableFileInWorker('보도.xlsx', bomb)).rejects.toThrow(/파일이 너무 큽니다: 파일 안의 xl\/sharedStrings.xml 부분이 .*배로 늘어나/);
  });

  it('catches a directory that claims a small size for a huge part', async () => {
    const data = Buffer.alloc(30 * 1024 * 1024, 'A');
    const parts = unzipEntries(workbook).filter((e) => e.name !== 'xl/sharedStrings.xml');
    const liar = zipEntries([...parts, { name: 'xl/sharedStrings.xml', data, declaredSize: 2000 }]);
    expect(() => checkZipDirectory(liar)).not.toThrow();
    await expect(readTableFile('보도.xlsx', liar)).rejects.toThrow(/파일이 너무 큽니다: 파일 안의 xl\/sharedStrings.xml 부분이 적혀 있는 크기보다/);
    await expect(readTableFileInWorker('보도.xlsx', liar)).rejects.toThrow(/파일이 너무 큽니다/);
  });

  it('calls a zip with a broken directory unreadable, in Korean', async () => {
    const cut = workbook.subarray(0, workbook.byteLength - 30);
    await expect(readTableFileInWorker('보도.xlsx', cut)).rejects.toMatchObject({
      code: 'bad_file',
      message: '엑셀 파일을 읽을 수 없습니다: 파일이 손상되었거나 엑셀(xlsx) 형식이 아닙니다.',
    });
  });
});
