/**
 * One GuDesk as a clerk meets it in browser mode: a real core on a fresh temp data folder, the
 * browser-mode HTTP server on a free port, and Debian's Chromium (fresh profile) showing the
 * built renderer. `useApp()` starts it once per test file and tears everything down afterwards.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { createCore } from '../../../core/api/core.ts';
import type { Core } from '../../../core/api/core-types.ts';
import { startWebServer, type WebServer } from '../../../core/web/server.ts';

export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
export const STATIC_DIR = path.join(REPO_ROOT, 'dist', 'renderer');
export const RESULTS_DIR = path.join(REPO_ROOT, 'test-results');
export const CHROMIUM = process.env['GUDESK_E2E_CHROMIUM'] ?? '/usr/bin/chromium';
export const ACTOR = '홍길동';

export interface E2eApp {
  core: Core;
  server: WebServer;
  context: BrowserContext;
  page: Page;
  dataDir: string;
  /** Uncaught exceptions in the page: a crash the clerk would notice as a dead screen. */
  pageErrors: string[];
  /** Opens the app's address (with #token=…) in the page and waits for the first screen. */
  open(): Promise<void>;
  close(): Promise<void>;
}

export interface StartOptions {
  /** Writes known rows through the core before the page opens. */
  seed?: (core: Core) => Promise<void>;
  /**
   * The first-run dialog (offered on an empty database) is marked as done in localStorage so it
   * does not cover the page; 'show' keeps it, for tests that go through it.
   */
  firstRun?: 'skip' | 'show';
}

/** localStorage key of renderer/src/app/FirstRunDialog.tsx (FIRST_RUN_KEY). */
const FIRST_RUN_KEY = 'gudesk.firstRunDone';

function freshDir(prefix: string): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

export async function startApp(options: StartOptions = {}): Promise<E2eApp> {
  if (!existsSync(path.join(STATIC_DIR, 'index.html'))) {
    throw new Error(`화면 빌드(${STATIC_DIR})가 없습니다. 먼저 \`npx vite build\`를 실행하세요 (npm run test:e2e는 자동으로 합니다).`);
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium이 없습니다 (${CHROMIUM}). \`apt-get install -y chromium\`으로 설치하세요.`);
  }
  const dataDir = freshDir('gudesk-e2e-data-');
  const profileDir = freshDir('gudesk-e2e-profile-');
  const core = createCore({ dataDir, actor: ACTOR });
  let server: WebServer | null = null;
  let context: BrowserContext | null = null;
  const cleanup = async () => {
    await context?.close().catch(() => {});
    await server?.close().catch(() => {});
    core.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(profileDir, { recursive: true, force: true });
  };
  try {
    if (options.seed) await options.seed(core);
    server = await startWebServer({ core, port: 0, staticDir: STATIC_DIR, warn: () => {} });
    // A persistent context is how Playwright takes a user-data-dir (the raw flag is refused).
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      locale: 'ko-KR',
      timezoneId: 'Asia/Seoul',
      viewport: { width: 1680, height: 1000 },
      acceptDownloads: true,
    });
    context.setDefaultTimeout(15_000);
    if (options.firstRun !== 'show') {
      // Also runs in frames without storage (the PDF preview), where localStorage is null.
      await context.addInitScript((key) => window.localStorage?.setItem(key, '1'), FIRST_RUN_KEY);
    }
    const page = context.pages()[0] ?? (await context.newPage());
    const pageErrors: string[] = [];
    page.on('pageerror', (err) => pageErrors.push(err.message));
    // ag-grid reports a missing feature module or a bad option as a console error, not an exception.
    page.on('console', (msg) => {
      if (msg.type() === 'error' && /AG Grid/i.test(msg.text())) pageErrors.push(msg.text());
    });
    const srv = server;
    return {
      core,
      server: srv,
      context,
      page,
      dataDir,
      pageErrors,
      async open() {
        await page.goto(srv.address);
        await page.locator('#root > *').first().waitFor();
      },
      close: cleanup,
    };
  } catch (err) {
    await cleanup();
    throw err;
  }
}

/**
 * Registers the file's hooks: the app starts before the first test and closes after the last.
 * A failing test leaves a screenshot in test-results/failures/; uncaught page errors fail the test.
 */
export function useApp(options: StartOptions = {}): () => E2eApp {
  let app: E2eApp | null = null;
  beforeAll(async () => {
    app = await startApp(options);
    await app.open();
  });
  afterEach(async (ctx) => {
    if (!app) return;
    if (ctx.task.result?.state === 'fail') {
      const dir = path.join(RESULTS_DIR, 'failures');
      mkdirSync(dir, { recursive: true });
      const name = `${ctx.task.file?.name ?? 'e2e'}-${ctx.task.name}`.replace(/[^\p{L}\p{N}._-]+/gu, '_').slice(0, 150);
      await app.page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true }).catch(() => {});
    }
    const errors = app.pageErrors.splice(0);
    expect(errors, '화면에서 처리되지 않은 오류가 났습니다').toEqual([]);
  });
  afterAll(async () => {
    await app?.close();
    app = null;
  });
  return () => {
    if (!app) throw new Error('앱이 아직 시작되지 않았습니다 (beforeAll 실패?).');
    return app;
  };
}
