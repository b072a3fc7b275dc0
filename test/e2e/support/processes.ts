/**
 * Real GuDesk processes for end-to-end tests: the `gudesk` CLI on a data folder and the
 * `gudesk-server` on 127.0.0.1, each a child of the test runner's own Node (process.execPath: the
 * Node 24 pinned in devDependencies, which the native better-sqlite3 was built for).
 * GUDESK_E2E_TIMING=1 prints how long each command took.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const CLIENT_BIN = path.join(REPO_ROOT, 'bin', 'gudesk.mjs');
const SERVER_BIN = path.join(REPO_ROOT, 'bin', 'gudesk-server.mjs');

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Children still running, so a failed test does not leave a server behind. */
const live = new Set<ChildProcess>();

/** The environment without GUDESK_* settings of whoever runs the tests: every path is explicit. */
function childEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (key.startsWith('GUDESK_')) delete env[key];
  return env;
}

export interface Running {
  child: ChildProcess;
  /** Output so far (grows while the process runs). */
  output(): { stdout: string; stderr: string };
  done: Promise<Finished>;
}

function launch(bin: string, args: readonly string[], input?: string): Running {
  const child = spawn(process.execPath, [bin, ...args], { cwd: REPO_ROOT, env: childEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
  live.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (s: string) => (stdout += s));
  child.stderr!.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  child.stdin!.end(input ?? '');
  const started = Date.now();
  const done = new Promise<Finished>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => {
      live.delete(child);
      if (process.env['GUDESK_E2E_TIMING']) console.log(`${Date.now() - started} ms: ${path.basename(bin)} ${args.slice(0, 5).join(' ')}`);
      resolve({ code, signal, stdout, stderr });
    });
  });
  return { child, output: () => ({ stdout, stderr }), done };
}

/** Starts `gudesk [--data-dir dir] …args` without waiting for it. */
export function startGudesk(dataDir: string, args: readonly string[], input?: string): Running {
  return launch(CLIENT_BIN, ['--data-dir', dataDir, ...args], input);
}

/** Runs `gudesk --data-dir dir …args` to the end; throws with its output unless it exited 0. */
export async function gudesk(dataDir: string, args: readonly string[], input?: string): Promise<string> {
  const r = await startGudesk(dataDir, args, input).done;
  if (r.code !== 0) throw new Error(`gudesk ${args.join(' ')} → ${r.code ?? r.signal}\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** `gudesk … --json`: the one JSON line it prints. */
export async function gudeskJson<T>(dataDir: string, args: readonly string[]): Promise<T> {
  return JSON.parse(await gudesk(dataDir, [...args, '--json'])) as T;
}

/** Runs `gudesk-server …args` (an account or update command) to the end; throws unless it exited 0. */
export async function gudeskServerCommand(args: readonly string[], input?: string): Promise<string> {
  const r = await launch(SERVER_BIN, args, input).done;
  if (r.code !== 0) throw new Error(`gudesk-server ${args.join(' ')} → ${r.code ?? r.signal}\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

export interface ServerProcess extends Running {
  url: string;
  port: number;
}

/**
 * Starts `gudesk-server --host 127.0.0.1 …args` and resolves once it printed the address it
 * listens on (`--port 0` picks a free port; the printed address tells which).
 */
export async function startGudeskServer(args: readonly string[], timeoutMs = 20_000): Promise<ServerProcess> {
  const running = launch(SERVER_BIN, ['--host', '127.0.0.1', ...args]);
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => fail(`서버가 ${timeoutMs} ms 안에 주소를 알리지 않았습니다.`), timeoutMs);
    const onData = () => {
      const m = /(https?:\/\/127\.0\.0\.1:\d+)/.exec(running.output().stdout);
      if (m) {
        cleanup();
        resolve(m[1]!);
      }
    };
    const fail = (why: string) => {
      cleanup();
      running.child.kill('SIGKILL');
      const { stdout, stderr } = running.output();
      reject(new Error(`${why}\n${stdout}\n${stderr}`));
    };
    const onExit = () => fail('서버가 시작하자마자 끝났습니다.');
    function cleanup() {
      clearTimeout(timer);
      running.child.stdout!.off('data', onData);
      running.child.off('exit', onExit);
    }
    running.child.stdout!.on('data', onData);
    running.child.once('exit', onExit);
  });
  return { ...running, url, port: Number(new URL(url).port) };
}

/** SIGKILLs a child (no clean-up handlers run, as when the power goes) and waits until it is gone. */
export async function killHard(running: Running): Promise<Finished> {
  running.child.kill('SIGKILL');
  return running.done;
}

/** Kills whatever a test left running (call from afterAll). */
export async function killAll(): Promise<void> {
  const left = [...live];
  for (const child of left) child.kill('SIGKILL');
  await Promise.all(left.map((c) => (c.exitCode !== null || c.signalCode !== null ? undefined : new Promise((r) => c.once('close', r)))));
}
