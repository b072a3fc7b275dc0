/**
 * Password guessing: every attempt is counted before its slow hash, few hashes run at once, and
 * delays grow per PC rather than locking the real clerk out because somebody else guessed.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { passwordChecks } from '../../server/auth/password.ts';
import { BACKENDS } from './support/backends.ts';
import { TestClient } from './support/client.ts';
import { runCli } from './support/cli.ts';
import { startTestServer } from './support/server.ts';
import type { TestServer } from './support/server.ts';

const KOREAN = /[가-힣]/;
const root = join(import.meta.dirname, '../..');

/** `gudesk-server` as an administrator runs it; resolves with its address once it listens. */
function serverProcess(dataDir: string): Promise<{ url: string; stop(): Promise<void> }> {
  return new Promise((resolve, reject) => {
    const child = spawn(join(root, 'node_modules/.bin/node'), [join(root, 'bin/gudesk-server.mjs'), '--port', '0', '--data-dir', dataDir], { cwd: root });
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+) 에서 요청을 기다립니다/.exec(out);
      if (m) resolve({ url: m[1]!, stop: () => new Promise((done) => { child.once('close', () => done()); child.kill('SIGTERM'); }) });
    });
    child.on('error', reject);
    child.on('close', (code) => reject(new Error(`server exited ${code}: ${out}`)));
  });
}

describe('로그인 제한 (실제 서버 프로세스)', () => {
  it('30 parallel wrong passwords against gudesk-server: nearly all refused at once in Korean; the clerk then logs in', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'gudesk-login-'));
    expect((await runCli(['--data-dir', dataDir, 'user', 'add', 'han', '--name', '한 주무관', '--team', '홍보팀', '--role', 'member', '--password-stdin'], 'han-secret-2024\n')).code).toBe(0);
    const server = await serverProcess(dataDir);
    try {
      const herPc = new TestClient(server.url, 'han', 'han-secret-2024');
      await herPc.loginOk();
      const guesses = await Promise.all(Array.from({ length: 30 }, (_, i) => new TestClient(server.url, 'han', `guess-${i}-password`).tryLogin()));
      expect(guesses.filter((g) => g.status === 401).length).toBeLessThanOrEqual(3);
      expect(guesses.filter((g) => g.status === 429).length).toBeGreaterThanOrEqual(27);
      for (const g of guesses) expect(g.body.error?.message).toMatch(KOREAN);
      expect((await herPc.tryLogin()).status).toBe(200);
    } finally {
      await server.stop();
    }
  });
});

for (const backend of BACKENDS) {
  describe.skipIf(!backend.available)(`로그인 제한 (${backend.name})`, () => {
    let server: TestServer | undefined;
    afterEach(async () => {
      await server?.close();
      server = undefined;
    });

    it('30 parallel wrong passwords run only a few hashes; the clerk at her own PC still gets in at once', async () => {
      server = await startTestServer(backend);
      await server.addUser('choi');
      const herPc = new TestClient(server.url, 'choi');
      await herPc.loginOk();

      const before = passwordChecks.count;
      const guesses = await Promise.all(Array.from({ length: 30 }, (_, i) => new TestClient(server!.url, 'choi', `guess-${i}-password`).tryLogin()));
      const hashes = passwordChecks.count - before;
      expect(hashes).toBeGreaterThan(0);
      expect(hashes).toBeLessThanOrEqual(3);
      for (const g of guesses) {
        expect([401, 429]).toContain(g.status);
        expect(g.body.error?.message).toMatch(KOREAN);
      }
      const refused = guesses.filter((g) => g.status === 429);
      expect(refused.length).toBeGreaterThanOrEqual(27);
      expect(refused[0]!.body.error).toMatchObject({ code: 'rate_limited', retryAfterSeconds: 1 });
      expect(refused[0]!.body.error?.message).toContain('1초 뒤 다시 시도하세요');

      expect((await herPc.tryLogin()).status).toBe(200);
    });

    it('twelve new PCs logging in to one account at the same moment all get in (they wait their turn, briefly)', async () => {
      server = await startTestServer(backend);
      await server.addUser('seo');
      const answers = await Promise.all(Array.from({ length: 12 }, () => new TestClient(server!.url, 'seo').tryLogin()));
      expect(answers.map((a) => a.status)).toEqual(Array.from({ length: 12 }, () => 200));
    });

    it('a guesser from new PCs is slowed down with growing delays; the clerk\'s usual PC is not', async () => {
      let now = Date.now();
      server = await startTestServer(backend, { now: () => now });
      await server.addUser('kang');
      const herPc = new TestClient(server.url, 'kang');
      await herPc.loginOk();
      // Three guesses, each from a made-up PC, one after another: the login's free failures.
      for (let i = 0; i < 3; i++) expect((await new TestClient(server.url, 'kang', `guess-${i}-xx`).tryLogin()).status).toBe(401);
      const newPc = new TestClient(server.url, 'kang');
      const slowed = await newPc.tryLogin();
      expect(slowed.status).toBe(429);
      expect(slowed.body.error?.retryAfterSeconds).toBe(1);
      now += 1100;
      expect((await new TestClient(server.url, 'kang', 'guess-3-xx').tryLogin()).status).toBe(401);
      const longer = await newPc.tryLogin();
      expect(longer.body.error?.retryAfterSeconds).toBe(2);

      // Her own PC is judged by its own failures only: none.
      expect((await herPc.tryLogin()).status).toBe(200);
      now += 2100;
      expect((await newPc.tryLogin()).status).toBe(200);
    });

    it('a clerk who mistypes on her own PC waits 1, 2, 4 … seconds, never 15 minutes, and then gets in', async () => {
      let now = Date.now();
      server = await startTestServer(backend, { now: () => now });
      await server.addUser('yoon');
      const pc = new TestClient(server.url, 'yoon');
      await pc.loginOk();
      for (let i = 0; i < 3; i++) expect((await pc.tryLogin('typo-password')).status).toBe(401);
      const waits: number[] = [];
      for (let i = 0; i < 3; i++) {
        const held = await pc.tryLogin();
        expect(held.status).toBe(429);
        expect(held.body.error?.message).toMatch(/\d+초 뒤 다시 시도하세요/);
        waits.push(held.body.error!.retryAfterSeconds!);
        now += held.body.error!.retryAfterSeconds! * 1000 + 10;
        expect((await pc.tryLogin('typo-password')).status).toBe(401);
      }
      expect(waits).toEqual([1, 2, 4]);
      now += 8010;
      expect((await pc.tryLogin()).status).toBe(200);
      // A success forgets her mistakes.
      expect((await pc.tryLogin('typo-password')).status).toBe(401);
      expect((await pc.tryLogin()).status).toBe(200);
    });
  });
}
