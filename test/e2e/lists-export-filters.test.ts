/**
 * Lists as a clerk narrows and hands them on, at 1366×768: the 논조 value list with counts, the
 * 보도일자 range filter (이번 달 and a typed range), chart bars that filter, export of the filtered
 * list (exactly its rows, in grid order) and of the selected rows, print to PDF of the filtered
 * rows only, and a saved view that brings the filters back.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../core/io/csv.ts';
import type { ClippingInput } from '../../shared/domain/clipping.ts';
import { RESULTS_DIR, useApp } from './support/app.ts';
import { seedClippings } from './support/seed.ts';
import { closeToasts, columnValues, gridOf, pageOf, selectRow, waitForGrid } from './support/grid.ts';

/** Today as the browser (Asia/Seoul) counts it. */
const seoulToday = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul' }).format(new Date());
const [ty, tm] = seoulToday.split('-').map(Number) as [number, number];
const thisMonth = `${ty}-${String(tm).padStart(2, '0')}`;
const lastMonth = tm === 1 ? `${ty - 1}-12` : `${ty}-${String(tm - 1).padStart(2, '0')}`;

const ROWS: ClippingInput[] = [
  { publishedOn: `${thisMonth}-01`, outlet: '연합뉴스', mediaType: '통신사', tone: '긍정', title: '이달 청년 일자리 박람회' },
  { publishedOn: `${thisMonth}-01`, outlet: 'KBS', mediaType: '방송사', tone: '중립', title: '이달 구청 민원 서비스 개편' },
  { publishedOn: `${thisMonth}-01`, outlet: '금천신문', mediaType: '지역언론', tone: '부정', title: '이달 도로 공사 소음 민원' },
  { publishedOn: `${lastMonth}-15`, outlet: '한겨레', mediaType: '중앙지', tone: '긍정', title: '지난달 도서관 개관' },
  { publishedOn: `${lastMonth}-15`, outlet: 'MBC', mediaType: '방송사', tone: '부정', title: '지난달 하천 범람 우려' },
  { publishedOn: '2024-09-02', outlet: '연합뉴스', mediaType: '통신사', tone: '긍정', title: '금천구, 청년 창업 지원 확대' },
  { publishedOn: '2024-09-03', outlet: 'KBS', mediaType: '방송사', tone: '중립', title: '도서관 야간 개방 시범 운영' },
  { publishedOn: '2024-09-04', outlet: '한겨레', mediaType: '중앙지', tone: '중립', title: '하천 산책로 정비 공사 지연' },
  { publishedOn: '2024-09-05', outlet: '시정일보', mediaType: '지역언론', tone: '긍정', title: '어르신 무료 급식소 확대 운영' },
  { publishedOn: '2024-10-07', outlet: 'SBS', mediaType: '방송사', tone: '긍정', title: '가을 축제 개막' },
];
const titlesWhere = (pred: (r: ClippingInput) => boolean) => ROWS.filter(pred).map((r) => r.title).sort();

const RELEASES = [
  { distributedOn: '2024-09-01', title: '청년 창업 지원 확대 발표', hasPhoto: true },
  { distributedOn: '2024-09-10', title: '가을 축제 개막 안내', hasPhoto: true },
  { distributedOn: '2024-09-20', title: '도로 공사 일정 안내', hasPhoto: false },
];

const app = useApp({
  seed: async (core) => {
    await seedClippings(core, ROWS);
    for (const values of RELEASES) await core.call('releases.create', { values });
  },
});
const SHOTS = path.join(RESULTS_DIR, 'screenshots');
mkdirSync(SHOTS, { recursive: true });

async function fresh(): Promise<Page> {
  const { page } = app();
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.reload();
  await waitForGrid(page);
  await expect.poll(async () => (await columnValues(page)).length).toBe(ROWS.length);
  return page;
}

/** Opens a column's filter popup from the floating filter row's button. */
async function openFilter(page: Page, colId: string) {
  await gridOf(page).locator(`.ag-floating-filter[col-id="${colId}"] button`).first().click();
}

const shownTitles = async (page: Page) => (await columnValues(page)).sort();

