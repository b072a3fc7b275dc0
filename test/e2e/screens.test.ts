/**
 * Every register screen at 1366×768 (a common office PC) and 1920×1080: screenshots kept in
 * test-results/screenshots/ for a person to look at, and what a clerk notices on a small screen:
 * at least 15 rows with the chart open, the form's 저장 in view also with messages shown, the
 * cursor on the first field in error, the last column's numbers clear of the scrollbar, and no
 * sideways scrolling of the window.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { RESULTS_DIR, useApp } from './support/app.ts';
import { closeDetailDiscarding, closeToasts, gridOf, pageOf, waitForGrid } from './support/grid.ts';

const app = useApp({
  seed: async (core) => {
    await core.call('app.seedDemo', {});
  },
});

const SHOTS = path.join(RESULTS_DIR, 'screenshots');

async function shot(page: Page, name: string, size: { width: number; height: number }): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await closeToasts(page);
  await page.screenshot({ path: path.join(SHOTS, `${name}-${size.width}x${size.height}.png`) });
}

/** Rows of the grid whose whole height is inside the scrolling body. */
async function fullyVisibleRows(grid: Locator): Promise<number> {
  return grid.evaluate((g) => {
    // ag-grid 36: one scrolling viewport, the header rows sticky at its top.
    const top = g.querySelector('.ag-grid-pinned-top-rows')!.getBoundingClientRect().bottom;
    const bottom = g.querySelector('.ag-grid-viewport')!.getBoundingClientRect().bottom;
    return [...g.querySelectorAll('.ag-grid-scrolling-rows .ag-row[row-index]')].filter((r) => {
      const b = r.getBoundingClientRect();
      return b.top >= top - 0.5 && b.bottom <= bottom + 0.5;
    }).length;
  });
}

/** The element is in the window and nothing covers its centre (a clerk can click it). */
async function reachable(target: Locator): Promise<boolean> {
  return target.evaluate((el) => {
    const b = el.getBoundingClientRect();
    const inView = b.top >= 0 && b.left >= 0 && b.bottom <= window.innerHeight && b.right <= window.innerWidth;
    const hit = document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2);
    return inView && !!hit && (hit === el || el.contains(hit));
  });
}

/** How far the last column's text reaches under the vertical scrollbar strip (px, ≤ 0 is clear). */
async function lastColumnUnderScrollbar(grid: Locator): Promise<{ px: number; what: string }> {
  return grid.evaluate((g) => {
    const strip = g.querySelector('.ag-body-vertical-scroll')!.getBoundingClientRect();
    let worst = -Infinity;
    let what = '';
    for (const cell of g.querySelectorAll('.ag-grid-scrolling-rows .ag-row .ag-cell.ag-column-last')) {
      const texts = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let t = texts.nextNode(); t; t = texts.nextNode()) {
        if (!t.textContent?.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(t);
        const r = range.getBoundingClientRect();
        // Text beyond the strip is scrolled out of view sideways, not hidden under it.
        if (r.width > 0 && r.left < strip.right && r.right - strip.left > worst) {
          worst = r.right - strip.left;
          what = `${cell.getAttribute('col-id')} '${t.textContent}' ${r.left}–${r.right}, strip ${strip.left}–${strip.right}`;
        }
      }
    }
    return { px: worst, what };
  });
}

const noSidewaysScroll = (page: Page) =>
  page.evaluate(() => [document.documentElement, document.body, document.querySelector('.app-main')!].every((e) => e.scrollWidth <= e.clientWidth));

