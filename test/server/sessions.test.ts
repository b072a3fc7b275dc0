/** Sessions, versions and clocks: what a PC meets before any data moves. */
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_CLOCK_SKEW_MS, PROTOCOL_VERSION, SYNC_ROUTES } from '../../shared/sync/protocol.ts';
import type { Session } from '../../shared/sync/protocol.ts';
import { BACKENDS } from './support/backends.ts';
import { TestClient, postJson } from './support/client.ts';
import { runCli } from './support/cli.ts';
import { PASSWORD, startTestServer } from './support/server.ts';
import type { TestServer } from './support/server.ts';

function refresh(server: TestServer, client: TestClient, refreshToken: string) {
  return postJson<Session>(server.url + SYNC_ROUTES.refresh, { protocol: PROTOCOL_VERSION, deviceId: client.deviceId, refreshToken, clientVersion: client.clientVersion });
}

for (const backend of BACKENDS) {
  describe.skipIf(!backend.available)(`세션·버전·시계 (${backend.name})`, () => {
    let server: TestServer | undefined;
    afterEach(async () => {
      await server?.close();
      server = undefined;
    });

    it('refresh rotates the tokens; reusing an old refresh token signs the PC out', async () => {
      server = await startTestServer(backend);
      await server.addUser('kim');
      const pc = new TestClient(server.url, 'kim');
      const first = await pc.loginOk();
      const second = await refresh(server, pc, first.refreshToken);
      expect(second.status).toBe(200);
      expect(second.body.refreshToken).not.toBe(first.refreshToken);
      expect(second.body.accessToken).not.toBe(first.accessToken);
      pc.session = second.body;
      expect((await pc.pull()).status).toBe(200);

      // Someone replays the first (already used) refresh token: every token of the PC ends.
      const replay = await refresh(server, pc, first.refreshToken);
      expect(replay.status).toBe(401);
      expect(replay.body.error?.code).toBe('unauthorized');
      expect(replay.body.error?.message).toContain('다시 로그인하세요');
      expect((await pc.pull()).status).toBe(401);
      expect((await refresh(server, pc, second.body.refreshToken)).status).toBe(401);
      await pc.loginOk();
      expect((await pc.pull()).status).toBe(200);
    });

    it('a PC that retries a refresh whose reply was lost stays signed in; the pair it missed ends at its next refresh', async () => {
      server = await startTestServer(backend);
      await server.addUser('kim');
      const pc = new TestClient(server.url, 'kim');
      const first = await pc.loginOk();
      const missed = await refresh(server, pc, first.refreshToken); // the reply never reaches the PC
      expect(missed.status).toBe(200);
      const retry = await refresh(server, pc, first.refreshToken);
      expect(retry.status).toBe(200);
      pc.session = retry.body;
      expect((await pc.pull()).status).toBe(200);
      const next = await refresh(server, pc, retry.body.refreshToken);
      expect(next.status).toBe(200);
      pc.session = next.body;
      // The missed pair was never the PC's: it no longer works, and trying it signs nobody out.
      expect((await refresh(server, pc, missed.body.refreshToken)).status).toBe(401);
      expect((await postJson(server.url + SYNC_ROUTES.pull, { protocol: PROTOCOL_VERSION, deviceId: pc.deviceId, clientVersion: pc.clientVersion, clientTime: Date.now(), cursor: null }, missed.body.accessToken)).status).toBe(401);
      expect((await pc.pull()).status).toBe(200);
      // Once tokens issued after it were used, the first refresh token is a stolen copy: the PC is signed out.
      expect((await refresh(server, pc, first.refreshToken)).status).toBe(401);
      expect((await pc.pull()).status).toBe(401);
    });

    it('a duplicated refresh request gives the PC tokens that work whichever reply it reads', async () => {
      server = await startTestServer(backend);
      await server.addUser('kim');
      const pc = new TestClient(server.url, 'kim');
      const first = await pc.loginOk();
      const [a, b] = await Promise.all([refresh(server, pc, first.refreshToken), refresh(server, pc, first.refreshToken)]);
      expect([a.status, b.status]).toEqual([200, 200]);
      for (const reply of [a, b]) {
        pc.session = reply.body;
        expect((await pc.pull()).status).toBe(200);
      }
    });

    it('a new password (user passwd) or disabling the user ends every session and refresh token of that user', async () => {
      server = await startTestServer(backend);
      await server.addUser('kim');
      const office = new TestClient(server.url, 'kim');
      const laptop = new TestClient(server.url, 'kim');
      const officeSession = await office.loginOk();
      const laptopSession = await laptop.loginOk();
      const changed = await runCli(['--db', server.db.url, 'user', 'passwd', 'kim', '--password-stdin'], 'brand-new-secret\n');
      expect(changed.code).toBe(0);
      expect(changed.stdout).toContain('모든 PC 로그인이 끊겼습니다');
      for (const [pc, s] of [[office, officeSession], [laptop, laptopSession]] as const) {
        const pull = await pc.pull();
        expect(pull.status).toBe(401);
        expect(pull.body.error?.code).toBe('unauthorized');
        const again = await refresh(server, pc, s.refreshToken);
        expect(again.status).toBe(401);
        expect(again.body.error?.message).toContain('다시 로그인하세요');
      }
      expect((await office.tryLogin()).status).toBe(401);
      const fresh = await office.tryLogin('brand-new-secret');
      expect(fresh.status).toBe(200);

      expect((await runCli(['--db', server.db.url, 'user', 'disable', 'kim'])).code).toBe(0);
      expect((await office.pull()).status).toBe(401);
      expect((await refresh(server, office, fresh.body.refreshToken)).status).toBe(401);
    });

    it('a used refresh token presented again after the retry window signs the PC out', async () => {
      let now = Date.now();
      server = await startTestServer(backend, { now: () => now });
      await server.addUser('kim');
      const pc = new TestClient(server.url, 'kim');
      pc.now = () => now;
      const first = await pc.loginOk();
      expect((await refresh(server, pc, first.refreshToken)).status).toBe(200);
      now += 61_000;
      const late = await refresh(server, pc, first.refreshToken);
      expect(late.status).toBe(401);
      expect(late.body.error?.message).toContain('다시 로그인하세요');
    });

    it('a refresh token works only for its own PC', async () => {
      server = await startTestServer(backend);
      await server.addUser('kim');
      const pc = new TestClient(server.url, 'kim');
      const other = new TestClient(server.url, 'kim');
      const s = await pc.loginOk();
      expect((await refresh(server, other, s.refreshToken)).status).toBe(401);
      expect((await refresh(server, pc, s.refreshToken)).status).toBe(200);
    });

    it('an access token expires, and belongs to its PC only', async () => {
      let now = Date.now();
      server = await startTestServer(backend, { now: () => now, accessTokenTtlMs: 60_000 });
      await server.addUser('kim');
      const pc = new TestClient(server.url, 'kim');
      pc.now = () => now;
      await pc.loginOk();
      const thief = new TestClient(server.url, 'kim');
      thief.session = pc.session;
      const stolen = await thief.pull();
      expect(stolen.status).toBe(403);
      expect(stolen.body.error?.code).toBe('forbidden');
      now += 61_000;
      const expired = await pc.pull();
      expect(expired.status).toBe(401);
      expect(expired.body.error).toEqual({ code: 'unauthorized', message: '로그인이 만료되었습니다. 다시 로그인하세요.' });
    });

    it('a PC handed to another clerk is re-bound: the first clerk\'s session on it ends', async () => {
      server = await startTestServer(backend);
      await server.addUser('kim');
      await server.addUser('lee', '총무팀');
      const pc = new TestClient(server.url, 'kim');
      const kimSession = await pc.loginOk();
      const asLee = new TestClient(server.url, 'lee', PASSWORD, pc.deviceId);
      expect((await asLee.loginOk()).user.team).toBe('총무팀');
      pc.session = kimSession;
      expect((await pc.pull()).status).toBe(401);
    });

    it('a too-old GuDesk is refused on login, refresh, push and pull with the minimum version', async () => {
      server = await startTestServer(backend, { minClientVersion: '0.3.0' });
      await server.addUser('kim');
      const pc = new TestClient(server.url, 'kim');
      pc.clientVersion = '0.3.0';
      const s = await pc.loginOk();
      pc.clientVersion = '0.2.9';
      const answers = [await pc.tryLogin(), await refresh(server, pc, s.refreshToken), await pc.push(pc.change('clippings', crypto.randomUUID(), { title: 'x' })), await pc.pull()];
      for (const a of answers) {
        expect(a.status).toBe(426);
        expect(a.body.error?.code).toBe('client_too_old');
        expect(a.body.error?.minClientVersion).toBe('0.3.0');
        expect(a.body.error?.message).toContain('0.3.0 버전 이상으로 업데이트하세요');
      }
      pc.clientVersion = '0.10.0';
      expect((await pc.pull()).status).toBe(200);
    });

    it('a PC clock far off is refused on push and pull with both times; nothing is stored', async () => {
      const serverNow = Date.UTC(2026, 2, 3, 1, 0, 0);
      server = await startTestServer(backend, { now: () => serverNow });
      await server.addUser('kim');
      const pc = new TestClient(server.url, 'kim');
      pc.now = () => serverNow;
      await pc.loginOk();
      const skewed = serverNow - MAX_CLOCK_SKEW_MS - 60_000;
      pc.now = () => skewed;
      const push = await pc.push(pc.change('clippings', crypto.randomUUID(), { title: '시계' }));
      const pull = await pc.pull();
      for (const a of [push, pull]) {
        expect(a.status).toBe(409);
        expect(a.body.error).toMatchObject({ code: 'clock_skew', serverTime: serverNow, clientTime: skewed });
        expect(a.body.error?.message).toContain('이 PC의 시계가 맞지 않습니다');
      }
      pc.now = () => serverNow + MAX_CLOCK_SKEW_MS - 1000;
      const { records } = await pc.pullAll();
      expect(records).toEqual([]);
    });
  });
}
