/**
 * A record a PC holds aside (parked for a newer GuDesk, quarantined because it could not be
 * stored) is still on the server and in its checksums. The PC counts it as received: otherwise
 * its hourly comparison would find a difference every time, pull everything, send everything
 * again and end with '전체를 다시 받아야 합니다' — for one record of a colleague's newer version.
 */
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { clipping } from '../temp-core.ts';
import { PASSWORD, syncWorld, type SyncWorld } from './sync-fixture.ts';

let world: SyncWorld;
beforeEach(async () => {
  world = await syncWorld();
  await world.addUser('kim');
  await world.addUser('lee');
});
afterEach(async () => world.close());

/** Writes a record into the server's database the way a newer server version would have stored it. */
function storeOnServer(fields: Record<string, unknown>, schema: number): string {
  const raw = new Database(fileURLToPath(new URL(world.dbUrl.replace(/^sqlite:/, 'file://'))));
  try {
    const id = '0190d2a4-7b3c-7d00-8000-0000000000b1';
    const hlc = `${String(Date.now()).padStart(15, '0')}-0000-00000000000000bb`;
    const seq = (raw.prepare('SELECT last_seq FROM server_state').pluck().get() as number) + 1;
    raw.prepare("INSERT INTO records (register, record_id, team, seq, schema, bases, pulled) VALUES ('clippings', ?, '홍보팀', ?, ?, '{}', ?)")
      .run(id, seq, schema, JSON.stringify({ register: 'clippings', recordId: id, schema, hlc, fields }));
    raw.prepare('UPDATE server_state SET last_seq = ?').run(seq);
    return id;
  } finally {
    raw.close();
  }
}

const fields = (title: string) => ({
  ...clipping({ title }), tags: [], releaseId: '', _deleted: false,
  _at: '2024-09-02T00:00:00.000Z', _by: '김 주무관', _createdAt: '2024-09-02T00:00:00.000Z', _createdBy: '김 주무관',
});

describe('checksums with records held aside', () => {
  it('a record from a newer GuDesk, parked on this PC, leaves the hourly comparison equal', async () => {
    const a = await world.loggedInPc('kim');
    await a.call('clippings.create', { values: clipping({ title: '평소 기사' }) });
    await a.call('sync.now', {});
    storeOnServer({ ...fields('새 버전이 쓴 기사'), 새필드: '이 버전은 모르는 값' }, 99);

    const b = await world.loggedInPc('lee');
    await b.call('sync.now', {});
    expect((await b.call('sync.status', {})).parked).toBe(1);
    const verified = await b.call('sync.now', { verify: true });
    expect(verified.checksums).toBe('equal');
    expect(verified.pushed).toBe(0);
    expect((await b.call('sync.status', {})).lastError).toBeNull();
  });

  it('a record this PC could not store, quarantined, leaves it equal too; a later valid version replaces it', async () => {
    const a = await world.loggedInPc('kim');
    const { record } = await a.call('clippings.create', { values: clipping({ title: '저장 안 되는 기사' }) });
    await a.call('sync.now', {});
    const b = world.pc('이 주무관');
    await b.call('sync.login', { serverUrl: world.url, login: 'lee', password: PASSWORD });
    // A trigger stands in for any failure the validator cannot foresee (disk, a newer constraint).
    const raw = new Database(`${b.dataDir}/gudesk.sqlite`);
    raw.exec("CREATE TRIGGER refuse_one BEFORE INSERT ON clippings WHEN new.title = '저장 안 되는 기사' BEGIN SELECT RAISE(ABORT, 'refused by test'); END;");
    raw.close();
    await b.call('sync.now', {});
    expect((await b.call('sync.status', {})).quarantined).toBe(1);
    const verified = await b.call('sync.now', { verify: true });
    expect(verified.checksums).toBe('equal');
    expect(verified.pushed).toBe(0);

    await a.call('clippings.update', { id: record.id, patch: { title: '고쳐서 저장되는 기사' } });
    await a.call('sync.now', {});
    await b.call('sync.now', {});
    expect((await b.call('clippings.get', { id: record.id })).title).toBe('고쳐서 저장되는 기사');
    expect((await b.call('sync.status', {})).quarantined).toBe(0);
    expect((await b.call('sync.now', { verify: true })).checksums).toBe('equal');
  });
});
