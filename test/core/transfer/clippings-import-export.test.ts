/**
 * 언론보도 import and export through the API, with files as clerks have them: Korean Excel's CP949
 * CSV with columns in any order and dates written every which way, XLSX, re-imports of the same
 * file, 보도자료 named by title. A preview never writes; a commit writes all accepted rows at once
 * (one undo) or nothing.
 */
import Database from 'better-sqlite3';
import iconv from 'iconv-lite';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DATABASE_FILE } from '../../../core/api/core.ts';
import { LOG_FILE } from '../../../core/api/error-log.ts';
import type { Core } from '../../../core/api/core-types.ts';
import type { Clipping } from '../../../shared/domain/clipping.ts';
import { parseCsv } from '../../../core/io/csv.ts';
import { base64, clipping, expectKoreanError, failure, fromBase64, openTempCore, type TempCore } from '../temp-core.ts';

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
  vi.restoreAllMocks();
});

const csv = (lines: string[]) => base64(lines.join('\r\n') + '\r\n');
const list = () => core.call('clippings.list', {});

/** Field values a clerk sees, without ids and bookkeeping. */
function visible(c: Clipping) {
  return {
    publishedOn: c.publishedOn, outlet: c.outlet, mediaType: c.mediaType, title: c.title, reporter: c.reporter, page: c.page,
    url: c.url, department: c.department, tone: c.tone, summary: c.summary, tags: c.tags, releaseTitle: c.releaseTitle,
  };
}
const byTitle = (rows: Clipping[]) => [...rows].sort((a, b) => a.title.localeCompare(b.title)).map(visible);

const FILE = [
  '보도일자,매체명,제목,기자,요약,비고',
  '2024-09-02,연합뉴스,금천구 청년 창업 지원,김기자,창업 공간 확대,',
  '2024-09-03,KBS,금천 축제 개막,이기자,,메모',
  ',KBS,날짜 없는 기사,,,',
  '2024-13-45,KBS,날짜가 틀린 기사,,,',
  '2024-09-04,MBC,,,,',
  '2024-09-02,연합뉴스,금천구 청년 창업 지원,중복,,',
];

