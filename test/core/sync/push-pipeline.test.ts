/**
 * A push of many batches keeps two on their way at once. The second may reach the server's write
 * queue before the first (PostgreSQL hands out its lock in the order connections ask): refused
 * then as a gap, it is sent again once the first is stored. Nothing is lost or doubled.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { httpTransport, type SyncTransport } from '../../../core/sync/transport.ts';
import { SYNC_ROUTES } from '../../../shared/sync/protocol.ts';
import { clipping } from '../temp-core.ts';
import { PASSWORD, syncWorld, type SyncWorld } from './sync-fixture.ts';

let world: SyncWorld;
beforeEach(async () => {
  world = await syncWorld();
  await world.addUser('kim');
  await world.addUser('lee');
});
afterEach(async () => world.close());

/** The real network, except that the first push request is held back until the second has arrived. */
function firstPushOvertaken(log: string[]) {
  return (url: string): SyncTransport => {
    const real = httpTransport(url);
    let pushes = 0;
    let secondAnswered: () => void = () => {};
    const second = new Promise<void>((resolve) => (secondAnswered = resolve));
    return {
      async post(path, body, token) {
        if (path !== SYNC_ROUTES.push) return real.post(path, body, token);
        const n = ++pushes;
        if (n === 1) await Promise.race([second, new Promise((r) => setTimeout(r, 2000))]);
        try {
          const reply = await real.post(path, body, token);
          log.push(`push ${n}: ok`);
          return reply;
        } catch (err) {
          log.push(`push ${n}: ${(err as { code?: string }).code}`);
          throw err;
        } finally {
          if (n === 2) secondAnswered();
        }
      },
    };
  };
}

describe('a push in several batches', () => {
  it('sends the next batch while the server stores one; one that overtakes the other is sent again, nothing lost', async () => {
    const log: string[] = [];
    const a = world.pc('김 주무관', { sync: { pushBatch: 2, transportFor: firstPushOvertaken(log) } });
    await a.call('sync.login', { serverUrl: world.url, login: 'kim', password: PASSWORD });
    const titles = Array.from({ length: 7 }, (_, i) => `나눠 보낸 기사 ${i + 1}`);
    for (const title of titles) await a.call('clippings.create', { values: clipping({ title }) });

    const report = await a.call('sync.now', {});
    expect(report.pushed).toBe(7);
    expect((await a.call('sync.status', {})).pending).toBe(0);
    // The second batch got there first and was refused as a gap; sent again, it was stored.
    expect(log.slice(0, 2)).toEqual(['push 2: sequence_gap', 'push 1: ok']);
    expect(log.filter((l) => l.endsWith(': ok'))).toHaveLength(4); // seven ops in batches of two

    const b = await world.loggedInPc('lee');
    await b.call('sync.now', {});
    expect((await b.call('clippings.list', {})).map((c) => c.title).sort()).toEqual([...titles].sort());
    expect((await b.call('sync.now', { verify: true })).checksums).toBe('equal');
  });
});
