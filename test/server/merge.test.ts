/** Two PCs editing the same clipping: what each clerk sees after both have synced. */
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { stampOf } from '../../shared/sync/protocol.ts';
import { BACKENDS } from './support/backends.ts';
import { TestClient } from './support/client.ts';
import { startTestServer } from './support/server.ts';
import type { TestServer } from './support/server.ts';

for (const backend of BACKENDS) {
  describe.skipIf(!backend.available)(`병합 (${backend.name})`, () => {
    let server: TestServer | undefined;
    let a: TestClient;
    let b: TestClient;
    afterEach(async () => {
      await server?.close();
      server = undefined;
    });

    async function twoPcs(): Promise<void> {
      server = await startTestServer(backend);
      await server.addUser('kim');
      await server.addUser('lee');
      a = new TestClient(server.url, 'kim');
      b = new TestClient(server.url, 'lee');
      // One shared, always-advancing clock: the order the test makes changes is their stamp order.
      let t = Date.now();
      a.now = b.now = () => (t += 10);
      await a.loginOk();
      await b.loginOk();
    }

    async function only(pc: TestClient) {
      const { records } = await pc.pullAll();
      expect(records).toHaveLength(1);
      return records[0]!;
    }

    it('edits of different fields on two PCs are both kept', async () => {
      await twoPcs();
      const id = randomUUID();
      await a.push(a.change('clippings', id, { title: '원래 제목', page: '1' }));
      const tA = a.change('clippings', id, { title: '고친 제목' });
      const tB = b.change('clippings', id, { page: '5' });
      expect((await b.push(tB)).status).toBe(200);
      expect((await a.push(tA)).status).toBe(200);
      const rec = await only(b);
      expect(rec.fields).toEqual({ title: '고친 제목', page: '5' });
      expect(stampOf(rec, 'title')).toBe(tA.hlc);
      expect(stampOf(rec, 'page')).toBe(tB.hlc);
    });

    it('concurrent 요약 edits: the later text wins, the other comes back as _conflict:summary', async () => {
      await twoPcs();
      const id = randomUUID();
      const first = a.change('clippings', id, { title: '구청 축제', summary: '초안' });
      await a.push(first);
      const base = { summary: first.hlc };
      const fromA = a.change('clippings', id, { summary: 'A가 고친 요약' }, { bases: base });
      const fromB = b.change('clippings', id, { summary: 'B가 고친 요약' }, { bases: base });
      expect(fromB.hlc > fromA.hlc).toBe(true);
      expect((await a.push(fromA)).body.conflicts).toBe(0);
      const pushB = await b.push(fromB);
      expect(pushB.status).toBe(200);
      expect(pushB.body.conflicts).toBe(1);
      const rec = await only(a);
      expect(rec.fields.summary).toBe('B가 고친 요약');
      expect(rec.fields['_conflict:summary']).toEqual({ value: 'A가 고친 요약', hlc: fromA.hlc });
      // The mark is stamped by the server's clock, after the change it came with.
      expect(stampOf(rec, '_conflict:summary') > fromB.hlc).toBe(true);
    });

    it('a third concurrent 요약 keeps both losing texts while the conflict is open', async () => {
      await twoPcs();
      const c = new TestClient(server!.url, 'kim');
      c.now = a.now;
      await c.loginOk();
      const id = randomUUID();
      const first = a.change('clippings', id, { summary: '초안' });
      await a.push(first);
      const base = { summary: first.hlc };
      const fromA = a.change('clippings', id, { summary: 'A가 고친 요약' }, { bases: base });
      const fromB = b.change('clippings', id, { summary: 'B가 고친 요약' }, { bases: base });
      const fromC = c.change('clippings', id, { summary: 'C가 고친 요약' }, { bases: base });
      await a.push(fromA);
      expect((await b.push(fromB)).body.conflicts).toBe(1);
      expect((await c.push(fromC)).body.conflicts).toBe(1);
      const rec = await only(a);
      expect(rec.fields.summary).toBe('C가 고친 요약');
      expect(rec.fields['_conflict:summary']).toEqual({ value: 'B가 고친 요약', hlc: fromB.hlc, earlier: [{ value: 'A가 고친 요약', hlc: fromA.hlc }] });
    });

    it('an edit made on top of the other PC\'s text is no conflict', async () => {
      await twoPcs();
      const id = randomUUID();
      const first = a.change('clippings', id, { summary: '초안' });
      await a.push(first);
      const second = b.change('clippings', id, { summary: '다듬은 요약' }, { bases: { summary: first.hlc } });
      await b.push(second);
      const third = a.change('clippings', id, { summary: '최종 요약' }, { bases: { summary: second.hlc } });
      expect((await a.push(third)).body.conflicts).toBe(0);
      const rec = await only(b);
      expect(rec.fields).toEqual({ summary: '최종 요약' });
    });

    it('a deleted clipping is not brought back by an older edit from another PC', async () => {
      await twoPcs();
      const id = randomUUID();
      await a.push(a.change('clippings', id, { title: '지울 기사' }));
      const staleEdit = b.change('clippings', id, { title: '늦게 도착한 수정' });
      const del = a.change('clippings', id, { _deleted: true });
      await a.push(del);
      await b.push(staleEdit);
      const rec = await only(a);
      expect(rec.fields._deleted).toBe(true);
      // Even a newer edit of a plain field leaves the tombstone as it is.
      await b.push(b.change('clippings', id, { page: '9' }));
      expect((await only(a)).fields._deleted).toBe(true);
    });
  });
}
