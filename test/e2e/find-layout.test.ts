/**
 * Finding things at 1366×768: the searched words are marked and a match in the shortened 요약 is
 * named; an empty result says what was searched and clears search and filters at once; 기자
 * suggestions come from what the office typed; one tag is added and removed in bulk; a release's
 * 기사화 list opens the clipping; and the grid's columns are remembered after a reload and after
 * browser mode restarts on another port with the same data folder.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createCore } from '../../core/api/core.ts';
import type { Core } from '../../core/api/core-types.ts';
import { startWebServer, type WebServer } from '../../core/web/server.ts';
import { ACTOR, RESULTS_DIR, STATIC_DIR, useApp } from './support/app.ts';
import { cellOf, closeDetailDiscarding, closeToasts, gridOf, pageOf, rowWith, selectRow, toastWith, waitForGrid } from './support/grid.ts';

const FILLER = '이번 행사는 지역 주민과 함께 준비했으며 구청 각 부서가 참여했다. '.repeat(3);
const LONG_SUMMARY = `${FILLER}구청은 박람회 소식을 온라인으로도 홍보했다. 참가 기업은 서른 곳이다.`;

const app = useApp({
  seed: async (core) => {
    const release = await core.call('releases.create', { values: { distributedOn: '2024-09-01', title: '어르신 급식 지원 확대 보도자료', department: '복지정책과' } });
    const rows = [
      { publishedOn: '2024-09-02', outlet: '연합뉴스', title: '구청 홍보 영상 공모전 개최', reporter: '김가람', tags: ['공모전', '영상'] },
      { publishedOn: '2024-09-03', outlet: 'KBS', title: '청년 일자리 박람회 성황', reporter: '이가람', summary: LONG_SUMMARY, tags: ['청년'] },
      { publishedOn: '2024-09-04', outlet: '한겨레', title: '하천 산책로 정비 공사 지연', reporter: '박민수' },
      { publishedOn: '2024-09-05', outlet: '시정일보', title: '어르신 무료 급식소 확대 운영', reporter: '이가람', releaseId: release.record.id, url: 'https://news.example.kr/a/1' },
    ];
    for (const values of rows) await core.call('clippings.create', { values });
  },
});

async function compact(page: Page): Promise<void> {
  await page.setViewportSize({ width: 1366, height: 768 });
}

async function search(page: Page, text: string): Promise<void> {
  const box = pageOf(page).getByTestId('search-input');
  await box.fill(text);
  await box.press('Enter');
}

async function headerIds(page: Page): Promise<string[]> {
  return gridOf(page)
    .locator('.ag-header-row-column .ag-header-cell[col-id]')
    .evaluateAll((cells) =>
      cells
        .map((c) => ({ id: c.getAttribute('col-id') ?? '', x: c.getBoundingClientRect().left }))
        .sort((a, b) => a.x - b.x)
        .map((c) => c.id),
    );
}

async function headerWidth(page: Page, colId: string): Promise<number> {
  const box = await gridOf(page).locator(`.ag-header-row-column .ag-header-cell[col-id="${colId}"]`).boundingBox();
  return Math.round(box?.width ?? 0);
}

describe('검색이 스스로 설명한다', () => {
  it('찾은 낱말이 칸에 표시되고, 줄여 보이는 요약에서 찾은 곳은 "요약: …홍보…"로 보인다 (1366×768 화면 저장)', async () => {
    const { page } = app();
    await compact(page);
    await waitForGrid(page);
    await search(page, '홍보');
    await expect.poll(() => pageOf(page).getByTestId('row-count').textContent()).toContain('검색 결과 2건');
    const titleHit = cellOf(rowWith(page, '구청 홍보 영상 공모전 개최'), 'title').locator('mark.search-hit');
    await expect.poll(() => titleHit.allTextContents()).toEqual(['홍보']);
    const note = cellOf(rowWith(page, '청년 일자리 박람회 성황'), 'matchNote');
    await expect.poll(() => note.textContent()).toMatch(/^요약: ….*홍보했다.*/);
    expect(await note.locator('mark.search-hit').allTextContents()).toEqual(['홍보']);
    // A match the clerk sees in its own column needs no note.
    expect(await cellOf(rowWith(page, '구청 홍보 영상 공모전 개최'), 'matchNote').textContent()).toBe('');
    const dir = path.join(RESULTS_DIR, 'screenshots');
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: path.join(dir, 'find-highlight-1366.png') });
  });

  it('결과가 없으면 무엇을 찾았고 필터가 몇 개인지 말하고, 한 번에 검색어와 필터를 지운다', async () => {
    const { page } = app();
    await compact(page);
    await search(page, '');
    await waitForGrid(page);
    const colIndex = await gridOf(page).locator('.ag-header-row-column .ag-header-cell[col-id="outlet"]').getAttribute('aria-colindex');
    const outletFilter = gridOf(page).locator(`.ag-floating-filter[aria-colindex="${colIndex}"] input`);
    await outletFilter.fill('연합');
    await expect.poll(() => gridOf(page).locator('.ag-row[row-id]').count()).toBe(1);
    await search(page, '홍보관');
    const empty = pageOf(page).getByTestId('empty-result');
    await expect.poll(() => empty.textContent()).toContain("'홍보관' 검색 결과가 없습니다 · 필터 1개 적용 중");
    await page.screenshot({ path: path.join(RESULTS_DIR, 'screenshots', 'find-empty-result-1366.png') });
    await empty.getByTestId('clear-search-filters').click();
    await expect.poll(() => gridOf(page).locator('.ag-row[row-id]').count()).toBe(4);
    expect(await pageOf(page).getByTestId('search-input').inputValue()).toBe('');
    expect(await outletFilter.inputValue()).toBe('');
    expect(await empty.count()).toBe(0);
  });
});

