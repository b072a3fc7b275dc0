/**
 * The update feed a PC checks is the department's policy from its sync server (real server, real
 * core): it arrives with the session, follows a changed policy at the next refresh, and no
 * operation of the app can change it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { PASSWORD, syncWorld } from '../sync/sync-fixture.ts';
import type { SyncWorld } from '../sync/sync-fixture.ts';

describe('업데이트 주소는 서버의 정책', () => {
  let world: SyncWorld | undefined;
  afterEach(async () => {
    await world?.close();
    world = undefined;
  });

  it('a PC logged in to a server with --update-feed keeps that feed; settings.set cannot change it', async () => {
    world = await syncWorld({ updateFeedUrl: 'https://update.gu.go.kr/gudesk/' });
    await world.addUser('kim');
    const pc = world.pc('김 주무관');
    expect((await pc.call('settings.get', {}))['updateFeedPolicy']).toBeUndefined();
    await pc.call('sync.login', { serverUrl: world.url, login: 'kim', password: PASSWORD });
    expect((await pc.call('settings.get', {}))['updateFeedPolicy']).toBe('https://update.gu.go.kr/gudesk/');
    await expect(pc.call('settings.set', { key: 'updateFeedPolicy' as never, value: 'https://evil.example/' })).rejects.toMatchObject({ code: 'invalid_input' });
    expect((await pc.call('settings.get', {}))['updateFeedPolicy']).toBe('https://update.gu.go.kr/gudesk/');
  });

  it('without --update-feed the PC is told its server\'s own /updates/', async () => {
    world = await syncWorld();
    await world.addUser('lee');
    const pc = await world.loggedInPc('lee');
    expect((await pc.call('settings.get', {}))['updateFeedPolicy']).toBe(`${world.url}/updates/`);
  });
});
