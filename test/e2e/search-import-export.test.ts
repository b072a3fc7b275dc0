/**
 * Finding and moving data: a two-syllable search; importing a CP949 CSV the way Korean Excel
 * saves it (headers in another order, dotted dates, one impossible date); exporting CSV and XLSX.
 */
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { useApp } from './support/app.ts';
import { BASIC_CLIPPINGS, clippingsByTitle, seedClippings } from './support/seed.ts';
import { columnValues, pageOf, rowWith, waitForGrid } from './support/grid.ts';

const app = useApp({
  seed: async (core) => {
    await seedClippings(core, BASIC_CLIPPINGS);
    await seedClippings(core, [
      { publishedOn: '2024-09-06', outlet: '뉴시스', title: '금천구청 광장에 미디어월 설치', summary: '구청 앞 광장' },
      { publishedOn: '2024-09-07', outlet: '서울일보', title: '구민 체육대회 성황', summary: '금천구청장 개회사' },
    ]);
  },
});

const CSV_ROWS = [
  ['제목', '매체명', '보도일자', '논조', '기자', '관련부서'],
  ['금천구, 스마트 경로당 20곳 개소', '뉴스1', '2024.9.9', '긍정', '김민준', '어르신복지과'],
  ['독산동 골목길 안심 조명 설치', '금천신문', '2024. 9. 10.', '중립', '이서연', '안전총괄과'],
  ['존재하지 않는 날짜의 기사', '연합뉴스', '2024-02-30', '중립', '', ''],
];
const quoted = (cell: string) => (/[",]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
const cp949Csv = () => iconv.encode(CSV_ROWS.map((r) => r.map(quoted).join(',')).join('\r\n') + '\r\n', 'cp949');

describe('검색', () => {
  it('두 글자 검색어 "구청"으로 찾으면 제목·요약에 구청이 든 기사만 보이고 건수가 나온다', async () => {
    const { page } = app();
    await waitForGrid(page);
    const clippings = pageOf(page);
    await clippings.getByTestId('search-input').fill('구청');
    await clippings.getByTestId('search-input').press('Enter');
    await expect.poll(() => clippings.getByTestId('search-count').textContent()).toBe('검색 결과 2건');
    await rowWith(page, '도서관 야간 개방 시범 운영').waitFor({ state: 'detached' });
    expect((await columnValues(page)).sort()).toEqual(['구민 체육대회 성황', '금천구청 광장에 미디어월 설치']);

    await clippings.getByTestId('search-clear').click();
    await rowWith(page, '도서관 야간 개방 시범 운영').waitFor();
    await expect.poll(() => clippings.getByTestId('row-count').textContent()).toContain('전체 6건');
    expect(await columnValues(page)).toHaveLength(6);
    expect(await clippings.getByTestId('search-count').count()).toBe(0);
  });
});

describe('가져오기', () => {
  it('CP949 CSV를 미리 보기로 확인한 뒤 가져오고, 잘못된 행은 행 번호와 이유가 보이며, 같은 파일을 다시 가져오면 0건이 추가된다', async () => {
    const { page, core } = app();
    await page.reload();
    await waitForGrid(page);
    const clippings = pageOf(page);
    await clippings.getByTestId('import-button').click();
    const dialog = page.getByTestId('import-dialog');
    await dialog.getByTestId('import-file').setInputFiles({ name: '언론보도_9월.csv', mimeType: 'text/csv', buffer: cp949Csv() });
    await expect.poll(() => dialog.getByTestId('import-to-add').textContent()).toBe('2건');
    expect(await dialog.getByTestId('import-encoding').textContent()).toMatch(/CP949|EUC-KR|한국어/);
    expect(await dialog.getByTestId('import-rejected-count').textContent()).toBe('1건');
    const rejected = (await dialog.getByTestId('import-rejected-table').textContent()) ?? '';
    expect(rejected).toContain('4');
    expect(rejected).toContain('2024-02-30');
    expect(rejected).toMatch(/보도일자.*날짜/);
    expect(await dialog.getByTestId('import-preview-table').textContent()).toContain('금천구, 스마트 경로당 20곳 개소');
    // Nothing is written before the clerk confirms.
    expect((await clippingsByTitle(core)).has('금천구, 스마트 경로당 20곳 개소')).toBe(false);

    await dialog.getByTestId('import-commit').click();
    await rowWith(page, '금천구, 스마트 경로당 20곳 개소').waitFor();
    await rowWith(page, '독산동 골목길 안심 조명 설치').waitFor();
    const saved = await clippingsByTitle(core);
    expect(saved.get('독산동 골목길 안심 조명 설치')).toMatchObject({ publishedOn: '2024-09-10', mediaType: '지역언론', reporter: '이서연' });
    expect(saved.get('금천구, 스마트 경로당 20곳 개소')?.mediaType).toBe('통신사');

    await clippings.getByTestId('import-button').click();
    const again = page.getByTestId('import-dialog');
    await again.getByTestId('import-file').setInputFiles({ name: '언론보도_9월.csv', mimeType: 'text/csv', buffer: cp949Csv() });
    await expect.poll(() => again.getByTestId('import-duplicates').textContent()).toBe('2건');
    expect(await again.getByTestId('import-to-add').textContent()).toBe('0건');
    expect(await again.getByTestId('import-commit').isDisabled()).toBe(true);
    await page.keyboard.press('Escape');
    expect((await core.call('clippings.list', {})).length).toBe(8);
  });
});

describe('내보내기', () => {
  it('CSV는 엑셀이 여는 BOM 있는 UTF-8로, 엑셀 파일은 xlsx로 내려받아진다', async () => {
    const { page } = app();
    await page.reload();
    await waitForGrid(page);
    const clippings = pageOf(page);
    const exportAs = async (format: 'csv' | 'xlsx') => {
      await clippings.getByTestId('export-button').click();
      const dialog = page.getByTestId('export-dialog');
      await dialog.getByTestId('export-scope-all').check();
      await dialog.getByTestId(`export-format-${format}`).check();
      const [file] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId('export-go').click()]);
      return file;
    };
    const csv = await exportAs('csv');
    expect(csv.suggestedFilename()).toMatch(/^언론보도_전체 대장_\d{4}년 \d{1,2}월 \d{1,2}일\.csv$/);
    const bytes = readFileSync((await csv.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.split('\r\n')[0]).toBe('\uFEFF보도일자,매체명,매체구분,제목,기자,지면,URL,관련부서,논조,요약,태그,보도자료');
    expect(text).toContain('금천구청 광장에 미디어월 설치');

    const xlsx = await exportAs('xlsx');
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    expect(readFileSync((await xlsx.path())!).subarray(0, 2).toString('latin1')).toBe('PK');
  });
});
