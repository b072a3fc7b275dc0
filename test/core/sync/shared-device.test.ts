/**
 * PCs that are not what the server thinks: a data folder copied to a second PC (one device id,
 * one session, one outbox numbering for two PCs), a PC whose clock ran hours ahead while it was
 * offline, and a server that lost a record. Real cores and the real server; nothing is lost.
 */
import Database from 'better-sqlite3';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore } from '../../../core/api/core.ts';
import type { Core, CoreOptions } from '../../../core/api/core-types.ts';
import { MAX_CLOCK_SKEW_MS } from '../../../shared/sync/protocol.ts';
import { parseHlc } from '../../../shared/sync/hlc.ts';
import { storedState } from '../../../server/store/records.ts';
import { clipping } from '../temp-core.ts';
import { PASSWORD, syncWorld, type SyncWorld } from './sync-fixture.ts';

let world: SyncWorld;
let root: string;
const cores: Core[] = [];

beforeEach(async () => {
  world = await syncWorld();
  await world.addUser('kim');
  await world.addUser('lee');
  root = mkdtempSync(join(tmpdir(), 'gudesk-shared-device-'));
});
afterEach(async () => {
  for (const c of cores.splice(0)) c.close();
  await world.close();
  rmSync(root, { recursive: true, force: true });
});

function open(dir: string, options: Partial<CoreOptions> = {}): Core {
  const core = createCore({ dataDir: join(root, dir), actor: `${dir} 주무관`, ...options });
  cores.push(core);
  return core;
}

function close(core: Core): void {
  core.close();
  cores.splice(cores.indexOf(core), 1);
}

async function titles(pc: Core): Promise<string[]> {
  return (await pc.call('clippings.list', {})).map((c) => c.title).sort();
}

function syncState(dir: string): { device_id: string; node: string } {
  const db = new Database(join(root, dir, 'gudesk.sqlite'), { readonly: true });
  try {
    return db.prepare('SELECT device_id, node FROM sync_state').get() as { device_id: string; node: string };
  } finally {
    db.close();
  }
}

