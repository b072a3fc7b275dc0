/** Accounts as an administrator and a clerk meet them: CLI user add, login, refusals (limits: login-limits.test.ts). */
import { afterEach, describe, expect, it } from 'vitest';
import { BACKENDS } from './support/backends.ts';
import { TestClient } from './support/client.ts';
import { runCli } from './support/cli.ts';
import { startTestServer } from './support/server.ts';
import type { TestServer } from './support/server.ts';

for (const backend of BACKENDS) {
  describe.skipIf(!backend.available)(`계정 (${backend.name})`, () => {
    let server: TestServer | undefined;
    afterEach(async () => {
      await server?.close();
      server = undefined;
    });

    it('user add through the CLI, then that clerk logs in; user list shows them', async () => {
      server = await startTestServer(backend);
      const add = await runCli(['--db', server.db.url, 'user', 'add', 'kim', '--name', '김주무관', '--team', '홍보팀', '--role', 'member', '--password-stdin'], 'pa55word-kim\n');
      expect(add.stderr).toBe('');
      expect(add.code).toBe(0);
      expect(add.stdout).toContain('사용자를 추가했습니다');
      const session = await new TestClient(server.url, 'kim', 'pa55word-kim').loginOk();
      expect(session.user).toEqual({ login: 'kim', name: '김주무관', team: '홍보팀', role: 'member' });
      expect(session.serverId).toBe(server.serverId);
      expect(session.accessExpiresAt - session.serverTime).toBe(15 * 60_000);
      const list = await runCli(['--db', server.db.url, 'user', 'list']);
      expect(list.stdout).toMatch(/kim\s+김주무관\s+홍보팀\s+직원/);
      const again = await runCli(['--db', server.db.url, 'user', 'add', 'kim', '--name', '김', '--team', '홍보팀', '--role', 'member', '--password-stdin'], 'pa55word-kim\n');
      expect(again.code).toBe(1);
      expect(again.stderr).toContain('이미 있는 아이디');
    });

    it('passwd changes the password; disable ends the clerk\'s session at once', async () => {
      server = await startTestServer(backend);
      await server.addUser('lee');
      const client = new TestClient(server.url, 'lee');
      await client.loginOk();
      expect((await runCli(['--db', server.db.url, 'user', 'passwd', 'lee', '--password-stdin'], 'new-secret-99\n')).code).toBe(0);
      expect((await client.tryLogin()).status).toBe(401);
      expect((await client.tryLogin('new-secret-99')).status).toBe(200);
      expect((await runCli(['--db', server.db.url, 'user', 'disable', 'lee'])).code).toBe(0);
      expect((await client.pull()).status).toBe(401);
      const refused = await client.tryLogin('new-secret-99');
      expect(refused.status).toBe(401);
      expect(refused.body.error?.code).toBe('bad_credentials');
    });

    it('wrong password and unknown login get the same Korean refusal', async () => {
      server = await startTestServer(backend);
      await server.addUser('park');
      const wrong = await new TestClient(server.url, 'park', 'not-the-password').tryLogin();
      const unknown = await new TestClient(server.url, 'nobody', 'whatever-123').tryLogin();
      expect(wrong.status).toBe(401);
      expect(wrong.body).toEqual({ error: { code: 'bad_credentials', message: '아이디 또는 비밀번호가 맞지 않습니다.' } });
      expect(unknown.body).toEqual(wrong.body);
    });

    it('malformed login bodies are refused in Korean, naming the problem', async () => {
      server = await startTestServer(backend);
      const res = await fetch(`${server.url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"protocol":1,' });
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({ error: { code: 'bad_request', message: '요청 본문이 올바른 JSON이 아닙니다.' } });
      const missing = await fetch(`${server.url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"protocol":1,"login":"a","password":"b","deviceId":"nope","deviceName":"x","clientVersion":"1.0.0"}' });
      const body = (await missing.json()) as { error: { code: string; message: string } };
      expect(missing.status).toBe(400);
      expect(body.error.message).toContain('deviceId: ID 형식이 올바르지 않습니다.');
    });
  });
}
