/**
 * The access token's lifetime is the server's: a PC whose clock runs minutes slow must not keep
 * sending a token the server let expire (it used to fail with "로그인이 만료되었습니다" until its
 * own clock caught up), and a token the server no longer knows is renewed without bothering the
 * clerk. Found by the convergence test.
 */
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { clipping } from '../temp-core.ts';
import { syncWorld, type SyncWorld } from './sync-fixture.ts';

const MINUTE = 60_000;
let world: SyncWorld;
afterEach(async () => world.close());

describe('a PC whose clock runs slow', () => {
  it('renews its access token by the server\'s clock and keeps syncing', async () => {
    let advance = 0;
    world = await syncWorld({ now: () => Date.now() + advance });
    await world.addUser('kim');
    const slow = () => Date.now() + advance - 10 * MINUTE;
    const a = await world.loggedInPc('kim', { sync: { now: slow } });
    await a.call('clippings.create', { values: clipping() });
    expect(await a.call('sync.now', {})).toMatchObject({ pushed: 1 });
    advance += 16 * MINUTE; // past the server's 15-minute access token; the PC's clock says 6 minutes
    await a.call('clippings.create', { values: clipping({ title: '두 번째 기사' }) });
    expect(await a.call('sync.now', {})).toMatchObject({ pushed: 1 });
    expect(await a.call('sync.status', {})).toMatchObject({ loggedIn: true, pending: 0, lastError: null });
  });

  it('renews a token the server refuses although it has not expired', async () => {
    world = await syncWorld();
    await world.addUser('kim');
    const a = await world.loggedInPc('kim');
    await a.call('sync.now', {});
    const db = new Database(world.dbUrl.slice('sqlite:'.length));
    db.exec('DELETE FROM access_tokens');
    db.close();
    await a.call('clippings.create', { values: clipping() });
    expect(await a.call('sync.now', {})).toMatchObject({ pushed: 1 });
  });
});