function serverDb<T>(fn: (db: Database.Database) => T): T {
  const db = new Database(world.dbUrl.slice('sqlite:'.length));
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

/** PC a, logged in and synced, with one clipping sent and one still queued; then copied to PC b. */
async function copiedPcs(): Promise<{ a: Core; b: Core }> {
  let a = open('a');
  await a.call('sync.login', { serverUrl: world.url, login: 'kim', password: PASSWORD });
  await a.call('clippings.create', { values: clipping({ title: '복사 전에 보낸 기사' }) });
  await a.call('sync.now', {});
  await a.call('clippings.create', { values: clipping({ title: '복사 전에 쓴 기사', outlet: 'KBS' }) });
  close(a);
  cpSync(join(root, 'a'), join(root, 'b'), { recursive: true });
  a = open('a');
  const b = open('b');
  return { a, b };
}

describe('a data folder copied to a second PC', () => {
  it('both PCs keep every edit: the second to sync gets a new device id, without a password, and sends everything again', async () => {
    const { a, b } = await copiedPcs();
    expect(syncState('b').device_id).toBe(syncState('a').device_id);
    // Both number their next op the same: seq 3 on each, for different clippings.
    await a.call('clippings.create', { values: clipping({ title: 'A PC에서만 쓴 기사', outlet: '연합뉴스' }) });
    await b.call('clippings.create', { values: clipping({ title: 'B PC에서만 쓴 기사', outlet: 'MBC' }) });
    expect(await a.call('sync.now', {})).toMatchObject({ pushed: 2 });
    const onB = await b.call('sync.now', {});
    expect(onB.pushed).toBeGreaterThanOrEqual(2);
    expect((await b.call('sync.status', {})).lastError).toBeNull();
    expect(syncState('b').device_id).not.toBe(syncState('a').device_id);
    expect(syncState('b').node).not.toBe(syncState('a').node);
    await a.call('sync.now', {});

    const all = ['A PC에서만 쓴 기사', 'B PC에서만 쓴 기사', '복사 전에 쓴 기사', '복사 전에 보낸 기사'].sort();
    expect(await titles(a)).toEqual(all);
    expect(await titles(b)).toEqual(all);
    const fresh = await world.loggedInPc('lee');
    await fresh.call('sync.now', {});
    expect(await titles(fresh)).toEqual(all);

    // Both keep syncing as two PCs: an edit on either reaches the other, and the sums agree.
    const onlyB = (await b.call('clippings.list', {})).find((c) => c.title === 'B PC에서만 쓴 기사')!;
    await b.call('clippings.update', { id: onlyB.id, patch: { reporter: '박기자' } });
    await b.call('sync.now', {});
    expect(await a.call('sync.now', { verify: true })).toMatchObject({ checksums: 'equal' });
    expect((await a.call('clippings.get', { id: onlyB.id })).reporter).toBe('박기자');
    expect(await b.call('sync.now', { verify: true })).toMatchObject({ checksums: 'equal' });
  });

  it('without a session to prove it, asks the clerk in Korean to log in again, and then sends everything', async () => {
    const { a, b } = await copiedPcs();
    await a.call('clippings.create', { values: clipping({ title: 'A PC에서만 쓴 기사', outlet: '연합뉴스' }) });
    await b.call('clippings.create', { values: clipping({ title: 'B PC에서만 쓴 기사', outlet: 'MBC' }) });
    await a.call('sync.now', {});
    // The shared refresh token is gone (A refreshed it away, or an admin ended the sessions).
    serverDb((db) => db.prepare('DELETE FROM refresh_tokens').run());
    const refused = await b.invoke('sync.now', {});
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toContain('새 장치로 등록해야 합니다. 다시 로그인하세요');
    expect((await b.call('sync.status', {})).loggedIn).toBe(false);
    expect(syncState('b').device_id).not.toBe(syncState('a').device_id);

    await b.call('sync.login', { serverUrl: world.url, login: 'kim', password: PASSWORD });
    await b.call('sync.now', {});
    expect((await b.call('sync.status', {})).lastError).toBeNull();
    await a.call('sync.now', {});
    const all = ['A PC에서만 쓴 기사', 'B PC에서만 쓴 기사', '복사 전에 쓴 기사', '복사 전에 보낸 기사'].sort();
    expect(await titles(a)).toEqual(all);
    expect(await titles(b)).toEqual(all);
  });
});

describe('a PC whose clock ran hours ahead while offline', () => {
  it('re-dates its edits to now when its clock is right again: they are stored, and later edits elsewhere still win', async () => {
    let skew = 0;
    const a = open('a', { sync: { now: () => Date.now() + skew } });
    await a.call('sync.login', { serverUrl: world.url, login: 'kim', password: PASSWORD });
    const b = await world.loggedInPc('lee');
    const { record } = await a.call('clippings.create', { values: clipping({ title: '시계가 맞던 때의 기사' }) });
    await a.call('sync.now', {});
    await b.call('sync.now', {});

    skew = 3 * 3_600_000; // three hours ahead, offline: edits are stamped then
    await a.call('clippings.update', { id: record.id, patch: { reporter: '세 시간 앞선 기자' } });
    const ahead = await a.call('clippings.create', { values: clipping({ title: '시계가 앞선 때의 기사', outlet: 'KBS' }) });
    // A 요약 rewrite names the stamp it replaced (bases): that one is three hours ahead too.
    await a.call('clippings.update', { id: ahead.record.id, patch: { summary: '앞선 시계로 다시 쓴 요약' } });
    expect((await a.invoke('sync.now', {})).ok).toBe(false); // refused: the clock is off

    skew = 0; // the clock is set right
    const report = await a.call('sync.now', {});
    expect(report.pushed).toBeGreaterThanOrEqual(2);
    expect((await a.call('sync.status', {})).pending).toBe(0);
    await b.call('sync.now', {});
    expect((await b.call('clippings.get', { id: record.id })).reporter).toBe('세 시간 앞선 기자');
    expect(await titles(b)).toContain('시계가 앞선 때의 기사');
    expect((await b.call('clippings.get', { id: ahead.record.id })).summary).toBe('앞선 시계로 다시 쓴 요약');
    expect((await b.call('sync.status', {})).conflicts).toBe(0);
    const stamps = serverDb((db) => db.prepare('SELECT pulled, bases FROM records').all() as Array<{ pulled: string; bases: string }>)
      .flatMap((r) => Object.values(storedState(r.pulled, r.bases).hlcs));
    for (const s of stamps) expect(parseHlc(s)!.millis).toBeLessThanOrEqual(Date.now() + MAX_CLOCK_SKEW_MS);

    // An edit made on the other PC afterwards wins: A's edit was not left three hours ahead.
    await b.call('clippings.update', { id: record.id, patch: { reporter: '나중에 고친 기자' } });
    await b.call('sync.now', {});
    await a.call('sync.now', {});
    expect((await a.call('clippings.get', { id: record.id })).reporter).toBe('나중에 고친 기자');
  });
});

describe('checksums compared on their own', () => {
  it('the first sync after a start compares them without --verify, and gives the server back a record it lost', async () => {
    let a = open('a');
    await a.call('sync.login', { serverUrl: world.url, login: 'kim', password: PASSWORD });
    const { record } = await a.call('clippings.create', { values: clipping({ title: '서버가 잃어버릴 기사' }) });
    expect(await a.call('sync.now', {})).toMatchObject({ checksums: 'skipped' });
    expect(await a.call('sync.now', {})).toMatchObject({ checksums: 'skipped' });
    serverDb((db) => db.prepare('DELETE FROM records WHERE record_id = ?').run(record.id));

    close(a);
    a = open('a');
    expect(await a.call('sync.now', {})).toMatchObject({ checksums: 'repaired' });
    const b = await world.loggedInPc('lee');
    await b.call('sync.now', {});
    expect(await titles(b)).toEqual(['서버가 잃어버릴 기사']);
    expect(await a.call('sync.now', { verify: true })).toMatchObject({ checksums: 'equal' });
  });
});