describe('값 목록 필터와 기간 필터', () => {
  it('논조 필터는 값마다 건수를 보이고, 고른 값의 행만 남긴다', async () => {
    const page = await fresh();
    await openFilter(page, 'tone');
    const popup = page.getByTestId('value-filter-tone');
    await popup.waitFor();
    const count = (v: string) => popup.locator(`[data-value="${v}"] .gd-filter-count`).textContent();
    expect([await count('긍정'), await count('중립'), await count('부정')]).toEqual(['5', '3', '2']);
    await page.screenshot({ path: path.join(SHOTS, 'lists-value-filter-1366.png') });
    await popup.getByText('모두 선택').click(); // everything off
    await popup.locator('[data-value="부정"] input').check();
    await expect.poll(() => shownTitles(page)).toEqual(titlesWhere((r) => r.tone === '부정'));
    expect(await pageOf(page).getByTestId('row-count').textContent()).toContain('필터 적용 2건');
  });

  it('보도일자 기간 필터: 이번 달, 그리고 직접 입력한 기간; 다른 필터의 건수가 따라온다', async () => {
    const page = await fresh();
    await openFilter(page, 'publishedOn');
    const popup = page.getByTestId('date-filter-publishedOn');
    await popup.getByRole('button', { name: '이번 달' }).click();
    await expect.poll(() => shownTitles(page)).toEqual(titlesWhere((r) => r.publishedOn.startsWith(thisMonth)));
    await page.screenshot({ path: path.join(SHOTS, 'lists-date-filter-1366.png') });

    await popup.getByLabel('시작일').fill('2024-09-01');
    await popup.getByLabel('종료일').fill('2024-09-30');
    await expect.poll(() => shownTitles(page)).toEqual(titlesWhere((r) => r.publishedOn.startsWith('2024-09')));
    await expect.poll(() => popup.textContent()).toContain('2024. 9. 1. ~ 2024. 9. 30.');

    // The 논조 list now counts September 2024 only (the date filter stays applied).
    await page.keyboard.press('Escape');
    await openFilter(page, 'tone');
    const tone = page.getByTestId('value-filter-tone');
    await expect.poll(() => tone.locator('[data-value="긍정"] .gd-filter-count').textContent()).toBe('2');
    expect(await tone.locator('[data-value="부정"] .gd-filter-count').textContent()).toBe('0');
  });
});

describe('기간 필터의 날짜 칸', () => {
  it('양식의 보도일자처럼 2024.9.2나 20240930으로 치면 되고, 2024. 9. 2.로 보이며, 날짜가 아니면 그 형식을 말한다', async () => {
    const page = await fresh();
    await openFilter(page, 'publishedOn');
    const popup = page.getByTestId('date-filter-publishedOn');
    const from = popup.getByLabel('시작일');
    const to = popup.getByLabel('종료일');
    // Not the browser's own date box (its order is the browser's locale: mm/dd/yyyy here).
    expect(await from.getAttribute('type')).toBe('text');
    expect(await from.getAttribute('placeholder')).toBe('2024. 9. 2.');
    await from.pressSequentially('2024.9.2');
    await to.pressSequentially('20240930');
    await expect.poll(() => shownTitles(page)).toEqual(titlesWhere((r) => r.publishedOn >= '2024-09-02' && r.publishedOn <= '2024-09-30'));
    await to.press('Tab');
    expect([await from.inputValue(), await to.inputValue()]).toEqual(['2024. 9. 2.', '2024. 9. 30.']);
    expect(await popup.textContent()).toContain('2024. 9. 2. ~ 2024. 9. 30.');

    await from.fill('2024.13.1');
    await from.press('Enter');
    expect(await popup.getByTestId('date-filter-error').textContent()).toBe('시작일은 2024. 9. 2. 형식의 실제 날짜로 입력하세요.');
    await page.screenshot({ path: path.join(SHOTS, 'lists-date-filter-typed-1366.png') });
    // The list keeps the last good range meanwhile.
    expect(await shownTitles(page)).toEqual(titlesWhere((r) => r.publishedOn >= '2024-09-02' && r.publishedOn <= '2024-09-30'));
  });
});

describe('보도자료의 사진 포함 필터', () => {
  it('예/아니오가 건수와 함께 보이고, 고르면 그 행만 남는다', async () => {
    const page = await fresh();
    await page.getByTestId('nav-releases').click();
    await waitForGrid(page, 'releases');
    await gridOf(page, 'releases').locator('.ag-floating-filter[col-id="hasPhoto"] button').first().click();
    const popup = page.getByTestId('value-filter-hasPhoto');
    expect(await popup.locator('[data-value="true"]').textContent()).toBe('예2');
    expect(await popup.locator('[data-value="false"]').textContent()).toBe('아니오1');
    await popup.locator('[data-value="true"] input').uncheck();
    await expect.poll(() => columnValues(page, 'title', 'releases')).toEqual(['도로 공사 일정 안내']);
    await page.screenshot({ path: path.join(SHOTS, 'lists-releases-photo-filter-1366.png') });
    await page.keyboard.press('Escape');
    await page.getByTestId('nav-clippings').click();
  });
});

