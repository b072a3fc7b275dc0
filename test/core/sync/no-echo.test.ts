/**
 * A PC does not pull its own pushes back: when nothing reached the server between its last pull
 * and its push (and the merge made no conflict), the records the push stored are what it holds,
 * so it moves its cursor past them. When a colleague's change came in between, it pulls as usual.
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

/** The real server, counting the records pull replies carry. */
function counting() {
  const seen = { records: 0 };
  const transportFor = (url: string): SyncTransport => {
    const real = httpTransport(url);
    return {
      async post(path, body, token) {
        const reply = await real.post(path, body, token);
        if (path === SYNC_ROUTES.pull) seen.records += (reply as { records: unknown[] }).records.length;
        return reply;
      },
    };
  };
  return { seen, transportFor };
}

describe('after a push', () => {
  it('a PC pulls back none of its own records, but still what a colleague sent meanwhile', async () => {
    const net = counting();
    const a = world.pc('김 주무관', { sync: { transportFor: net.transportFor } });
    await a.call('sync.login', { serverUrl: world.url, login: 'kim', password: PASSWORD });
    await a.call('sync.now', {});
    for (const title of ['하나', '둘', '셋']) await a.call('clippings.create', { values: clipping({ title }) });
    net.seen.records = 0;
    expect(await a.call('sync.now', {})).toMatchObject({ pushed: 3 });
    expect(net.seen.records).toBe(0);

    // A colleague's change reaches the server first: A's push is not next to its cursor, so it pulls.
    const b = await world.loggedInPc('lee');
    await b.call('sync.now', {});
    await b.call('clippings.create', { values: clipping({ title: '이 주무관의 기사' }) });
    await b.call('sync.now', {});
    await a.call('clippings.create', { values: clipping({ title: '넷' }) });
    net.seen.records = 0;
    const report = await a.call('sync.now', { verify: true });
    expect(report).toMatchObject({ pushed: 1, pulled: 1, checksums: 'equal' });
    expect(net.seen.records).toBe(2);
    expect((await b.call('sync.now', { verify: true })).checksums).toBe('equal');
  });
});
