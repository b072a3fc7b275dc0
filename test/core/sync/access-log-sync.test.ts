/**
 * 접속기록 travels with sync: entries made on a PC (also before it logged in, also by a 조회 전용
 * account) reach the server once, named by the signed-in account; only admins read them there.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ACCESS_LOG_ROUTES, type ServerAccessLogPage } from '../../../shared/sync/access-log.ts';
import { syncWorld, type SyncWorld } from './sync-fixture.ts';

let world: SyncWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

async function serverLog(w: SyncWorld, accessToken: string): Promise<{ status: number; body: ServerAccessLogPage }> {
  const res = await fetch(w.url + ACCESS_LOG_ROUTES.list, { headers: { authorization: `Bearer ${accessToken}` } });
  return { status: res.status, body: (await res.json()) as ServerAccessLogPage };
}

function tokenOf(core: { dataDir: string }): string {
  // The PC's own session (sync_state), read as the admin's PC would use it.
  const db = new Database(join(core.dataDir, 'gudesk.sqlite'), { readonly: true });
  try {
    return db.prepare<[], string>('SELECT access_token FROM sync_state').pluck().get()!;
  } finally {
    db.close();
  }
}

describe('access log sync', () => {
  it('sends every entry once, after the records, and marks it sent', async () => {
    world = await syncWorld();
    await world.addUser('kim', '정보화팀');
    await world.addUser('jo', '정보화팀', 'viewer');
    await world.addUser('boss', '홍보팀', 'admin');
    const pc = world.pc('김 주무관');
    // Logged before the first login: sent at the first sync under the account.
    await pc.call('accessLog.record', { register: 'trainees', recordId: 'r0', person: '이준', action: 'open' });
    await pc.call('sync.login', { serverUrl: world.url, login: 'kim', password: '비밀번호-2024!' });
    const signedIn = await pc.call('accessLog.record', { register: 'trainees', recordId: 'r1', person: '김철용', action: 'reveal', field: '연락처', reason: '수강 안내 전화' });
    expect(signedIn).toMatchObject({ actor: 'kim 주무관', login: 'kim' });
    await pc.call('sync.now', {});
    await pc.call('sync.now', {}); // nothing sent twice

    const viewer = await world.loggedInPc('jo');
    await viewer.call('accessLog.record', { register: 'trainees', recordId: 'r1', person: '김철용', action: 'open' });
    await viewer.call('sync.now', {});

    const boss = await world.loggedInPc('boss');
    const page = await serverLog(world, tokenOf(boss));
    expect(page.status).toBe(200);
    expect(page.body.total).toBe(3);
    expect(page.body.entries.map((e) => [e.recordId, e.sentBy]).sort()).toEqual([['r0', 'kim'], ['r1', 'jo'], ['r1', 'kim']]);
    expect((await serverLog(world, tokenOf(pc))).status).toBe(403);

    // On the PC: the review is an admin's; a member signed in is refused in Korean.
    const refused = await pc.invoke('accessLog.list', {});
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toBe('접속기록은 관리자 계정으로 로그인한 PC에서만 볼 수 있습니다.');
  });
});
