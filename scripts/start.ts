/**
 * `npm start`: builds the renderer (vite) and the Electron bundles, then starts the desktop app.
 * Electron ≥ 42 fetches its binary on first use; on an offline or closed network that fails, so
 * the lookup runs in a child process with a time limit and, failing that, GuDesk starts in
 * browser mode in this same process (one Korean line explains why, then the address line).
 *
 * Flags: --no-build (reuse dist/ and dist-electron/), --web (skip Electron); all other flags
 * (--data-dir, --port, --open) go on to the app.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildElectron, ROOT } from './build-electron.ts';

export const ELECTRON_LOOKUP_TIMEOUT_MS = 20_000;
/** An Electron that dies this soon with an error (missing system libraries…) counts as unusable. */
const EARLY_FAILURE_MS = 10_000;

const OFFLINE_LINE = 'Electron 실행 파일을 받을 수 없어(오프라인 또는 폐쇄망) 브라우저 모드로 시작합니다.';
const CRASHED_LINE = 'Electron을 실행하지 못해 브라우저 모드로 시작합니다.';
const ELECTRON_STOP_LINE = '끝내려면 GuDesk 창을 닫거나 이 창에서 Ctrl+C를 누르세요.';

function childEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  // Inherited from some shells/IDEs; it would make Electron behave as plain Node.
  delete env['ELECTRON_RUN_AS_NODE'];
  return env;
}

export function buildRenderer(): void {
  const vite = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) {
    throw new Error('화면(renderer) 빌드에 실패했습니다. 위의 오류를 확인하세요.');
  }
}

function killTree(child: ChildProcess): void {
  if (child.pid === undefined) return;
  try {
    if (process.platform === 'win32') spawnSync('taskkill', ['/pid', String(child.pid), '/T', '/F'], { stdio: 'ignore' });
    else process.kill(-child.pid, 'SIGKILL');
  } catch {
    child.kill('SIGKILL');
  }
}

/**
 * Path of the Electron executable, downloading it if the network allows, or null.
 * `require('electron')` prints download progress and errors; all of it is swallowed here.
 */
export function findElectron(timeoutMs = ELECTRON_LOOKUP_TIMEOUT_MS): Promise<string | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-e', "process.stdout.write('\\n' + require('electron'))"], {
      cwd: ROOT,
      env: childEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
      // Own process group, so a hung download (a grandchild) is killed with it.
      detached: process.platform !== 'win32',
    });
    let out = '';
    let settled = false;
    const finish = (value: string | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.stdout?.destroy();
      child.stderr?.destroy();
      resolve(value);
    };
    const timer = setTimeout(() => {
      killTree(child);
      finish(null);
    }, timeoutMs);
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.stderr?.resume();
    child.on('error', () => finish(null));
    child.on('exit', (code) => {
      const last = out.trim().split('\n').pop()?.trim() ?? '';
      finish(code === 0 && last !== '' && existsSync(last) ? last : null);
    });
  });
}

async function startBrowserMode(args: string[]): Promise<void> {
  const { runBrowserMode } = await import('../core/web/main.ts');
  await runBrowserMode(args);
}

function startElectron(electronPath: string, args: string[]): void {
  const startedAt = Date.now();
  const child = spawn(electronPath, ['.', ...args], { cwd: ROOT, env: childEnv(), stdio: 'inherit' });
  console.log(ELECTRON_STOP_LINE);
  const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
  process.on('SIGINT', forward('SIGINT'));
  process.on('SIGTERM', forward('SIGTERM'));
  child.on('error', () => {
    console.log(CRASHED_LINE);
    void startBrowserMode(args).catch(fail);
  });
  child.on('exit', (code, signal) => {
    if (code !== 0 && signal === null && Date.now() - startedAt < EARLY_FAILURE_MS) {
      console.log(CRASHED_LINE);
      void startBrowserMode(args).catch(fail);
      return;
    }
    process.exit(code ?? 0);
  });
}

function fail(err: unknown): never {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
}

export async function main(argv: string[]): Promise<void> {
  const noBuild = argv.includes('--no-build');
  const webOnly = argv.includes('--web');
  const rest = argv.filter((a) => a !== '--no-build' && a !== '--web');
  if (!noBuild) {
    buildRenderer();
    await buildElectron();
  }
  if (webOnly) return startBrowserMode(rest);
  const electronPath = await findElectron();
  if (!electronPath) {
    console.log(OFFLINE_LINE);
    return startBrowserMode(rest);
  }
  startElectron(electronPath, rest);
}

if (import.meta.main) {
  main(process.argv.slice(2)).catch(fail);
}
