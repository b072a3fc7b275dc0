/**
 * Nine o'clock: the whole department's PCs log in to one account at once. The server runs only a
 * few password checks at a time and tells the rest to come back in a second; the PCs do so on
 * their own, so no clerk sees an error for it. A refusal after wrong passwords is not retried.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { PASSWORD, syncWorld, type SyncWorld } from './sync-fixture.ts';

describe('logging in while the server is busy with other logins', () => {
  let world: SyncWorld | undefined;
  afterEach(async () => {
    await world?.close();
    world = undefined;
  });

  it('six PCs logging in to one account at once all get in, without a message for the clerk', async () => {
    // One password check at a time per account and no waiting in line: every other PC is told to retry.
    world = await syncWorld({ loginLimits: { parallelPerLogin: 1, parallelPerIp: 1, queueWaitMs: 0 } });
    await world.addUser('kim');
    const pcs = Array.from({ length: 6 }, (_, i) => world!.pc(`PC ${i + 1}`));
    const answers = await Promise.all(pcs.map((pc) => pc.invoke('sync.login', { serverUrl: world!.url, login: 'kim', password: PASSWORD })));
    expect(answers.map((a) => (a.ok ? 'ok' : a.error.message))).toEqual(Array.from({ length: 6 }, () => 'ok'));
    for (const pc of pcs) expect((await pc.call('sync.status', {})).loggedIn).toBe(true);
  });

  it('a wrong password is answered at once and not tried again behind the clerk\'s back', async () => {
    world = await syncWorld();
    await world.addUser('lee');
    const pc = world.pc('이 주무관');
    for (let i = 0; i < 3; i++) {
      const r = await pc.invoke('sync.login', { serverUrl: world.url, login: 'lee', password: '틀린-비밀번호' });
      expect(r.ok ? '' : r.error.message).toContain('아이디 또는 비밀번호가 맞지 않습니다');
    }
    // The fourth failure in a row is slowed down: the server's own sentence, with its wait in seconds.
    const slowed = await pc.invoke('sync.login', { serverUrl: world.url, login: 'lee', password: '틀린-비밀번호' });
    expect(slowed.ok ? '' : slowed.error.message).toMatch(/잠시 막았습니다\. \d+초 뒤 다시 시도하세요/);
  });
});