describe('한눈에 보기', () => {
  it('현재 목록 기준으로 세고, 막대를 누르면 목록이 걸러지고 다시 누르거나 ×로 풀린다', async () => {
    const page = await fresh();
    const panel = page.getByTestId('stats-panel');
    await expect.poll(() => panel.getByTestId('stats-basis').textContent()).toContain('현재 목록 10건 기준');
    expect(await panel.getByTestId('stats-tone-chart').textContent()).toContain('5건 (50%)');
    // 월별 (최근 12개월): twelve consecutive months up to the latest counted, empty ones drawn as 0건,
    // so bars stand for equal spans of time; the 2024 clippings are older than that and not drawn.
    const monthChart = panel.getByTestId('stats-month-chart');
    expect(await monthChart.locator('[data-key]').count()).toBe(12);
    expect(await monthChart.textContent()).toContain(`${ty}년`);
    expect(await monthChart.locator('[data-key="2024-09"]').count()).toBe(0);
    await page.screenshot({ path: path.join(SHOTS, 'lists-stats-1366.png') });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.screenshot({ path: path.join(SHOTS, 'lists-stats-1920.png') });
    await page.setViewportSize({ width: 1366, height: 768 });

    const [ly, lm] = lastMonth.split('-').map(Number) as [number, number];
    await monthChart.locator(`[data-key="${lastMonth}"]`).click();
    await expect.poll(() => shownTitles(page)).toEqual(titlesWhere((r) => r.publishedOn.startsWith(lastMonth)));
    await expect.poll(() => panel.getByTestId('stats-basis').textContent()).toContain('현재 목록 2건 기준');
    expect(await panel.getByTestId('stats-chip-publishedOn').textContent()).toContain(`${ly}년 ${lm}월`);
    await monthChart.locator(`[data-key="${lastMonth}"]`).click();
    await expect.poll(async () => (await columnValues(page)).length).toBe(ROWS.length);

    await panel.locator('[data-testid="stats-media-chart"] [data-key="방송사"]').click();
    await expect.poll(() => shownTitles(page)).toEqual(titlesWhere((r) => r.mediaType === '방송사'));
    await panel.locator('[data-testid="stats-tone-chart"] [data-key="부정"]').click();
    await expect.poll(() => shownTitles(page)).toEqual(titlesWhere((r) => r.mediaType === '방송사' && r.tone === '부정'));
    // Each chart counts what the other filters leave: 매체 over the 부정 rows, 방송사 still one bar among others.
    const mediaBar = (key: string) => panel.locator(`[data-testid="stats-media-chart"] [data-key="${key}"]`);
    await expect.poll(() => mediaBar('지역언론').textContent()).toContain('1');
    expect(await mediaBar('통신사').count()).toBe(0);
    expect(await mediaBar('방송사').getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => panel.getByTestId('stats-basis').textContent()).toContain('현재 목록 1건 기준');
    await page.screenshot({ path: path.join(SHOTS, 'lists-stats-filtered-1366.png') });
    await panel.getByTestId('stats-chip-mediaType').getByRole('button', { name: '매체구분 필터 해제' }).click();
    await expect.poll(() => shownTitles(page)).toEqual(titlesWhere((r) => r.tone === '부정'));
    await panel.getByTestId('stats-chip-tone').getByRole('button', { name: '논조 필터 해제' }).click();

    // The grid's own text filter (제목 contains '도서관') narrows the counts too.
    await gridOf(page).locator('.ag-floating-filter[col-id="title"] input').fill('도서관');
    await expect.poll(() => shownTitles(page)).toEqual(titlesWhere((r) => r.title.includes('도서관')));
    await expect.poll(() => panel.getByTestId('stats-basis').textContent()).toContain('현재 목록 2건 기준');
    expect(await panel.getByTestId('stats-tone-chart').textContent()).toContain('1건 (50%)');

    // Folded away, it stays folded after a reload, and unfolds again.
    await panel.getByTestId('stats-toggle').click();
    await panel.getByTestId('stats-chart').waitFor({ state: 'detached' });
    await page.reload();
    await waitForGrid(page);
    expect(await pageOf(page).getByTestId('stats-toggle').textContent()).toContain('펼치기');
    expect(await pageOf(page).getByTestId('stats-chart').count()).toBe(0);
    await pageOf(page).getByTestId('stats-toggle').click();
    await pageOf(page).getByTestId('stats-chart').waitFor();
  });
});

