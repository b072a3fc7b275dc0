/** Pulling: paging, cursors under concurrent pushes, and checksums a PC can check itself against. */
import { SYNCED_NAMES } from '../../shared/domain/synced.ts';
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { ChecksumSum, expandStamps } from '../../shared/sync/checksum.ts';
import type { PulledRecord } from '../../shared/sync/protocol.ts';
import { BACKENDS } from './support/backends.ts';
import { TestClient } from './support/client.ts';
import { startTestServer } from './support/server.ts';
import type { TestServer } from './support/server.ts';

/** What a PC computes over the records it holds (checksum.ts), independently of the server. */
function checksumsOf(records: readonly PulledRecord[], registers: readonly string[]): Record<string, string> {
  const sums = new Map(registers.map((r) => [r, new ChecksumSum()]));
  for (const rec of records) sums.get(rec.register)!.addRecord(rec.recordId, expandStamps(Object.keys(rec.fields), rec.hlc, rec.hlcs));
  return Object.fromEntries([...sums].map(([r, s]) => [r, s.toString()]));
}

for (const backend of BACKENDS) {
  describe.skipIf(!backend.available)(`pull (${backend.name})`, () => {
    let server: TestServer | undefined;
    afterEach(async () => {
      await server?.close();
      server = undefined;
    });

    async function pc(login = 'kim'): Promise<TestClient> {
      const client = new TestClient(server!.url, login);
      await client.loginOk();
      return client;
    }

    it('pages over several pages return every record exactly once, then checksums that match', async () => {
      server = await startTestServer(backend);
      await server.addUser('kim');
      const writer = await pc();
      const ids: string[] = [];
      for (let batch = 0; batch < 5; batch++) {
        const changes = Array.from({ length: 50 }, (_, i) => {
          const id = randomUUID();
          ids.push(id);
          return i % 3
            ? writer.change('clippings', id, { title: `기사 ${batch}-${i}`, summary: `요약 ${i}`, tags: ['구정', '축제'] })
            : writer.change('releases', id, { title: `보도자료 ${batch}-${i}`, department: '홍보전산과' });
        });
        expect((await writer.push(...changes)).status).toBe(200);
      }
      // A second edit moves a record to a later seq: it still comes once, with both stamps.
      await writer.push(writer.change('clippings', ids[1]!, { page: 'A1' }));

      const reader = await pc();
      const { records, last, pages } = await reader.pullAll(null, 40, true);
      expect(pages).toBe(7);
      expect(records.map((r) => r.recordId).sort()).toEqual([...ids].sort());
      const moved = records.find((r) => r.recordId === ids[1])!;
      expect(moved.fields.page).toBe('A1');
      expect(moved.hlcs?.page).toBeDefined();
      expect(last.checksums).toEqual(checksumsOf(records, SYNCED_NAMES));
      expect(last.checksums?.clippings).toMatch(/^165:/);

      // Nothing new: the next pull from the cursor is empty and keeps the cursor.
      const again = await reader.pull(last.cursor);
      expect(again.body).toMatchObject({ records: [], cursor: last.cursor, more: false });
    });

    it('checksums leave out conflict marks and cover an empty register', async () => {
      server = await startTestServer(backend);
      await server.addUser('kim');
      await server.addUser('lee');
      const a = await pc('kim');
      const b = await pc('lee');
      const id = randomUUID();
      const first = a.change('clippings', id, { summary: '초안' });
      await a.push(first);
      await a.push(a.change('clippings', id, { summary: 'A' }, { bases: { summary: first.hlc } }));
      b.now = () => Date.now() + 1000;
      await b.push(b.change('clippings', id, { summary: 'B' }, { bases: { summary: first.hlc } }));
      const { records, last } = await a.pullAll(null, 2000, true);
      expect(Object.keys(records[0]!.fields)).toContain('_conflict:summary');
      expect(last.checksums).toEqual(checksumsOf(records, SYNCED_NAMES));
      expect(last.checksums?.releases).toBe('0:0000000000000000');
    });

    it('a cursor the server never handed out asks for a full re-pull; a bad one is refused', async () => {
      server = await startTestServer(backend);
      await server.addUser('kim');
      const client = await pc();
      await client.push(client.change('clippings', randomUUID(), { title: '하나' }));
      const ahead = await client.pull('999');
      expect(ahead.status).toBe(409);
      expect(ahead.body.error?.code).toBe('resync_required');
      const bad = await client.pull('abc');
      expect(bad.status).toBe(400);
      expect(bad.body.error?.message).toContain('cursor');
    });

    it('many PCs pushing at once while another pulls: no errors, every record arrives exactly once', async () => {
      server = await startTestServer(backend);
      await server.addUser('kim');
      const writers = await Promise.all(Array.from({ length: 12 }, () => pc()));
      const reader = await pc();
      const seen: string[] = [];
      let cursor: string | null = null;
      let done = false;
      const pulling = (async () => {
        for (;;) {
          const finished = done;
          const r = await reader.pull(cursor, { limit: 7 });
          expect(r.status).toBe(200);
          seen.push(...r.body.records.map((x) => x.recordId));
          cursor = r.body.cursor;
          if (finished && !r.body.more) return;
        }
      })();
      const written = await Promise.all(writers.map(async (w) => {
        const ids: string[] = [];
        for (let round = 0; round < 4; round++) {
          const changes = Array.from({ length: 5 }, () => {
            const id = randomUUID();
            ids.push(id);
            return w.change('clippings', id, { title: `동시 ${round}` });
          });
          const r = await w.push(...changes);
          expect(r.status).toBe(200);
          expect(r.body.ackedSeq).toBe((round + 1) * 5);
        }
        return ids;
      }));
      done = true;
      await pulling;
      expect(seen.sort()).toEqual(written.flat().sort());
    });
  });
}
