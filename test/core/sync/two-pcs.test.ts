/**
 * Two clerks' PCs against a real server: what each sees after syncing. Edits made apart on
 * different fields both survive, a concurrent 요약 rewrite is kept for a person to resolve,
 * a delete is not undone by a stale edit, and checksums agree afterwards.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../core/api/core-types.ts';
import { clipping } from '../temp-core.ts';
import { syncWorld, type SyncWorld } from './sync-fixture.ts';

let world: SyncWorld;
beforeEach(async () => {
  world = await syncWorld();
  await world.addUser('kim');
  await world.addUser('lee');
});
afterEach(async () => world.close());

async function titles(pc: Core): Promise<string[]> {
  return (await pc.call('clippings.list', {})).map((c) => c.title).sort();
}

describe('two PCs of one department', () => {
  it('sends what a PC held before its first login, and a new PC receives it all, searchable', async () => {
    const a = world.pc('김 주무관');
    await a.call('clippings.create', { values: clipping({ title: '금천구, 청년 창업 지원 확대' }) });
    await a.call('clippings.create', { values: clipping({ title: '구청장 현장 소통 간담회', outlet: 'KBS' }) });
    const status = await a.call('sync.login', { serverUrl: world.url, login: 'kim', password: '비밀번호-2024!' });
    expect(status).toMatchObject({ loggedIn: true, pending: 2, userName: 'kim 주무관', team: '홍보팀' });
    expect(await a.call('sync.now', {})).toMatchObject({ pushed: 2 });
    expect((await a.call('sync.status', {})).pending).toBe(0);

    const b = await world.loggedInPc('lee');
    const report = await b.call('sync.now', { verify: true });
    expect(report).toMatchObject({ pulled: 2, checksums: 'equal' });
    expect(await titles(b)).toEqual(await titles(a));
    // A 2-syllable search finds a clipping that arrived by sync (the search index was filled).
    expect((await b.call('clippings.search', { query: '구청' })).rows.map((r) => r.title)).toEqual(['구청장 현장 소통 간담회']);
    // History on B says who wrote it on A.
    const rec = (await b.call('clippings.list', {}))[0]!;
    expect(rec.createdBy).toBe('김 주무관');
  });

  it('keeps both edits when two PCs change different fields of one clipping while apart', async () => {
    const a = await world.loggedInPc('kim');
    const b = await world.loggedInPc('lee');
    const { record } = await a.call('clippings.create', { values: clipping() });
    await a.call('sync.now', {});
    await b.call('sync.now', {});
    await a.call('clippings.update', { id: record.id, patch: { tone: '긍정' } });
    await b.call('clippings.update', { id: record.id, patch: { reporter: '박기자' } });
    await a.call('sync.now', {});
    await b.call('sync.now', {});
    await a.call('sync.now', {});
    for (const pc of [a, b]) expect(await pc.call('clippings.get', { id: record.id })).toMatchObject({ tone: '긍정', reporter: '박기자' });
    const history = await b.call('clippings.history', { id: record.id });
    // B learnt of A's edit after its own: its history shows the change, with the author when known.
    expect(history.find((h) => h.field === 'tone')).toMatchObject({ oldValue: '중립', newValue: '긍정' });
    const onA = await a.call('clippings.history', { id: record.id });
    expect(onA.find((h) => h.field === 'reporter')).toMatchObject({ by: 'lee 주무관', newValue: '박기자' });
  });

  it('keeps the losing 요약 when both rewrite it, and a clerk resolves it on either PC', async () => {
    const a = await world.loggedInPc('kim');
    const b = await world.loggedInPc('lee');
    const { record } = await a.call('clippings.create', { values: clipping({ summary: '첫 요약' }) });
    await a.call('sync.now', {});
    await b.call('sync.now', {});
    await a.call('clippings.update', { id: record.id, patch: { summary: '김 주무관이 고친 요약' } });
    await new Promise((r) => setTimeout(r, 5)); // B's rewrite is the later one
    await b.call('clippings.update', { id: record.id, patch: { summary: '이 주무관이 고친 요약' } });
    await a.call('sync.now', {});
    expect((await b.call('sync.now', {})).conflicts).toBe(1);
    await a.call('sync.now', {});
    for (const pc of [a, b]) {
      const [c] = await pc.call('sync.conflicts', {});
      expect(c).toMatchObject({ register: 'clippings', recordId: record.id, fieldLabel: '요약', current: '이 주무관이 고친 요약', other: '김 주무관이 고친 요약', earlier: [] });
      expect((await pc.call('sync.status', {})).conflicts).toBe(1);
    }
    await a.call('sync.resolve', { register: 'clippings', recordId: record.id, field: 'summary', keep: 'text', text: '두 요약을 합친 글' });
    await a.call('sync.now', {});
    await b.call('sync.now', {});
    for (const pc of [a, b]) {
      expect(await pc.call('sync.conflicts', {})).toEqual([]);
      expect((await pc.call('clippings.get', { id: record.id })).summary).toBe('두 요약을 합친 글');
    }
  });

  it('keeps every losing 요약 when three PCs rewrite it while apart', async () => {
    await world.addUser('choi');
    const [a, b, c] = [await world.loggedInPc('kim'), await world.loggedInPc('lee'), await world.loggedInPc('choi')];
    const { record } = await a.call('clippings.create', { values: clipping({ summary: '첫 요약' }) });
    await a.call('sync.now', {});
    for (const pc of [b, c]) await pc.call('sync.now', {});
    for (const [pc, who] of [[a, '김'], [b, '이'], [c, '최']] as const) {
      await pc.call('clippings.update', { id: record.id, patch: { summary: `${who} 주무관의 요약` } });
      await new Promise((r) => setTimeout(r, 5));
    }
    for (const pc of [a, b, c, a, b]) await pc.call('sync.now', {});
    for (const pc of [a, b, c]) {
      const [conflict] = await pc.call('sync.conflicts', {});
      expect(conflict).toMatchObject({ current: '최 주무관의 요약', other: '이 주무관의 요약', earlier: ['김 주무관의 요약'] });
    }
  });

  it('does not bring back a clipping deleted on one PC when another PC edits its stale copy', async () => {
    const a = await world.loggedInPc('kim');
    const b = await world.loggedInPc('lee');
    const { record } = await a.call('clippings.create', { values: clipping() });
    await a.call('sync.now', {});
    await b.call('sync.now', {});
    await a.call('clippings.delete', { ids: [record.id] });
    await a.call('sync.now', {});
    await b.call('clippings.update', { id: record.id, patch: { page: '12면' } });
    await b.call('sync.now', {});
    await a.call('sync.now', {});
    for (const pc of [a, b]) {
      expect(await pc.call('clippings.list', {})).toEqual([]);
      expect((await pc.call('clippings.get', { id: record.id })).page).toBe('12면');
    }
    // Undelete is an explicit change, and it travels.
    await b.call('clippings.restore', { ids: [record.id] });
    await b.call('sync.now', {});
    await a.call('sync.now', { verify: true });
    expect((await a.call('clippings.list', {})).map((c) => c.id)).toEqual([record.id]);
  });

  it('lets a 조회 전용 account receive everything but change nothing, even on a PC that already held records', async () => {
    await world.addUser('park', '홍보팀', 'viewer');
    const a = await world.loggedInPc('kim');
    await a.call('clippings.create', { values: clipping({ title: '부서 공유 기사' }) });
    await a.call('sync.now', {});

    const manager = world.pc('박 과장');
    const { record: own } = await manager.call('clippings.create', { values: clipping({ title: '과장 PC에만 있던 기사' }) });
    const status = await manager.call('sync.login', { serverUrl: world.url, login: 'park', password: '비밀번호-2024!' });
    expect(status).toMatchObject({ loggedIn: true, role: 'viewer', pending: 0 });
    expect(await manager.call('sync.now', { verify: true })).toMatchObject({ pushed: 0, pulled: 1 });
    expect(await titles(manager)).toEqual(['과장 PC에만 있던 기사', '부서 공유 기사']);

    const edit = await manager.invoke('clippings.update', { id: own.id, patch: { title: '고친 제목' } });
    expect(edit.ok).toBe(false);
    if (!edit.ok) expect(edit.error).toMatchObject({ code: 'forbidden', message: expect.stringContaining('조회 전용 계정으로 로그인한 PC에서는 대장을 고칠 수 없습니다') });
    expect((await manager.call('clippings.get', { id: own.id })).title).toBe('과장 PC에만 있던 기사');
    expect((await manager.call('sync.status', {})).pending).toBe(0);
    // The server and the other PCs never see the manager's own record.
    expect((await a.call('sync.now', {})).pulled).toBe(0);
    expect(await titles(a)).toEqual(['부서 공유 기사']);
  });

  it('refuses a wrong password in Korean and keeps the PC unconnected', async () => {
    const a = world.pc('김 주무관');
    const r = await a.invoke('sync.login', { serverUrl: world.url, login: 'kim', password: 'wrong-password' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'unauthorized', message: '아이디 또는 비밀번호가 맞지 않습니다.' });
    expect((await a.call('sync.status', {})).loggedIn).toBe(false);
    await a.call('clippings.create', { values: clipping() });
    expect((await a.call('sync.status', {})).pending).toBe(0);
  });

  it('says in Korean that the server cannot be reached, and keeps the change for later', async () => {
    const a = await world.loggedInPc('kim');
    await a.call('clippings.create', { values: clipping() });
    await world.server.close();
    const r = await a.invoke('sync.now', {});
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('연결하지 못했습니다');
    const status = await a.call('sync.status', {});
    expect(status.pending).toBe(1);
    expect(status.lastError).toContain('연결하지 못했습니다');
    world.server.close = async () => {};
  });
});