describe('입력 도우미와 일괄 수정', () => {
  it('기자를 치는 동안 사무실에서 이미 쓴 이름이 자주 쓴 순서로 뜨고, 고르면 들어간다', async () => {
    const { page } = app();
    await compact(page);
    await waitForGrid(page);
    await pageOf(page).getByTestId('add-button').click();
    const panel = pageOf(page).getByTestId('detail-panel');
    await panel.getByTestId('field-reporter').pressSequentially('가람');
    const list = panel.getByTestId('suggest-reporter');
    await expect.poll(() => list.getByRole('option').allTextContents()).toEqual(['이가람', '김가람']);
    await page.screenshot({ path: path.join(RESULTS_DIR, 'screenshots', 'find-suggest-reporter-1366.png') });
    await list.getByRole('option', { name: '김가람' }).click();
    expect(await panel.getByTestId('field-reporter').inputValue()).toBe('김가람');
    expect(await list.count()).toBe(0);
    await closeDetailDiscarding(page, panel);
  });

  it('표에서 기자 칸을 고칠 때도 같은 이름이 뜨고, 화살표와 Enter로 고르면 저장된다', async () => {
    const { page, core } = app();
    await compact(page);
    await waitForGrid(page);
    const row = rowWith(page, '하천 산책로 정비 공사 지연');
    const id = (await row.getAttribute('row-id'))!;
    const cell = cellOf(row, 'reporter');
    await cell.click();
    await page.keyboard.press('F2');
    const input = cell.locator('input');
    await input.fill('가람');
    const list = page.getByTestId('suggest-grid-reporter');
    await expect.poll(() => list.getByRole('option').allTextContents()).toEqual(['이가람', '김가람']);
    await page.screenshot({ path: path.join(RESULTS_DIR, 'screenshots', 'find-suggest-grid-1366.png') });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await core.call('clippings.get', { id })).reporter).toBe('김가람');
    await expect.poll(() => cell.textContent()).toBe('김가람');
    expect(await list.count()).toBe(0);
  });

  it('고른 행에 태그 하나를 더하고 빼도 각 행의 다른 태그는 그대로다', async () => {
    const { page, core } = app();
    await compact(page);
    await waitForGrid(page);
    await selectRow(page, '구청 홍보 영상 공모전 개최');
    await selectRow(page, '청년 일자리 박람회 성황');
    const tagsOf = async () => {
      const rows = await core.call('clippings.list', {});
      return Object.fromEntries(rows.filter((r) => r.title.includes('공모전') || r.title.includes('박람회')).map((r) => [r.title, r.tags]));
    };
    const bulk = async (mode: 'add' | 'remove', tag: string) => {
      await pageOf(page).getByTestId('bulk-edit-button').click();
      const dialog = page.getByTestId('bulk-dialog');
      await dialog.getByTestId('bulk-field').selectOption('tags');
      await dialog.getByTestId('bulk-tag-mode').selectOption(mode);
      await dialog.getByTestId('bulk-value').fill(tag);
      await dialog.getByTestId('bulk-apply').click();
      await dialog.waitFor({ state: 'detached' });
    };
    await bulk('add', '보도');
    await expect.poll(tagsOf).toEqual({ '구청 홍보 영상 공모전 개최': ['공모전', '영상', '보도'], '청년 일자리 박람회 성황': ['청년', '보도'] });
    await expect.poll(() => toastWith(page, "태그 '보도' 추가").count()).toBe(1);
    await selectRow(page, '구청 홍보 영상 공모전 개최');
    await selectRow(page, '청년 일자리 박람회 성황');
    await bulk('remove', '영상');
    await expect.poll(tagsOf).toEqual({ '구청 홍보 영상 공모전 개최': ['공모전', '보도'], '청년 일자리 박람회 성황': ['청년', '보도'] });
    await closeToasts(page);
  });
});