describe('화면 크기', () => {
  for (const size of [
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    it(`${size.width}×${size.height}: every register screen fits, its form buttons stay in view and the cursor goes to the first error`, async () => {
      const { page } = app();
      await page.setViewportSize(size);
      await page.getByTestId('nav-clippings').click();
      const clippings = pageOf(page);
      await waitForGrid(page);
      await clippings.getByTestId('stats-chart').waitFor();
      await shot(page, 'clippings', size);
      const withChart = await fullyVisibleRows(gridOf(page));
      expect(withChart).toBeGreaterThanOrEqual(size.height === 768 ? 15 : 20);
      expect(await noSidewaysScroll(page)).toBe(true);
      // Folding the chart gives its height to the grid's rows; unfolded again for the next screens.
      await clippings.getByTestId('stats-toggle').click();
      await expect.poll(() => fullyVisibleRows(gridOf(page))).toBeGreaterThanOrEqual(withChart + 4);
      await clippings.getByTestId('stats-toggle').click();
      await clippings.getByTestId('stats-chart').waitFor();

      // A new clipping refused: a bad date and no title. Both messages show, the cursor is on the
      // first of them (보도일자, the first field), and 등록/닫기 are still in view.
      await clippings.getByTestId('add-button').click();
      const form = clippings.getByTestId('detail-panel');
      await form.getByTestId('field-publishedOn').fill('2024. 2. 30.');
      await form.getByTestId('field-outlet').fill('KBS');
      await form.getByTestId('save-button').click();
      await form.getByTestId('error-title').waitFor();
      expect(await form.getByTestId('error-publishedOn').textContent()).toBe('보도일자는 2024. 9. 2. 형식의 실제 날짜로 입력하세요.');
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('field-publishedOn');
      expect(await reachable(form.getByTestId('save-button'))).toBe(true);
      expect(await reachable(form.getByTestId('cancel-button'))).toBe(true);
      // The grid keeps most of the window beside the panel.
      const gridWidth = (await gridOf(page).boundingBox())!.width;
      expect(gridWidth).toBeGreaterThan(size.width * 0.45);
      await shot(page, 'clippings-form-error', size);

      // Fixing the date moves the cursor to the next field in error on the next try.
      await form.getByTestId('field-publishedOn').fill('2024. 9. 2.');
      await form.getByTestId('save-button').click();
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('field-title');
      await closeDetailDiscarding(page, form, 'cancel-button');

      await page.getByTestId('nav-releases').click();
      const releases = pageOf(page, 'releases');
      await waitForGrid(page, 'releases');
      // Polled: the grid fits its columns to the new width a frame after it is shown.
      await page.waitForTimeout(300);
      const clear = await lastColumnUnderScrollbar(gridOf(page, 'releases'));
      expect(clear.px, clear.what).toBeLessThanOrEqual(0);
      expect(await noSidewaysScroll(page)).toBe(true);
      await shot(page, 'releases', size);
      await gridOf(page, 'releases').locator('.ag-row[row-index="0"] .ag-cell[col-id="distributedOn"]').click();
      await releases.getByTestId('open-detail').click();
      await releases.getByTestId('detail-form').waitFor();
      expect(await reachable(releases.getByTestId('save-button'))).toBe(true);
      const underStrip = await lastColumnUnderScrollbar(gridOf(page, 'releases'));
      expect(underStrip.px, underStrip.what).toBeLessThanOrEqual(0);
      await shot(page, 'releases-form', size);
      await closeDetailDiscarding(page, releases);

      await page.getByTestId('nav-settings').click();
      await page.getByTestId('app-info').waitFor();
      expect(await noSidewaysScroll(page)).toBe(true);
      await shot(page, 'settings', size);
    });
  }

  it('1024×700: the detail panel lies over the grid instead of squeezing it, its buttons in view', async () => {
    const { page } = app();
    const size = { width: 1024, height: 700 };
    await page.setViewportSize(size);
    await page.getByTestId('nav-clippings').click();
    const clippings = pageOf(page);
    await waitForGrid(page);
    const before = (await gridOf(page).boundingBox())!.width;
    await clippings.getByTestId('add-button').click();
    const form = clippings.getByTestId('detail-panel');
    await form.getByTestId('save-button').click();
    await form.getByTestId('error-title').waitFor();
    expect((await gridOf(page).boundingBox())!.width).toBe(before);
    expect(await reachable(form.getByTestId('save-button'))).toBe(true);
    expect(await noSidewaysScroll(page)).toBe(true);
    await shot(page, 'clippings-form-narrow', size);
    await closeDetailDiscarding(page, form, 'cancel-button');
  });

  it('a clipping entered twice is refused with "같은 언론보도가 이미 있습니다", the cursor on that message', async () => {
    const { page, core } = app();
    await page.setViewportSize({ width: 1366, height: 768 });
    const [existing] = await core.call('clippings.list', {});
    const clippings = pageOf(page);
    await clippings.getByTestId('add-button').click();
    const form = clippings.getByTestId('detail-panel');
    await form.getByTestId('field-publishedOn').fill(existing!.publishedOn);
    await form.getByTestId('field-outlet').fill(existing!.outlet);
    await form.getByTestId('field-title').fill(existing!.title);
    await form.getByTestId('save-button').click();
    await expect.poll(() => form.getByTestId('form-error').textContent()).toMatch(/^같은 언론보도가 이미 있습니다/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('form-error');
    expect(await reachable(form.getByTestId('save-button'))).toBe(true);
    await closeDetailDiscarding(page, form, 'cancel-button');
  });

  it('the detail panel is widened by dragging its edge, and opens at that width next time', async () => {
    const { page } = app();
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByTestId('nav-clippings').click();
    const clippings = pageOf(page);
    await clippings.getByTestId('add-button').click();
    const panel = clippings.getByTestId('detail-panel');
    const before = (await panel.boundingBox())!;
    const edge = (await panel.getByTestId('detail-resize').boundingBox())!;
    await page.mouse.move(edge.x + edge.width / 2, edge.y + 200);
    await page.mouse.down();
    await page.mouse.move(edge.x - 120, edge.y + 200, { steps: 5 });
    await page.mouse.up();
    const wider = (await panel.boundingBox())!.width;
    expect(wider).toBeGreaterThan(before.width + 100);
    await closeDetailDiscarding(page, panel, 'cancel-button');
    await clippings.getByTestId('add-button').click();
    expect(Math.abs((await panel.boundingBox())!.width - wider)).toBeLessThan(2);
    // From the keyboard: → on the focused edge narrows it (← widens it).
    await panel.getByTestId('detail-resize').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect((await panel.boundingBox())!.width).toBeLessThan(wider - 100);
    await closeDetailDiscarding(page, panel, 'cancel-button');
  });
});