describe('clippings.importPreview / importCommit', () => {
  it('preview reports what would happen and writes nothing', async () => {
    const report = await core.call('clippings.importPreview', { fileName: '보도.csv', data: csv(FILE) });
    expect(report).toMatchObject({
      fileName: '보도.csv', encoding: 'utf-8', totalRows: 6, toAdd: 2, duplicates: 1, committed: false, batchId: null,
      columns: ['보도일자', '매체명', '제목', '기자', '요약'], ignoredColumns: ['비고'],
    });
    expect(report.sample.map((s) => s.title)).toEqual(['금천구 청년 창업 지원', '금천 축제 개막']);
    expect(report.sample[0]).toMatchObject({ mediaType: '통신사', publishedOn: '2024-09-02' });
    expect(await list()).toEqual([]);
    expect((await core.call('app.info', {})).empty).toBe(true);
  });

  it('names each rejected row by its Excel row number with a Korean reason naming the column', async () => {
    const report = await core.call('clippings.importPreview', { fileName: '보도.csv', data: csv(FILE) });
    expect(report.rejected.map((r) => r.row)).toEqual([4, 5, 6]);
    const [noDate, badDate, noTitle] = report.rejected;
    expect(noDate!.reason).toContain('보도일자');
    expect(badDate!.reason).toContain('보도일자');
    expect(badDate!.reason).toContain('2024-13-45');
    expect(noTitle!.reason).toContain('제목');
    for (const r of report.rejected) expect(r.reason).toMatch(/[가-힣]/);
  });

  it('commit adds the accepted rows as one batch; the same file again adds nothing; undo removes them', async () => {
    const report = await core.call('clippings.importCommit', { fileName: '보도.csv', data: csv(FILE) }, { actor: '김주무관' });
    expect(report).toMatchObject({ toAdd: 2, duplicates: 1, committed: true });
    expect(report.batchId).toBeTruthy();
    const rows = await list();
    expect(rows.map((c) => c.title).sort()).toEqual(['금천 축제 개막', '금천구 청년 창업 지원']);
    expect(rows.find((c) => c.outlet === 'KBS')).toMatchObject({ mediaType: '방송사', reporter: '이기자', createdBy: '김주무관' });
    for (const c of rows) {
      const [created] = await core.call('clippings.history', { id: c.id });
      expect(created).toMatchObject({ action: 'create', batchId: report.batchId, by: '김주무관' });
    }

    const again = await core.call('clippings.importCommit', { fileName: '보도.csv', data: csv(FILE) });
    expect(again).toMatchObject({ toAdd: 0, duplicates: 3, committed: false, batchId: null });
    expect(await list()).toHaveLength(2);

    const undo = await core.call('history.undo', { batchId: report.batchId! });
    expect(undo.count).toBe(2);
    expect(await list()).toEqual([]);
    // After the undo the file can be imported afresh.
    expect((await core.call('clippings.importCommit', { fileName: '보도.csv', data: csv(FILE) })).toAdd).toBe(2);
  });

  it('reads a CP949 CSV with shuffled and alias headers and dates written in Korean ways', async () => {
    const text = [
      '요약,기사제목,기자명,언론사,일자,매체구분,논조,태그',
      '청년 지원,날짜 점 표기,김기자,금천신문,2024.9.2,,긍정,"#청년, 창업"',
      ',날짜 띄어 쓴 표기,이기자,KBS,2024. 9. 2.,,,',
      ',엑셀 일련번호,박기자,마을소식,45537,기타,부정,',
      ',한글 날짜,최기자,뉴스1,2024년 9월 2일,,중립,',
      ',슬래시 날짜,,연합뉴스,2024/09/02,,,',
    ].join('\r\n');
    const data = Buffer.from(iconv.encode(text, 'cp949')).toString('base64');
    const report = await core.call('clippings.importCommit', { fileName: '언론보도(엑셀저장).csv', data });
    expect(report).toMatchObject({ encoding: 'cp949', totalRows: 5, toAdd: 5, rejected: [] });
    const rows = await list();
    expect(rows.map((c) => c.publishedOn)).toEqual(Array(5).fill('2024-09-02'));
    const find = (title: string) => rows.find((c) => c.title === title)!;
    expect(find('날짜 점 표기')).toMatchObject({ outlet: '금천신문', mediaType: '지역언론', reporter: '김기자', summary: '청년 지원', tone: '긍정', tags: ['청년', '창업'] });
    expect(find('날짜 띄어 쓴 표기')).toMatchObject({ outlet: 'KBS', mediaType: '방송사', tone: '중립' });
    expect(find('엑셀 일련번호')).toMatchObject({ outlet: '마을소식', mediaType: '기타', tone: '부정' });
  });

  it('links the 보도자료 column by title (or date + title), warning with the row when none is found', async () => {
    const r = await core.call('releases.create', { values: { distributedOn: '2024-09-01', title: '청년 창업 지원 확대' } });
    const early = await core.call('releases.create', { values: { distributedOn: '2024-08-01', title: '여름 축제' } });
    const late = await core.call('releases.create', { values: { distributedOn: '2024-08-20', title: '여름 축제' } });
    const report = await core.call('clippings.importCommit', {
      fileName: '연결.csv',
      data: csv([
        '보도일자,매체명,제목,보도자료',
        '2024-09-02,연합뉴스,창업 지원 기사,청년 창업 지원 확대',
        '2024-09-02,KBS,엉뚱한 연결,없는 보도자료',
        '2024-09-02,MBC,축제 기사,여름 축제',
        '2024-08-10,MBC,이른 축제 기사,여름 축제',
        '2024-09-02,YTN,날짜 붙은 연결,2024. 8. 1. 여름 축제',
        '2024-09-02,SBS,연결 없음,',
      ]),
    });
    expect(report.toAdd).toBe(6);
    expect(report.warnings).toEqual([{ row: 3, reason: expect.stringContaining('없는 보도자료') as string }]);
    const rows = await list();
    const find = (title: string) => rows.find((c) => c.title === title)!;
    expect(find('창업 지원 기사')).toMatchObject({ releaseId: r.record.id, releaseTitle: '청년 창업 지원 확대' });
    expect(find('엉뚱한 연결').releaseId).toBe('');
    // Same title: the latest release distributed on or before the clipping's day.
    expect(find('축제 기사').releaseId).toBe(late.record.id);
    expect(find('이른 축제 기사').releaseId).toBe(early.record.id);
    expect(find('날짜 붙은 연결').releaseId).toBe(early.record.id);
    expect(find('연결 없음').releaseId).toBe('');
    expect((await core.call('releases.get', { id: r.record.id })).clippingCount).toBe(1);
  });

  it('an unknown 매체구분 rejects only that row', async () => {
    const report = await core.call('clippings.importCommit', {
      fileName: 'a.csv',
      data: csv(['보도일자,매체명,제목,매체구분', '2024-09-02,KBS,가,잡지', '2024-09-02,KBS,나,방송사']),
    });
    expect(report.toAdd).toBe(1);
    expect(report.rejected).toEqual([{ row: 2, reason: expect.stringContaining('매체구분') as string }]);
  });

  it('a file that fails while being written leaves nothing half-imported', async () => {
    // Simulate a failure at the third row (disk error, crash) with a trigger on the same database file.
    const side = new Database(path.join(t.dir, DATABASE_FILE));
    side.exec("CREATE TRIGGER boom BEFORE INSERT ON clippings WHEN new.title = '셋째' BEGIN SELECT RAISE(ABORT, 'simulated failure'); END;");
    const file = csv(['보도일자,매체명,제목', '2024-09-02,KBS,첫째', '2024-09-02,KBS,둘째', '2024-09-02,KBS,셋째', '2024-09-02,KBS,넷째']);
    const error = await failure(core, 'clippings.importCommit', { fileName: 'a.csv', data: file });
    expectKoreanError(error, 'internal');
    // The clerk reads Korean and where the log is; the English detail is in that log.
    expect(error.message).toMatch(/^예기치 않은 오류가 나서 작업을 마치지 못했습니다\. .*로그: .*gudesk\.log$/);
    expect(error.message).not.toContain('simulated failure');
    expect(readFileSync(path.join(t.dir, LOG_FILE), 'utf8')).toContain('simulated failure');
    expect(await list()).toEqual([]);
    expect((await core.call('clippings.list', { includeDeleted: true })).length).toBe(0);
    expect(side.prepare('SELECT count(*) FROM history').pluck().get()).toBe(0);

    side.exec('DROP TRIGGER boom');
    side.close();
    expect((await core.call('clippings.importCommit', { fileName: 'a.csv', data: file })).toAdd).toBe(4);
  });

  it('refuses files that are not tables, or lack a required column, in Korean', async () => {
    const png = base64(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    expectKoreanError(await failure(core, 'clippings.importPreview', { fileName: '사진.csv', data: png }), 'bad_file');
    expectKoreanError(await failure(core, 'clippings.importPreview', { fileName: '빈.csv', data: '' }), 'bad_file');
    const missing = await failure(core, 'clippings.importPreview', { fileName: 'a.csv', data: csv(['매체명,제목', 'KBS,가']) });
    expectKoreanError(missing, 'bad_file');
    expect(missing.message).toContain('보도일자');
    expect(await list()).toEqual([]);
  });
});

describe('clippings.export', () => {
  async function seed() {
    const r = await core.call('releases.create', { values: { distributedOn: '2024-09-01', title: '청년 창업 지원 확대' } });
    await core.call('clippings.create', {
      values: clipping({
        title: '금천구, "청년" 창업 지원', reporter: '김기자', page: '12', url: 'https://news.example/1', department: '일자리정책과',
        tone: '긍정', summary: '첫 줄\n둘째 줄', tags: ['청년', '창업'], releaseId: r.record.id,
      }),
    });
    await core.call('clippings.create', { values: clipping({ outlet: 'KBS', title: "=cmd|' /C calc'!A0", summary: '+SUM(A1:A9)', reporter: '@기자', page: '-3' }) });
    const gone = await core.call('clippings.create', { values: clipping({ outlet: 'MBC', title: '삭제된 기사' }) });
    await core.call('clippings.delete', { ids: [gone.record.id] });
    return r;
  }

  it('CSV starts with a UTF-8 BOM, has the Korean headers, live rows only, and neutralises formulas', async () => {
    await seed();
    const file = await core.call('clippings.export', { format: 'csv' });
    expect(file.fileName).toMatch(/^언론보도_\d{8}\.csv$/);
    expect(file.mimeType).toContain('text/csv');
    expect(file.rowCount).toBe(2);
    const bytes = fromBase64(file.data);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = parseCsv(bytes.subarray(3).toString('utf8'));
    // parseCsv removes the guard again, so read the raw text for what Excel would see.
    const text = bytes.toString('utf8');
    expect(text).toContain("'=cmd|");
    expect(text).toContain("'+SUM(A1:A9)");
    expect(text).toContain("'@기자");
    expect(text).not.toMatch(/(^|,)[=+@]/m);
    expect(text).toContain(',-3,'); // a plain negative number is left alone
    expect(records[0]).toEqual(['보도일자', '매체명', '매체구분', '제목', '기자', '지면', 'URL', '관련부서', '논조', '요약', '태그', '보도자료']);
    expect(text).not.toContain('삭제된 기사');
    const first = records.find((r) => r[3] === '금천구, "청년" 창업 지원');
    expect(first).toEqual(['2024-09-02', '연합뉴스', '통신사', '금천구, "청년" 창업 지원', '김기자', '12', 'https://news.example/1', '일자리정책과', '긍정', '첫 줄\n둘째 줄', '청년, 창업', '2024-09-01 청년 창업 지원 확대']);
  });

  it('an exported CSV imports back unchanged into another data folder (formula text included)', async () => {
    await seed();
    const before = await list();
    const file = await core.call('clippings.export', { format: 'csv' });
    const other = openTempCore();
    others.push(other);
    await other.core.call('releases.create', { values: { distributedOn: '2024-09-01', title: '청년 창업 지원 확대' } });
    const report = await other.core.call('clippings.importCommit', { fileName: file.fileName, data: file.data });
    expect(report).toMatchObject({ encoding: 'utf-8-bom', toAdd: 2, rejected: [], warnings: [] });
    expect(byTitle(await other.core.call('clippings.list', {}))).toEqual(byTitle(before));
    // And back into the same folder: everything is already there.
    expect(await core.call('clippings.importCommit', { fileName: file.fileName, data: file.data })).toMatchObject({ toAdd: 0, duplicates: 2 });
  });

  it('XLSX round trip keeps every field', async () => {
    await seed();
    const before = await list();
    const file = await core.call('clippings.export', { format: 'xlsx' });
    expect(file.fileName).toMatch(/^언론보도_\d{8}\.xlsx$/);
    expect([...fromBase64(file.data).subarray(0, 2)]).toEqual([0x50, 0x4b]);
    const other = openTempCore();
    others.push(other);
    await other.core.call('releases.create', { values: { distributedOn: '2024-09-01', title: '청년 창업 지원 확대' } });
    const report = await other.core.call('clippings.importCommit', { fileName: file.fileName, data: file.data });
    expect(report).toMatchObject({ encoding: 'xlsx', toAdd: 2, rejected: [], warnings: [] });
    expect(byTitle(await other.core.call('clippings.list', {}))).toEqual(byTitle(before));
    expect(await core.call('clippings.importPreview', { fileName: file.fileName, data: file.data })).toMatchObject({ toAdd: 0, duplicates: 2 });
  });

  it('an empty register exports just the header row', async () => {
    const file = await core.call('clippings.export', { format: 'csv' });
    expect(file.rowCount).toBe(0);
    expect(fromBase64(file.data).toString('utf8')).toBe('\uFEFF보도일자,매체명,매체구분,제목,기자,지면,URL,관련부서,논조,요약,태그,보도자료\r\n');
    expectKoreanError(await failure(core, 'clippings.export', { format: 'pdf' as never }), 'invalid_input');
  });
});
