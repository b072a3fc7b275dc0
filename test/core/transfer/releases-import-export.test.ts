/**
 * 보도자료 import and export through the API: 사진 포함 read from the marks clerks use, rows named
 * by Excel row number, re-import adding nothing, undo of the import, CSV and XLSX round trips.
 */
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../core/api/core-types.ts';
import type { Release } from '../../../shared/domain/release.ts';
import { base64, fromBase64, openTempCore, type TempCore } from '../temp-core.ts';

let t: TempCore;
let core: Core;
const others: TempCore[] = [];
beforeEach(() => {
  t = openTempCore();
  core = t.core;
});
afterEach(() => {
  t.dispose();
  for (const o of others.splice(0)) o.dispose();
});

const visible = (rows: Release[]) =>
  rows.map((r) => ({ distributedOn: r.distributedOn, title: r.title, department: r.department, contact: r.contact, hasPhoto: r.hasPhoto })).sort((a, b) => a.title.localeCompare(b.title));

const FILE = [
  '사진,담당자,제목,배포일자,부서',
  'O,김담당,청년 창업 지원 확대,2024. 9. 2.,일자리정책과',
  '예,이담당,금천 하모니 축제,2024.9.3,문화체육과',
  ',,구청장 현장 소통,45538,',
  '모름,,사진 표시가 틀린 행,2024-09-04,',
  'X,,날짜 없는 행,,',
  '아니오,박담당,청년 창업 지원 확대,2024-09-02,중복 행',
].join('\r\n');

describe('releases import', () => {
  it('preview writes nothing and names rejected rows; commit adds; re-import adds 0; undo removes', async () => {
    const data = Buffer.from(iconv.encode(FILE, 'cp949')).toString('base64');
    const preview = await core.call('releases.importPreview', { fileName: '보도자료.csv', data });
    expect(preview).toMatchObject({ encoding: 'cp949', totalRows: 6, toAdd: 3, duplicates: 1, committed: false });
    expect(preview.rejected.map((r) => r.row)).toEqual([5, 6]);
    expect(preview.rejected[0]!.reason).toContain('사진 포함');
    expect(preview.rejected[0]!.reason).toContain('모름');
    expect(preview.rejected[1]!.reason).toContain('배포일');
    expect(await core.call('releases.list', {})).toEqual([]);

    const commit = await core.call('releases.importCommit', { fileName: '보도자료.csv', data });
    expect(commit).toMatchObject({ toAdd: 3, committed: true });
    expect(visible(await core.call('releases.list', {}))).toEqual([
      { distributedOn: '2024-09-03', title: '구청장 현장 소통', department: '', contact: '', hasPhoto: false },
      { distributedOn: '2024-09-03', title: '금천 하모니 축제', department: '문화체육과', contact: '이담당', hasPhoto: true },
      { distributedOn: '2024-09-02', title: '청년 창업 지원 확대', department: '일자리정책과', contact: '김담당', hasPhoto: true },
    ].sort((a, b) => a.title.localeCompare(b.title)));

    expect(await core.call('releases.importCommit', { fileName: '보도자료.csv', data })).toMatchObject({ toAdd: 0, duplicates: 4 });
    await core.call('history.undo', { batchId: commit.batchId! });
    expect(await core.call('releases.list', {})).toEqual([]);
  });
});

describe('releases export', () => {
  async function seed() {
    await core.call('releases.create', { values: { distributedOn: '2024-09-02', title: '청년 창업 지원 확대', department: '일자리정책과', contact: '김담당', hasPhoto: true } });
    await core.call('releases.create', { values: { distributedOn: '2024-09-03', title: '-속보- 금천 축제', hasPhoto: false } });
  }

  it('CSV has a BOM, Korean headers, 예/아니오, a guarded formula-like title, and imports back unchanged', async () => {
    await seed();
    const file = await core.call('releases.export', { format: 'csv' });
    expect(file.fileName).toMatch(/^보도자료_\d{8}\.csv$/);
    const text = fromBase64(file.data).toString('utf8');
    expect(text.startsWith('\uFEFF배포일,제목,담당부서,담당자,사진 포함\r\n')).toBe(true);
    expect(text).toContain('2024-09-02,청년 창업 지원 확대,일자리정책과,김담당,예');
    expect(text).toContain("2024-09-03,'-속보- 금천 축제,,,아니오");

    const other = openTempCore();
    others.push(other);
    expect((await other.core.call('releases.importCommit', { fileName: file.fileName, data: file.data })).toAdd).toBe(2);
    expect(visible(await other.core.call('releases.list', {}))).toEqual(visible(await core.call('releases.list', {})));
  });

  it('XLSX round trip keeps every field', async () => {
    await seed();
    const file = await core.call('releases.export', { format: 'xlsx' });
    const other = openTempCore();
    others.push(other);
    const report = await other.core.call('releases.importCommit', { fileName: file.fileName, data: file.data });
    expect(report).toMatchObject({ encoding: 'xlsx', toAdd: 2, rejected: [] });
    expect(visible(await other.core.call('releases.list', {}))).toEqual(visible(await core.call('releases.list', {})));
  });

  it('rejects a row whose date is written in words', async () => {
    const report = await core.call('releases.importPreview', { fileName: 'a.csv', data: base64('배포일,제목\r\n지난주 월요일,가\r\n') });
    expect(report.rejected).toEqual([{ row: 2, reason: expect.stringContaining('배포일') as string }]);
  });
});
