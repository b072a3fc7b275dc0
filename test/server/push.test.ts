/** Pushing an outbox: roles, resends, gaps, malformed bodies and team scope. */
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { SYNC_ROUTES } from '../../shared/sync/protocol.ts';
import { BACKENDS } from './support/backends.ts';
import { TestClient } from './support/client.ts';
import { startTestServer } from './support/server.ts';
import type { TestServer } from './support/server.ts';

for (const backend of BACKENDS) {
  describe.skipIf(!backend.available)(`push (${backend.name})`, () => {
    let server: TestServer | undefined;
    afterEach(async () => {
      await server?.close();
      server = undefined;
    });

    async function clerk(login: string, team = '홍보팀', role: 'admin' | 'member' | 'viewer' = 'member'): Promise<TestClient> {
      await server!.addUser(login, team, role);
      const pc = new TestClient(server!.url, login);
      await pc.loginOk();
      return pc;
    }

    it('a viewer may pull but not push', async () => {
      server = await startTestServer(backend);
      const viewer = await clerk('viewer1', '홍보팀', 'viewer');
      const push = await viewer.push(viewer.change('clippings', randomUUID(), { title: '보기만' }));
      expect(push.status).toBe(403);
      expect(push.body.error?.code).toBe('forbidden');
      expect(push.body.error?.message).toContain('조회 전용');
      expect((await viewer.pull()).status).toBe(200);
    });

    it('the same batch sent twice is acknowledged twice and stored once', async () => {
      server = await startTestServer(backend);
      const pc = await clerk('kim');
      const id = randomUUID();
      const ops = pc.ops(pc.change('clippings', id, { title: '구청장 현장 방문' }), pc.change('clippings', id, { outlet: '구정신문' }));
      const first = await pc.pushOps(ops);
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ ackedSeq: 2, conflicts: 0 });
      const { last } = await pc.pullAll();
      const again = await pc.pushOps(ops);
      expect(again.status).toBe(200);
      expect(again.body.ackedSeq).toBe(2);
      const after = await pc.pull(last.cursor);
      expect(after.body.records).toEqual([]);
      const { records } = await pc.pullAll();
      expect(records).toHaveLength(1);
      expect(records[0]!.fields).toEqual({ title: '구청장 현장 방문', outlet: '구정신문' });
      // A resend overlapping new ops stores only the new one.
      const next = pc.ops(pc.change('clippings', id, { page: '3' }));
      const overlap = await pc.pushOps([ops[1]!, ...next]);
      expect(overlap.body.ackedSeq).toBe(3);
    });

    it('a gap in the sequence is refused with the expected seq, and nothing is stored', async () => {
      server = await startTestServer(backend);
      const pc = await clerk('kim');
      expect((await pc.push(pc.change('clippings', randomUUID(), { title: '1번' }))).body.ackedSeq).toBe(1);
      pc.seq = 2; // op 2 was lost: the next one is numbered 3
      const id = randomUUID();
      const gap = await pc.push(pc.change('clippings', id, { title: '3번' }), pc.change('clippings', id, { title: '4번' }));
      expect(gap.status).toBe(409);
      expect(gap.body.error).toMatchObject({ code: 'sequence_gap', expectedSeq: 2 });
      expect(gap.body.error?.message).toContain('2번부터 필요');
      const { records } = await pc.pullAll();
      expect(records.map((r) => r.fields.title)).toEqual(['1번']);
    });

    it('a malformed body is refused in Korean and changes nothing', async () => {
      server = await startTestServer(backend);
      const pc = await clerk('kim');
      const headers = { 'content-type': 'application/json', authorization: `Bearer ${pc.session!.accessToken}` };
      const broken = await fetch(server.url + SYNC_ROUTES.push, { method: 'POST', headers, body: '{"protocol":1,"ops":[' });
      expect(broken.status).toBe(400);
      expect(await broken.json()).toEqual({ error: { code: 'bad_request', message: '요청 본문이 올바른 JSON이 아닙니다.' } });
      const ops = pc.ops(pc.change('clippings', randomUUID(), { title: '좋은 것' }), pc.change('clippings', 'not-a-uuid', { title: '나쁜 것' }));
      const invalid = await pc.pushOps(ops);
      expect(invalid.status).toBe(400);
      expect(invalid.body.error?.code).toBe('bad_request');
      expect(invalid.body.error?.message).toContain('ops.1.change.recordId: ID 형식이 올바르지 않습니다.');
      expect((await pc.pullAll()).records).toEqual([]);
      // The outbox is still at 0 on the server: the first op is accepted as seq 1.
      pc.seq = 0;
      expect((await pc.push(pc.change('clippings', randomUUID(), { title: '다시' }))).body.ackedSeq).toBe(1);
    });

    it('a team-scoped record is neither sent to nor editable by another team', async () => {
      server = await startTestServer(backend, { teamScopedRegisters: ['releases'] });
      const mine = await clerk('kim', '홍보팀');
      const other = await clerk('lee', '총무팀');
      const secret = randomUUID();
      const shared = randomUUID();
      expect((await mine.push(mine.change('releases', secret, { title: '홍보팀만 보는 보도자료' }), mine.change('clippings', shared, { title: '공개' }))).status).toBe(200);
      const seen = await other.pullAll(null, 2000, true);
      expect(seen.records.map((r) => r.recordId)).toEqual([shared]);
      const edit = await other.push(other.change('clippings', shared, { page: '2' }), other.change('releases', secret, { title: '덮어쓰기' }));
      expect(edit.status).toBe(403);
      expect(edit.body.error?.message).toBe('다른 팀의 자료는 고칠 수 없습니다.');
      const own = await mine.pullAll();
      expect(own.records.find((r) => r.recordId === secret)?.fields.title).toBe('홍보팀만 보는 보도자료');
      expect(own.records.find((r) => r.recordId === shared)?.fields.page).toBeUndefined();
    });

    it('teamScopedRegisters makes a known register team-scoped', async () => {
      server = await startTestServer(backend, { teamScopedRegisters: ['clippings'] });
      const mine = await clerk('kim', '홍보팀');
      const other = await clerk('lee', '총무팀');
      await mine.push(mine.change('clippings', randomUUID(), { title: '홍보팀 것' }), mine.change('releases', randomUUID(), { title: '보도자료' }));
      expect((await other.pullAll()).records.map((r) => r.register)).toEqual(['releases']);
      expect((await mine.pullAll()).records).toHaveLength(2);
    });
  });
}
