/**
 * Lists at 100,000 clippings, each against a baseline in the same run:
 *   - export of the current list (all 100,000 ids in grid order + the visible columns) against
 *     the whole-register export of the same rows (goal ≤ 1.5×: picking by id costs little);
 *   - 인쇄 of the most rows one print takes (PRINT_MAX_ROWS) to PDF (goal ≤ 10 s on the core process);
 *   - in Chromium: a 매체 bar click until the list and 한눈에 보기 show the filtered count, with
 *     100,000 rows against the same page with 1,000 rows (goal ≤ 1,000 ms at 100,000).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { createCore } from '../core/api/core.ts';
import type { Core } from '../core/api/core-types.ts';
import { startWebServer } from '../core/web/server.ts';
import { PRINT_MAX_ROWS } from '../shared/print/limits.ts';
import { ms } from './fixtures.ts';

const ROOT = join(import.meta.dirname, '..');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function exportTimes(core: Core) {
  const ids = (await core.call('clippings.list', {})).map((c) => c.id).reverse();
  const fields = ['publishedOn', 'outlet', 'mediaType', 'title', 'reporter', 'department', 'tone'];
  const whole: number[] = [];
  const list: number[] = [];
  for (let i = 0; i < 3; i++) {
    let t = process.hrtime.bigint();
    await core.call('clippings.export', { format: 'csv' });
    whole.push(ms(t));
    t = process.hrtime.bigint();
    await core.call('clippings.export', { format: 'csv', ids, fields, scope: 'list' });
    list.push(ms(t));
  }
  return { wholeMs: median(whole), listMs: median(list) };
}

async function printTime(core: Core) {
  const rows = (await core.call('clippings.list', {})).slice(0, PRINT_MAX_ROWS).map((c) => [c.publishedOn, c.outlet, c.mediaType, c.title, c.reporter, c.department, c.tone]);
  const columns = ['보도일자', '매체명', '매체구분', '제목', '기자', '관련부서', '논조'].map((label, i) => ({ label, width: i === 3 ? 320 : 100 }));
  const t = process.hrtime.bigint();
  await core.call('print.list', { title: '언론보도 목록', columns, rows, fileStem: 'bench', register: 'clippings' });
  return ms(t);
}

/** Runs in the page (a string: the bench compiles without the DOM types). Resolves with ms. */
const CLICK_FIRST_MEDIA_BAR = `(async () => {
  const bar = document.querySelector('[data-testid="stats-media-chart"] g[data-key]');
  const basis = document.querySelector('[data-testid="stats-basis"]');
  const before = basis.textContent;
  const t0 = performance.now();
  bar.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  await new Promise((resolve) => {
    const o = new MutationObserver(() => {
      if (basis.textContent !== before) { o.disconnect(); resolve(); }
    });
    o.observe(basis, { childList: true, subtree: true, characterData: true });
  });
  return performance.now() - t0;
})()`;

/** Click the first 매체 bar (on) and again (off), until the chart's basis text changed; median of 3 pairs. */
async function barClicks(page: Page): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < 6; i++) samples.push(await page.evaluate<number>(CLICK_FIRST_MEDIA_BAR));
  return median(samples);
}

async function chartClick(rows: number): Promise<number> {
  const dataDir = mkdtempSync(join(tmpdir(), 'gudesk-bench-lists-'));
  const profile = mkdtempSync(join(tmpdir(), 'gudesk-bench-profile-'));
  const core = createCore({ dataDir, actor: 'bench' });
  await core.call('app.seedDemo', { rows });
  const server = await startWebServer({ core, port: 0, staticDir: join(ROOT, 'dist', 'renderer'), warn: () => {} });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1366, height: 768 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    await context.addInitScript(() => localStorage.setItem('gudesk.firstRunDone', '1'));
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(server.address);
    await page.locator('[data-testid="stats-basis"]', { hasText: `현재 목록 ${rows.toLocaleString('ko-KR')}건` }).waitFor({ timeout: 120_000 });
    return await barClicks(page);
  } finally {
    await context.close();
    await server.close();
    core.close();
    for (const d of [dataDir, profile]) rmSync(d, { recursive: true, force: true });
  }
}

export async function listsBench(rows = 100_000) {
  const dataDir = mkdtempSync(join(tmpdir(), 'gudesk-bench-lists-core-'));
  const core = createCore({ dataDir, actor: 'bench' });
  try {
    await core.call('app.seedDemo', { rows });
    const exp = await exportTimes(core);
    const printMs = await printTime(core);
    core.close();
    const baselineClickMs = await chartClick(1000);
    const clickMs = await chartClick(rows);
    return { rows, ...exp, printMs, printRows: PRINT_MAX_ROWS, clickMs, baselineClickMs };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
