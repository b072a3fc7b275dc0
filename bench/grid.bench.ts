/**
 * The register grid in headless Chromium (browser mode, 1366×768, as a clerk's office PC):
 *   (a) scrolling: frames per second while the grid body is scrolled a fixed distance every
 *       animation frame for a fixed time, 100,000 clippings against the same grid with 1,000
 *       (same run, same browser). Goal: ratio ≥ 0.9.
 *   (b) copying 10,000 checked rows with Ctrl+C: the grid's own copy path up to the text handed
 *       to the clipboard (performance measure 'gudesk-copy', useGridSheet.ts) against exporting
 *       the same 10,000 rows to CSV through the core (clippings.export). Goal: copy ≤ export.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { createCore } from '../core/api/core.ts';
import type { Core } from '../core/api/core-types.ts';
import { startWebServer } from '../core/web/server.ts';
import { ms } from './fixtures.ts';

// Code run inside the page, as source text: the Node tsconfig has no DOM types (test/e2e has them).
const READ_CLIPBOARD = 'navigator.clipboard.readText()';
const CLEAR_COPY_MEASURES = "performance.clearMeasures('gudesk-copy')";
const LAST_COPY_MS = "performance.getEntriesByName('gudesk-copy').at(-1)?.duration ?? NaN";
/** Frames per second while the grid body scrolls a fixed step every animation frame (wrapping at the end). */
const SCROLL_FPS = (duration: number, step: number) => `new Promise((resolve) => {
  // The element that scrolls the rows vertically (its class differs between ag-grid versions).
  const candidates = [...document.querySelectorAll('[data-testid="grid-clippings"] *')].filter(
    (el) => el.scrollHeight > el.clientHeight + 100 && /auto|scroll/.test(getComputedStyle(el).overflowY),
  );
  const body = candidates.sort((a, b) => b.scrollHeight - a.scrollHeight)[0];
  if (!body) throw new Error('스크롤할 표 본문을 찾지 못했습니다.');
  let frames = 0;
  const start = performance.now();
  const tick = (now) => {
    const max = body.scrollHeight - body.clientHeight;
    body.scrollTop = body.scrollTop + ${step} > max ? 0 : body.scrollTop + ${step};
    frames++;
    if (now - start < ${duration}) requestAnimationFrame(tick);
    else resolve((frames * 1000) / (now - start));
  };
  requestAnimationFrame(tick);
})`;

const STATIC_DIR = join(import.meta.dirname, '..', 'dist', 'renderer');
const SCROLL_MS = 4000;
/** Pixels per frame: about 6 rows, a brisk wheel scroll. */
const SCROLL_STEP = 200;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function withApp<T>(context: BrowserContext, rows: number, run: (page: Page, core: Core) => Promise<T>): Promise<T> {
  const dataDir = mkdtempSync(join(tmpdir(), 'gudesk-bench-grid-'));
  const core = createCore({ dataDir, actor: 'bench' });
  const server = await startWebServer({ core, port: 0, staticDir: STATIC_DIR, warn: () => {} });
  const page = await context.newPage();
  const step = (what: string) => process.stderr.write(`  [표 ${rows.toLocaleString()}건] ${what}\n`);
  try {
    await core.call('app.seedDemo', { rows });
    step('예시 데이터 준비됨');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.address).origin });
    await page.goto(server.address);
    await page.bringToFront(); // a background tab gets no animation frames
    const grid = page.locator('[data-testid="grid-clippings"]');
    await grid.locator('.ag-row').first().waitFor({ state: 'visible', timeout: 60_000 });
    // Every row loaded (the first screenful comes before the rest).
    await page.locator('[data-testid="row-count"]').filter({ hasNotText: '불러오는 중' }).waitFor({ timeout: 60_000 });
    step('표에 모든 행이 올라옴');
    return await run(page, core);
  } finally {
    await page.close();
    await server.close();
    core.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Frames per second while scrolling the grid body programmatically (wrapping at the end). */
function scrollFps(page: Page): Promise<number> {
  return page.evaluate<number>(SCROLL_FPS(SCROLL_MS, SCROLL_STEP));
}

async function copyAllMs(page: Page, rows: number): Promise<number> {
  const grid = page.locator('[data-testid="grid-clippings"]');
  const headerBox = grid.locator('.ag-header-select-all input[type=checkbox]').first();
  if (!(await headerBox.isChecked())) await headerBox.check();
  await grid.locator('.ag-row[row-index="0"] .ag-cell[col-id="title"]').first().click();
  await page.evaluate(CLEAR_COPY_MEASURES);
  await page.keyboard.press('Control+C');
  const toast = page.locator('[data-testid="toast"]', { hasText: `${rows.toLocaleString('ko-KR')}행을 복사했습니다` }).last();
  await toast.waitFor({ timeout: 30_000 });
  const copied = await page.evaluate<string>(READ_CLIPBOARD);
  if (copied.split('\r\n').length !== rows + 1) throw new Error(`복사한 줄 수가 ${rows + 1}이 아닙니다: ${copied.split('\r\n').length}`);
  await toast.getByRole('button', { name: '닫기' }).click().catch(() => {});
  return page.evaluate<number>(LAST_COPY_MS);
}

export async function gridBench(rows = 100_000) {
  if (!existsSync(join(STATIC_DIR, 'index.html'))) throw new Error('화면 빌드가 없습니다. 먼저 `npx vite build`를 실행하세요.');
  const profile = mkdtempSync(join(tmpdir(), 'gudesk-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1366, height: 768 },
    locale: 'ko-KR',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    await context.addInitScript(() => localStorage.setItem('gudesk.firstRunDone', '1'));
    const small = await withApp(context, 1000, async (page) => {
      await scrollFps(page); // warm-up: code paths compiled, fonts loaded
      return scrollFps(page);
    });
    const large = await withApp(context, rows, async (page) => {
      await scrollFps(page);
      return scrollFps(page);
    });
    const copyRows = 10_000;
    const copy = await withApp(context, copyRows, async (page, core) => {
      const copyMs: number[] = [];
      const exportMs: number[] = [];
      for (let i = 0; i < 3; i++) {
        copyMs.push(await copyAllMs(page, copyRows));
        const t = process.hrtime.bigint();
        const file = await core.call('clippings.export', { format: 'csv' });
        exportMs.push(ms(t));
        if (file.rowCount !== copyRows) throw new Error(`내보낸 행 수가 ${copyRows}이 아닙니다: ${file.rowCount}`);
      }
      return { copyMs: median(copyMs), exportMs: median(exportMs), copyRows };
    });
    return { rows, smallFps: small, largeFps: large, ...copy };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