describe('화면 사이의 연결', () => {
  it('보도자료의 기사화 목록에서 제목을 누르면 언론보도 화면에서 그 기사가 골라지고 상세가 열린다', async () => {
    const { page } = app();
    await compact(page);
    await page.getByTestId('nav-releases').click();
    await waitForGrid(page, 'releases');
    await cellOf(rowWith(page, '어르신 급식 지원 확대 보도자료', 'title', 'releases'), 'clippingCount').click();
    await pageOf(page, 'releases').getByTestId('open-detail').click();
    const releasePanel = pageOf(page, 'releases').getByTestId('detail-panel');
    await releasePanel.getByTestId('tab-clippings').click();
    const list = releasePanel.getByTestId('release-clippings');
    await expect.poll(() => list.getByTestId('release-clipping-url').count()).toBe(1);
    await page.screenshot({ path: path.join(RESULTS_DIR, 'screenshots', 'find-release-clippings-1366.png') });
    await list.getByTestId('release-clipping-open').filter({ hasText: '어르신 무료 급식소 확대 운영' }).click();
    await pageOf(page).waitFor({ state: 'visible' });
    const panel = pageOf(page).getByTestId('detail-panel');
    await expect.poll(() => panel.getByTestId('field-title').inputValue()).toBe('어르신 무료 급식소 확대 운영');
    await expect.poll(() => rowWith(page, '어르신 무료 급식소 확대 운영').getAttribute('class')).toContain('ag-row-selected');
    // The article itself opens apart, in a new tab (browser mode) that cannot reach back (noopener).
    const { context } = app();
    await context.route('https://news.example.kr/**', (route) => route.fulfill({ contentType: 'text/plain', body: '기사 원문' }));
    const [article] = await Promise.all([context.waitForEvent('page'), panel.getByTestId('open-url').click()]);
    await article.waitForLoadState();
    expect(article.url()).toBe('https://news.example.kr/a/1');
    expect(await article.evaluate(() => window.opener)).toBeNull();
    await article.close();
    await closeDetailDiscarding(page, panel);
  });
});

