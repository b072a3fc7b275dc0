/**
 * Import through the API meets a zip bomb the way a clerk would: the preview answers at once with
 * '파일이 너무 큽니다' and the limit (not the misleading '필수 열이 없습니다' after 17 seconds),
 * nothing is written, and a real workbook imports right after.
 */
import { crc32, deflateRawSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeXlsx } from '../../../core/io/xlsx.ts';
import { unzipEntries, zipEntries } from '../io/zip-fixture.ts';
import { base64, expectKoreanError, failure, openTempCore, type TempCore } from '../temp-core.ts';

let t: TempCore;
beforeEach(() => {
  t = openTempCore();
});
afterEach(() => t.dispose());

const headers = ['보도일자', '매체명', '제목'];

describe('importing a file too big to be real', () => {
  it('refuses a small XLSX that expands to 190 MB of shared strings, quickly, and keeps the register as it was', async () => {
    const real = await writeXlsx('언론보도', headers, [['2024-09-02', '서울신문', '구청 축제']]);
    const strings = Buffer.concat([Buffer.from('<sst><si><t>'), Buffer.alloc(190 * 1024 * 1024, '보도'), Buffer.from('</t></si></sst>')]);
    const bomb = zipEntries([
      ...unzipEntries(real).filter((e) => e.name !== 'xl/sharedStrings.xml'),
      { name: 'xl/sharedStrings.xml', data: strings, compressed: deflateRawSync(strings, { level: 9 }), crc: crc32(strings) },
    ]);
    const started = performance.now();
    const error = await failure(t.core, 'clippings.importPreview', { fileName: '언론보도.xlsx', data: base64(bomb) });
    expect(performance.now() - started).toBeLessThan(5000); // 17 s before; generous for a loaded machine
    expectKoreanError(error, 'bad_file');
    expect(error.message).toMatch(/^파일이 너무 큽니다: 압축을 풀면 190MB가 되어 가져올 수 있는 한도 100MB를 넘습니다/);
    await expect(failure(t.core, 'clippings.importCommit', { fileName: '언론보도.xlsx', data: base64(bomb) })).resolves.toMatchObject({ code: 'bad_file' });
    expect(await t.core.call('clippings.list', {})).toEqual([]);

    const report = await t.core.call('clippings.importCommit', { fileName: '언론보도.xlsx', data: base64(real) });
    expect(report.toAdd).toBe(1);
  });
});