describe('내보내기와 인쇄', () => {
  it('걸러진 목록을 내보내면 그 행만, 화면 순서와 보이는 열 그대로 CSV에 담긴다', async () => {
    const page = await fresh();
    const clippings = pageOf(page);
    await clippings.getByTestId('stats-panel').locator('[data-testid="stats-tone-chart"] [data-key="긍정"]').click();
    await expect.poll(async () => (await columnValues(page)).length).toBe(5);
    const order = await columnValues(page);
    await clippings.getByTestId('export-button').click();
    const dialog = page.getByTestId('export-dialog');
    expect(await dialog.getByTestId('export-scope-list').isChecked()).toBe(true);
    expect(await dialog.getByTestId('export-scope-selected').isDisabled()).toBe(true);
    expect(await dialog.textContent()).toContain('현재 목록 5건');
    await page.screenshot({ path: path.join(SHOTS, 'lists-export-dialog-1366.png') });
    await dialog.getByTestId('export-format-csv').check();
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId('export-go').click()]);
    expect(download.suggestedFilename()).toMatch(/^언론보도_현재 목록_\d{4}년 \d{1,2}월 \d{1,2}일\.csv$/);
    const rows = parseCsv(readFileSync((await download.path())!).toString('utf8').replace(/^\uFEFF/, ''));
    const header = rows[0]!;
    expect(header).toEqual(['보도일자', '매체명', '매체구분', '제목', '기자', '지면', '관련부서', '논조', '태그', '보도자료']);
    const titleAt = header.indexOf('제목');
    expect(rows.slice(1).map((r) => r[titleAt])).toEqual(order);
    expect(rows.slice(1).every((r) => r[header.indexOf('논조')] === '긍정')).toBe(true);
  });

  it('선택한 행만 내보낼 수 있다', async () => {
    const page = await fresh();
    await closeToasts(page);
    await selectRow(page, '가을 축제 개막');
    await selectRow(page, '지난달 하천 범람 우려');
    await pageOf(page).getByTestId('export-button').click();
    const dialog = page.getByTestId('export-dialog');
    await dialog.getByTestId('export-scope-selected').check();
    await dialog.getByTestId('export-format-csv').check();
    expect(await dialog.getByTestId('export-go').textContent()).toBe('2건 내보내기');
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId('export-go').click()]);
    expect(download.suggestedFilename()).toMatch(/^언론보도_선택한 행_/);
    const rows = parseCsv(readFileSync((await download.path())!).toString('utf8').replace(/^\uFEFF/, ''));
    expect(rows.slice(1).map((r) => r[3]).sort()).toEqual(['가을 축제 개막', '지난달 하천 범람 우려']);
  });

  it('인쇄(PDF)는 걸러진 행만 담는다', async () => {
    const page = await fresh();
    await closeToasts(page);
    await pageOf(page).getByTestId('stats-panel').locator('[data-testid="stats-media-chart"] [data-key="방송사"]').click();
    await expect.poll(async () => (await columnValues(page)).length).toBe(4);
    const [download] = await Promise.all([page.waitForEvent('download'), pageOf(page).getByTestId('print-button').click()]);
    expect(download.suggestedFilename()).toMatch(/^언론보도_인쇄_.*\.pdf$/);
    const text = execFileSync('pdftotext', [(await download.path())!, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('언론보도 목록');
    expect(text).toContain('매체구분: 방송사');
    // One 연번 column (the print's own), not the grid's 연번 again beside it.
    expect(text.match(/연번/g)?.length).toBe(1);
    for (const title of titlesWhere((r) => r.mediaType === '방송사')) expect(text).toContain(title);
    for (const title of titlesWhere((r) => r.mediaType !== '방송사')) expect(text).not.toContain(title);
  });
});

describe('저장한 보기', () => {
  it('값 목록 필터와 기간 필터가 저장한 보기로 되살아난다', async () => {
    let page = await fresh();
    const clippings = pageOf(page);
    await clippings.getByTestId('stats-panel').locator('[data-testid="stats-tone-chart"] [data-key="긍정"]').click();
    await openFilter(page, 'publishedOn');
    const popup = page.getByTestId('date-filter-publishedOn');
    await popup.getByLabel('시작일').fill('2024-09-01');
    await popup.getByLabel('종료일').fill('2024-10-31');
    await page.keyboard.press('Escape');
    const expected = titlesWhere((r) => r.tone === '긍정' && r.publishedOn >= '2024-09-01' && r.publishedOn <= '2024-10-31');
    await expect.poll(() => shownTitles(page)).toEqual(expected);
    await clippings.getByTestId('view-save').click();
    // The cursor is in the name field (not on the dialog's ×).
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('view-name');
    await page.getByTestId('view-name').fill('작년 가을 긍정');
    await page.getByTestId('view-save-confirm').click();
    await closeToasts(page);

    page = await fresh();
    await pageOf(page).getByTestId('view-select').selectOption({ label: '작년 가을 긍정' });
    await expect.poll(() => shownTitles(page)).toEqual(expected);
    await openFilter(page, 'tone');
    expect(await page.getByTestId('value-filter-tone').locator('[data-value="긍정"] input').isChecked()).toBe(true);
    expect(await page.getByTestId('value-filter-tone').locator('[data-value="중립"] input').isChecked()).toBe(false);
  });
});
