/**
 * 접속기록 on the server, SQLite and PostgreSQL alike: stored once by id whatever how often a PC
 * sends it, hostile input refused in Korean with nothing stored, read by admins only, and never
 * changed or deleted, not even with SQL.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { AccessLogEntry } from '../../shared/domain/access-log.ts';
import { ACCESS_LOG_ROUTES, type AccessLogPushResponse, type ServerAccessLogPage } from '../../shared/sync/access-log.ts';
import { PROTOCOL_VERSION } from '../../shared/sync/protocol.ts';
import { driverFor } from '../../server/store/open.ts';
import { BACKENDS } from './support/backends.ts';
import { postJson, TestClient } from './support/client.ts';
import { startTestServer, type TestServer } from './support/server.ts';

function entry(overrides: Partial<AccessLogEntry> = {}): AccessLogEntry {
  return {
    id: randomUUID(), at: new Date().toISOString(), actor: '김주무관', login: 'kim', deviceId: 'd', pcName: 'PC-민원실',
    register: 'trainees', recordId: randomUUID(), person: '김*용', action: 'reveal', field: '연락처', reason: '수강 안내 전화', count: 1,
    ...overrides,
  };
}

for (const backend of BACKENDS) {
  describe.skipIf(!backend.available)(`access log (${backend.name})`, () => {
    let server: TestServer | undefined;
    afterEach(async () => {
      await server?.close();
      server = undefined;
    });

    async function pc(login: string): Promise<TestClient> {
      const client = new TestClient(server!.url, login);
      await client.loginOk();
      return client;
    }

    const push = (client: TestClient, entries: unknown[]) =>
      postJson<AccessLogPushResponse>(server!.url + ACCESS_LOG_ROUTES.push, {
        protocol: PROTOCOL_VERSION, deviceId: client.deviceId, clientVersion: '0.1.0', clientTime: Date.now(), entries,
      }, client.session?.accessToken);

    async function list(client: TestClient, query = ''): Promise<{ status: number; body: ServerAccessLogPage & { error?: { message: string } } }> {
      const res = await fetch(`${server!.url}${ACCESS_LOG_ROUTES.list}${query}`, { headers: { authorization: `Bearer ${client.session!.accessToken}` } });
      return { status: res.status, body: (await res.json()) as ServerAccessLogPage & { error?: { message: string } } };
    }

    it('stores each entry once, however often it is sent, and admins read them with who sent them', async () => {
      server = await startTestServer(backend);
      await server.addUser('kim', '정보화팀', 'member');
      await server.addUser('viewer', '정보화팀', 'viewer');
      await server.addUser('boss', '홍보팀', 'admin');
      const kim = await pc('kim');
      const viewer = await pc('viewer');
      const boss = await pc('boss');
      const a = entry({ deviceId: kim.deviceId });
      const b = entry({ deviceId: kim.deviceId, action: 'open', reason: '', field: '' });
      expect((await push(kim, [a, b])).body).toMatchObject({ stored: 2, duplicates: 0 });
      // The reply was lost: the PC sends the same again, and one more.
      const c = entry({ deviceId: kim.deviceId, action: 'export', recordId: '', person: '', count: 40, reason: '월간 보고' });
      expect((await push(kim, [a, b, c])).body).toMatchObject({ stored: 1, duplicates: 2 });
      // A 조회 전용 account's looking is logged too.
      expect((await push(viewer, [entry({ deviceId: viewer.deviceId, actor: '조회 주무관', action: 'open' })])).status).toBe(200);
      // A resend that differs keeps the first as it was.
      await push(kim, [{ ...a, reason: '바꿔 치기' }]);

      const page = await list(boss);
      expect(page.status).toBe(200);
      expect(page.body.total).toBe(4);
      const stored = page.body.entries.find((e) => e.id === a.id)!;
      expect(stored).toMatchObject({ ...a, sentBy: 'kim', team: '정보화팀' });
      expect((await list(boss, '?from=2000-01-01&to=2000-12-31')).body.total).toBe(0);
      expect((await list(boss, '?limit=2')).body.entries).toHaveLength(2);

      for (const who of [kim, viewer]) {
        const refused = await list(who);
        expect(refused.status).toBe(403);
        expect(refused.body.error?.message).toBe('접속기록은 관리자 계정만 볼 수 있습니다.');
      }
    });

    it('refuses hostile entries in Korean and stores nothing of the request', async () => {
      server = await startTestServer(backend);
      await server.addUser('kim');
      await server.addUser('boss', '홍보팀', 'admin');
      const kim = await pc('kim');
      const hostile: unknown[] = [
        { ...entry(), action: 'delete' },
        { ...entry(), id: 'not-a-uuid' },
        { ...entry(), at: 'yesterday' },
        { ...entry(), reason: 'x'.repeat(501) },
        { ...entry(), register: '../../etc' },
        { ...entry(), count: -1 },
        { ...entry(), extra: 'field' },
        { ...entry(), actor: '' },
      ];
      for (const bad of hostile) {
        const r = await push(kim, [entry(), bad]);
        expect(r.status).toBe(400);
        expect(r.body.error?.message).toMatch(/^요청 형식이 올바르지 않습니다/);
      }
      expect((await push(kim, Array.from({ length: 1001 }, () => entry()))).status).toBe(400);
      expect((await push(kim, [])).status).toBe(400);
      const anonymous = await postJson(server.url + ACCESS_LOG_ROUTES.push, { protocol: PROTOCOL_VERSION, deviceId: kim.deviceId, clientVersion: '0.1.0', clientTime: Date.now(), entries: [entry()] });
      expect(anonymous.status).toBe(401);
      const boss = await pc('boss');
      expect((await list(boss)).body.total).toBe(0);
    });

    it('keeps every entry against UPDATE and DELETE, whoever runs them', async () => {
      server = await startTestServer(backend);
      await server.addUser('kim');
      const kim = await pc('kim');
      const a = entry();
      await push(kim, [a]);
      const store = driverFor(server.db.url);
      try {
        await expect(store.run("UPDATE access_log SET reason = '' WHERE id = ?", [a.id])).rejects.toThrow(/접속기록은 고/);
        await expect(store.run('DELETE FROM access_log', [])).rejects.toThrow(/접속기록은 (지울|고치거나)/);
        expect(await store.get<{ reason: string }>('SELECT reason FROM access_log WHERE id = ?', [a.id])).toEqual({ reason: '수강 안내 전화' });
      } finally {
        await store.close();
      }
    });
  });
}
