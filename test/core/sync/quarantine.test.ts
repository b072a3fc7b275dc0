/**
 * A PC trusts no pull reply: a record that breaks its register's rules (a 논조 no form allows, a
 * date that is not one, a register named '../../etc') is set aside with a Korean reason, the rest
 * of the page is applied, the PC keeps saving and syncing, and an admin clears the list.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { httpTransport, type SyncTransport } from '../../../core/sync/transport.ts';
import { SYNC_ROUTES, type PulledRecord } from '../../../shared/sync/protocol.ts';
import { clipping, failure } from '../temp-core.ts';
import { syncWorld, type SyncWorld } from './sync-fixture.ts';

let world: SyncWorld;
beforeEach(async () => {
  world = await syncWorld();
  await world.addUser('kim');
  await world.addUser('boss', '홍보팀', 'admin');
});
afterEach(async () => world.close());

/** The real server, with `extra` records slipped into the first pull page (a hostile or faulty server). */
function tampered(extra: (real: PulledRecord[]) => unknown[]) {
  let done = false;
  return (url: string): SyncTransport => {
    const real = httpTransport(url);
    return {
      async post(path, body, token) {
        const reply = (await real.post(path, body, token)) as { records: PulledRecord[] };
        if (path === SYNC_ROUTES.pull && !done) {
          done = true;
          reply.records = [...(extra(reply.records) as PulledRecord[]), ...reply.records];
        }
        return reply;
      },
    };
  };
}

describe('a pulled record that breaks the rules', () => {
  it('is set aside with its reason; the rest applies, the PC still saves and syncs; only an admin clears it', async () => {
    const a = await world.loggedInPc('kim');
    await a.call('clippings.create', { values: clipping({ title: '정상 기사' }) });
    await a.call('sync.now', {});

    const bad = (id: string, fields: Record<string, unknown>, register = 'clippings') => ({
      register, recordId: id, schema: 1, hlc: '001732250000000-0000-7f3a9c21d04e6b15', fields,
    });
    const good = { publishedOn: '2024-09-02', outlet: 'KBS', title: '제목', _deleted: false, _at: '2024-09-02T00:00:00.000Z', _by: 'x', _createdAt: '2024-09-02T00:00:00.000Z', _createdBy: 'x' };
    const b = world.pc('boss 주무관', {
      sync: {
        transportFor: tampered(() => [
          bad('0190d2a4-7b3c-7d00-8000-000000000001', { ...good, tone: '악의' }),
          bad('0190d2a4-7b3c-7d00-8000-000000000002', { ...good, publishedOn: 'not-a-date' }),
          bad('0190d2a4-7b3c-7d00-8000-000000000003', { 주민등록번호: '900101-1234567' }, '../../etc'),
        ]),
      },
    });
    await b.call('sync.login', { serverUrl: world.url, login: 'boss', password: '비밀번호-2024!' });
    await b.call('sync.now', {});

    expect((await b.call('clippings.list', {})).map((c) => c.title)).toEqual(['정상 기사']);
    const status = await b.call('sync.status', {});
    expect(status).toMatchObject({ quarantined: 3, lastError: null });
    const list = await b.call('sync.quarantine', {});
    expect(list.map((q) => q.reason)).toEqual([
      expect.stringContaining('논조'),
      expect.stringContaining('보도일자'),
      expect.stringContaining('알 수 없는 대장'),
    ]);
    expect(list[0]!.reason).toContain('악의');
    // Nothing of it reached the registers, and the PC goes on saving and syncing.
    const { record } = await b.call('clippings.create', { values: clipping({ title: '격리 뒤 입력한 기사' }) });
    expect((await b.call('sync.now', {})).pushed).toBe(1);
    await a.call('sync.now', {});
    expect((await a.call('clippings.get', { id: record.id })).title).toBe('격리 뒤 입력한 기사');

    // A member's PC may look but not clear.
    const member = world.pc('kim 주무관', { sync: { transportFor: tampered(() => [bad('0190d2a4-7b3c-7d00-8000-000000000004', { ...good, tone: '악의' })]) } });
    await member.call('sync.login', { serverUrl: world.url, login: 'kim', password: '비밀번호-2024!' });
    await member.call('sync.now', {});
    expect((await failure(member, 'sync.clearQuarantine', {})).message).toContain('관리자');
    expect(await b.call('sync.clearQuarantine', { id: list[0]!.id })).toEqual({ count: 1 });
    expect(await b.call('sync.clearQuarantine', {})).toEqual({ count: 2 });
    expect((await b.call('sync.status', {})).quarantined).toBe(0);
  });

  it('a record that fails to store for another reason is set aside too, and the page still applies', async () => {
    const a = await world.loggedInPc('kim');
    for (const title of ['첫째 기사', '둘째 기사']) await a.call('clippings.create', { values: clipping({ title }) });
    await a.call('sync.now', {});
    const b = world.pc('boss 주무관');
    // A trigger stands in for any failure the validator cannot foresee (disk, a newer constraint).
    await b.call('sync.login', { serverUrl: world.url, login: 'boss', password: '비밀번호-2024!' });
    const db = (await import('better-sqlite3')).default;
    const raw = new db(`${b.dataDir}/gudesk.sqlite`);
    raw.exec("CREATE TRIGGER refuse_one BEFORE INSERT ON clippings WHEN new.title = '둘째 기사' BEGIN SELECT RAISE(ABORT, 'refused by test'); END;");
    raw.close();
    await b.call('sync.now', {});
    expect((await b.call('clippings.list', {})).map((c) => c.title)).toEqual(['첫째 기사']);
    expect(await b.call('sync.quarantine', {})).toMatchObject([{ register: 'clippings', reason: expect.stringContaining('저장하지 못했습니다') }]);
  });

  it('a failure inside the PC during sync reaches the status bar in Korean, the detail in the log', async () => {
    const a = await world.loggedInPc('kim');
    await a.call('clippings.create', { values: clipping({ title: '보낼 기사' }) });
    const db = (await import('better-sqlite3')).default;
    const raw = new db(`${a.dataDir}/gudesk.sqlite`);
    raw.exec("CREATE TRIGGER refuse_ack BEFORE DELETE ON sync_outbox BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: by test'); END;");
    raw.close();
    expect((await a.invoke('sync.now', {})).ok).toBe(false);
    const status = await a.call('sync.status', {});
    expect(status.lastError).toMatch(/[가-힣]/);
    expect(status.lastError).not.toContain('CHECK constraint failed');
    expect(status.pending).toBe(1);
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(`${a.dataDir}/logs/gudesk.log`, 'utf8')).toContain('CHECK constraint failed: by test');
  });
});
