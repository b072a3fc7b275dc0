/**
 * Browser mode with 100,000 clippings, as a clerk starts it: the browser-mode process is spawned
 * (`node core/web/main.ts`), prints its address, and Chromium (already open) loads it.
 *   - first grid render: from navigation to the first grid rows on screen;
 *   - start to interactive: from process spawn to rows on screen and a search typed and answered.
 * Baseline, same run: the same steps on an empty data folder. Goals: ≤ 1 s and ≤ 2 s.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { createCore } from '../core/api/core.ts';
import { ms } from './fixtures.ts';

const ROOT = join(import.meta.dirname, '..');

function startServer(dataDir: string): Promise<{ address: string; stop(): void }> {
  const child = spawn(process.execPath, [join(ROOT, 'core/web/main.ts'), '--data-dir', dataDir, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(out);
      if (m) resolve({ address: m[1]!, stop: () => child.kill('SIGTERM') });
    });
    child.on('exit', (code) => reject(new Error(`browser mode exited (${code}): ${out}`)));
  });
}

async function measure(context: BrowserContext, dataDir: string, expectRows: boolean) {
  const page = await context.newPage();
  const t0 = process.hrtime.bigint();
  const server = await startServer(dataDir);
  try {
    return await measureOpen(page, server.address, t0, expectRows);
  } finally {
    await page.close();
    server.stop();
  }
}

async function measureOpen(page: Page, address: string, t0: bigint, expectRows: boolean) {
  const listening = ms(t0);
  const tNav = process.hrtime.bigint();
  await page.goto(address);
  const grid = page.locator('[data-testid="grid-clippings"]');
  if (expectRows) await grid.locator('.ag-row').first().waitFor({ state: 'visible', timeout: 30_000 });
  else await grid.locator('.ag-root').first().waitFor({ state: 'visible', timeout: 30_000 });
  const firstRender = ms(tNav);
  await page.locator('[data-testid="search-input"]').fill('구청');
  await page.locator('[data-testid="search-input"]').press('Enter');
  await page.locator('[data-testid="search-count"]').waitFor({ state: 'visible', timeout: 30_000 });
  const interactive = ms(t0);
  return { listening, firstRender, interactive };
}

export async function browserBench(rows = 100_000) {
  const profile = mkdtempSync(join(tmpdir(), 'gudesk-bench-profile-'));
  const empty = mkdtempSync(join(tmpdir(), 'gudesk-bench-empty-'));
  const full = mkdtempSync(join(tmpdir(), 'gudesk-bench-full-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1600, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    await context.addInitScript(() => localStorage.setItem('gudesk.firstRunDone', '1'));
    const core = createCore({ dataDir: full, actor: 'bench' });
    await core.call('app.seedDemo', { rows });
    core.close();
    createCore({ dataDir: empty }).close();
    await measure(context, full, true); // warm the OS file cache and Chromium's code cache
    const baseline = await measure(context, empty, false);
    const runs = [await measure(context, full, true), await measure(context, full, true), await measure(context, full, true)];
    const median = (k: 'listening' | 'firstRender' | 'interactive') => runs.map((r) => r[k]).sort((a, b) => a - b)[1]!;
    return { rows, baseline, withRows: { listening: median('listening'), firstRender: median('firstRender'), interactive: median('interactive') } };
  } finally {
    await context.close();
    for (const d of [profile, empty, full]) rmSync(d, { recursive: true, force: true });
  }
}