describe('열 배치를 기억한다', () => {
  let restarted: { core: Core; server: WebServer } | null = null;
  afterAll(async () => {
    await restarted?.server.close().catch(() => {});
    restarted?.core.close();
  });

  it('열 너비·순서·숨긴 열이 새로 고친 뒤에도, 브라우저 모드를 다른 포트로 다시 띄운 뒤에도 그대로다', async () => {
    const a = app();
    const { page } = a;
    await compact(page);
    await page.getByTestId('nav-clippings').click();
    await waitForGrid(page);
    // Hide 지면 with the column chooser.
    await pageOf(page).getByTestId('column-chooser').click();
    await pageOf(page).getByTestId('column-toggle-page').uncheck();
    await pageOf(page).getByTestId('column-chooser').click();
    // Widen 매체명 by dragging its header's edge.
    const before = await headerWidth(page, 'outlet');
    const handle = gridOf(page).locator('.ag-header-row-column .ag-header-cell[col-id="outlet"] .ag-header-cell-resize');
    const hb = (await handle.boundingBox())!;
    await page.mouse.move(hb.x + hb.width / 2, hb.y + hb.height / 2);
    await page.mouse.down();
    await page.mouse.move(hb.x + hb.width / 2 + 40, hb.y + hb.height / 2, { steps: 5 });
    await page.mouse.move(hb.x + hb.width / 2 + 80, hb.y + hb.height / 2, { steps: 5 });
    await page.mouse.up();
    const widened = await headerWidth(page, 'outlet');
    expect(widened).toBeGreaterThan(before + 50);
    // Drag 기자 in front of 매체명.
    const reporter = (await gridOf(page).locator('.ag-header-row-column .ag-header-cell[col-id="reporter"] .ag-header-cell-label').boundingBox())!;
    const outlet = (await gridOf(page).locator('.ag-header-row-column .ag-header-cell[col-id="outlet"]').boundingBox())!;
    await page.mouse.move(reporter.x + 10, reporter.y + reporter.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(reporter.x + 10 + ((outlet.x + 5 - reporter.x - 10) * i) / 10, reporter.y + reporter.height / 2);
    await page.mouse.up();
    const order = await headerIds(page);
    expect(order.indexOf('reporter')).toBeLessThan(order.indexOf('outlet'));
    expect(order).not.toContain('page');
    // Saved in the core for this clerk (after a short pause).
    const saved = async () => {
      const state = (await a.core.call('layout.get', { key: 'grid:clippings' })).state as { columnState?: Array<{ colId: string; hide?: boolean; width?: number }> } | null;
      const cols = state?.columnState ?? [];
      const at = (id: string) => cols.findIndex((c) => c.colId === id);
      return { reporterFirst: at('reporter') >= 0 && at('reporter') < at('outlet'), pageHidden: cols[at('page')]?.hide === true, outletWidth: Math.round(cols[at('outlet')]?.width ?? 0) };
    };
    await expect.poll(saved).toEqual({ reporterFirst: true, pageHidden: true, outletWidth: widened });

    const check = async () => {
      await waitForGrid(page);
      await expect.poll(() => headerIds(page)).toEqual(order);
      expect(Math.abs((await headerWidth(page, 'outlet')) - widened)).toBeLessThanOrEqual(2);
    };
    await page.reload();
    await check();

    // Browser mode again, same data folder, another port: another origin, so no localStorage.
    const oldAddress = a.server.address;
    await a.server.close();
    a.core.close();
    const core = createCore({ dataDir: a.dataDir, actor: ACTOR });
    const server = await startWebServer({ core, port: 0, staticDir: STATIC_DIR, warn: () => {} });
    restarted = { core, server };
    expect(new URL(server.address).port).not.toBe(new URL(oldAddress).port);
    await page.goto(server.address);
    await check();
  });
});
