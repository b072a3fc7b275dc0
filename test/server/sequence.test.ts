/**
 * Sequence numbers are acknowledged only for the ops stored under them: another op under a used
 * seq (two PCs sharing one device id, or an older copy of a PC) is refused, never taken for
 * stored; the PC then gets a new device id for the same user and its op is stored.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, SYNC_ROUTES } from '../../shared/sync/protocol.ts';
import type { Session } from '../../shared/sync/protocol.ts';
import { driverFor } from '../../server/store/open.ts';
import { BACKENDS } from './support/backends.ts';
import { TestClient, postJson } from './support/client.ts';
import { PASSWORD, startTestServer } from './support/server.ts';
import type { TestServer } from './support/server.ts';

for (const backend of BACKENDS) {
  describe.skipIf(!backend.available)(`sequence numbers (${backend.name})`, () => {
    let server: TestServer | undefined;
    afterEach(async () => {
      await server?.close();
      server = undefined;
    });

    function renew(s: TestServer, pc: TestClient, newDeviceId: string, nextSeq: number, refreshToken = pc.session!.refreshToken) {
      return postJson<Session>(s.url + SYNC_ROUTES.renewDevice, {
        protocol: PROTOCOL_VERSION, deviceId: pc.deviceId, newDeviceId, deviceName: 'PC-2', refreshToken, nextSeq, clientVersion: pc.clientVersion,
      }, pc.session?.accessToken);
    }

    it('two PCs sharing one device id: the second op under seq 1 is refused, not acknowledged; under a new device it is stored', async () => {
      server = await startTestServer(backend);
      await server.addUser('kim');
      const a = new TestClient(server.url, 'kim');
      await a.loginOk();
      // A copied data folder: the same device id and the same session.
      const b = new TestClient(server.url, 'kim', PASSWORD, a.deviceId);
      b.session = a.session;
      const [idA, idB] = [randomUUID(), randomUUID()];
      const opsA = a.ops(a.change('clippings', idA, { title: 'A PC의 기사' }));
      expect((await a.pushOps(opsA)).body.ackedSeq).toBe(1);
      const refused = await b.push(b.change('clippings', idB, { title: 'B PC의 기사' }));
      expect(refused.status).toBe(409);
      expect(refused.body.error?.code).toBe('sequence_reused');
      expect(refused.body.error?.message).toContain('새 장치로 등록');
      expect(refused.body.ackedSeq).toBeUndefined();
      // A's own resend of the same op is still acknowledged (a lost reply).
      expect((await a.pushOps(opsA)).body.ackedSeq).toBe(1);
      expect((await a.pullAll()).records.map((r) => r.recordId)).toEqual([idA]);

      // Holding only the access token is not enough to get a new device.
      expect((await renew(server, b, randomUUID(), 1, 'not-the-refresh-token')).status).toBe(401);
      const newId = randomUUID();
      const renewed = await renew(server, b, newId, 1);
      expect(renewed.status).toBe(200);
      expect(renewed.body.user.login).toBe('kim');
      const b2 = new TestClient(server.url, 'kim', PASSWORD, newId);
      b2.session = renewed.body;
      expect((await b2.push(b2.change('clippings', idB, { title: 'B PC의 기사' }))).body.ackedSeq).toBe(1);
      expect((await a.pullAll()).records.map((r) => r.recordId).sort()).toEqual([idA, idB].sort());
      // The first PC keeps its device and its session.
      expect((await a.push(a.change('clippings', idA, { page: '2면' }))).body.ackedSeq).toBe(2);
      // An id already in use is not handed out twice.
      expect((await renew(server, a, newId, 1)).status).toBe(409);
    });

    it('a new device continues at the seq the PC asks for, so its outbox goes out unchanged', async () => {
      server = await startTestServer(backend);
      await server.addUser('kim');
      const pc = new TestClient(server.url, 'kim');
      await pc.loginOk();
      const newId = randomUUID();
      const renewed = await renew(server, pc, newId, 41);
      expect(renewed.status).toBe(200);
      const moved = new TestClient(server.url, 'kim', PASSWORD, newId);
      moved.session = renewed.body;
      moved.seq = 40;
      expect((await moved.push(moved.change('clippings', randomUUID(), { title: '41번' }))).body.ackedSeq).toBe(41);
      moved.seq = 0;
      const below = await moved.push(moved.change('clippings', randomUUID(), { title: '1번' }));
      expect(below.status).toBe(409);
      expect(below.body.error?.code).toBe('sequence_reused');
    });

    it('a device that synced before op ids were kept still has its resends acknowledged', async () => {
      server = await startTestServer(backend);
      await server.addUser('kim');
      const pc = new TestClient(server.url, 'kim');
      await pc.loginOk();
      const ops = pc.ops(pc.change('clippings', randomUUID(), { title: '예전 서버에 보낸 기사' }));
      expect((await pc.pushOps(ops)).body.ackedSeq).toBe(1);
      // As migration 3 leaves a device that had synced: op ids known only from its next seq.
      const conn = driverFor(server.db.url);
      await conn.run('DELETE FROM device_ops');
      await conn.run('UPDATE devices SET ops_from = last_seq + 1');
      await conn.close();
      expect((await pc.pushOps(ops)).body.ackedSeq).toBe(1);
      expect((await pc.push(pc.change('clippings', randomUUID(), { title: '새 기사' }))).body.ackedSeq).toBe(2);
    });
  });
}
