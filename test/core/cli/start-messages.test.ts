/**
 * `npm start` as a clerk meets it in a terminal: with the usual port taken by another program it
 * says so and which address it opens instead, says how to stop it, and Ctrl+C (SIGINT) ends it.
 * A real process (scripts/start.ts in browser mode, no build), its stdout read line by line.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_PORT } from '../../../core/web/server.ts';
import { tempDir } from '../temp-core.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** Holds the usual port like another program would; if one already does, it is taken all the same. */
function occupy(port: number): Promise<Server | null> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(null));
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

function waitForLines(child: ChildProcess, until: (out: string) => boolean, timeoutMs = 60_000): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`no such output within ${timeoutMs} ms:\n${out}\n${err}`)), timeoutMs);
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (until(out)) {
        clearTimeout(timer);
        resolve(out);
      }
    });
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`ended early (${code}):\n${out}\n${err}`));
    });
  });
}

describe('npm start', () => {
  it('says the usual address is taken and which one it opens instead, how to stop it, and stops on Ctrl+C', async () => {
    const holder = await occupy(DEFAULT_PORT);
    if (holder) cleanups.push(() => new Promise<void>((r) => holder.close(() => r())));
    const data = tempDir('gudesk-start-');
    cleanups.push(() => data.remove());
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'start.ts'), '--web', '--no-build', '--data-dir', data.dir], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    cleanups.push(() => void (child.exitCode === null && child.kill('SIGKILL')));

    const out = await waitForLines(child, (o) => o.includes('Ctrl+C'));
    const address = /GuDesk 브라우저 모드: http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
    expect(address, out).not.toBeNull();
    const port = Number(address![1]);
    expect(port).not.toBe(DEFAULT_PORT);
    const lines = out.trim().split('\n');
    expect(lines).toContain(`평소 주소(127.0.0.1:${DEFAULT_PORT})는 다른 프로그램이 쓰고 있어 127.0.0.1:${port}에서 엽니다.`);
    expect(lines).toContain('끝내려면 이 창에서 Ctrl+C를 누르세요.');
    // The address still answers: it is the app.
    expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(200);

    child.kill('SIGINT');
    expect(await exited).toBe(0);
  }, 90_000);
});
