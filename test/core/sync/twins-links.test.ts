/**
 * What a merge of two PCs' offline work produces that no single edit could: the same clipping
 * typed on both (twins), and a clipping linked to a 보도자료 deleted on the other PC. Sync never
 * fails over them, edits go on, and 확인할 항목 lists them for a person with a one-click merge.
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

async function syncAll(...pcs: Core[]): Promise<void> {
  for (let round = 0; round < 2; round++) for (const pc of pcs) await pc.call('sync.now', {});
}

describe('twins typed offline on two PCs', () => {
  it('both stay until merged, an unrelated edit of either is saved, 확인할 항목 lists them and one click merges them everywhere', async () => {
    const a = await world.loggedInPc('kim');
    const b = await world.loggedInPc('lee');
    const { record: onA } = await a.call('clippings.create', { values: clipping({ reporter: '', tags: ['청년'], summary: '' }) });
    const { record: onB } = await b.call('clippings.create', { values: clipping({ reporter: '박기자', tags: ['창업'], summary: '청년 창업 지원 요약' }) });
    await syncAll(a, b);
    expect((await a.call('clippings.list', {})).length).toBe(2);

    // Editing 기자 on either PC is not refused because of the twin.
    await a.call('clippings.update', { id: onA.id, patch: { reporter: '김기자' } });
    await b.call('clippings.update', { id: onB.id, patch: { tone: '긍정' } });
    await syncAll(a, b);

    for (const pc of [a, b]) {
      const items = await pc.call('review.list', {});
      expect(items).toHaveLength(1);
      expect(items[0]).toMatchObject({ kind: 'twins', register: 'clippings', registerLabel: '언론보도' });
      expect(items[0]!.message).toContain('같은 언론보도 기록이 2건');
      expect(items[0]!.records.map((r) => r.id).sort()).toEqual([onA.id, onB.id].sort());
      expect(items[0]!.records[0]!.label).toBe('2024. 9. 2. 연합뉴스 「금천구, 청년 창업 지원 확대」');
    }

    const [item] = await b.call('review.list', {});
    const keep = item!.records[0]!.id;
    const merged = await b.call('review.mergeTwins', { register: 'clippings', keepId: keep, ids: item!.records.map((r) => r.id) });
    expect(merged.count).toBe(1);
    await syncAll(a, b);
    for (const pc of [a, b]) {
      const live = await pc.call('clippings.list', {});
      expect(live).toHaveLength(1);
      expect(live[0]!.id).toBe(keep);
      // Nothing typed on either PC is lost: a filled field wins over an empty one, tags are joined.
      expect(live[0]).toMatchObject({ tone: '긍정', summary: '청년 창업 지원 요약' });
      expect(live[0]!.tags.sort()).toEqual(['창업', '청년']);
      // 기자 differed: the later edit (A's 김기자, made after B typed 박기자) wins, as sync would decide.
      expect(live[0]!.reporter).toBe('김기자');
      expect(await pc.call('review.list', {})).toEqual([]);
    }

    // One 실행 취소 brings both back (and the twin shows again).
    await b.call('history.undo', { batchId: merged.batchId });
    expect((await b.call('clippings.list', {})).length).toBe(2);
    expect(await b.call('review.list', {})).toHaveLength(1);
  });
});

describe('a link to a 보도자료 deleted on another PC', () => {
  it('is shown as 삭제된 보도자료, never fails a page, and is listed; a link not held here reads as 찾을 수 없는 보도자료', async () => {
    const a = await world.loggedInPc('kim');
    const b = await world.loggedInPc('lee');
    const { record: release } = await a.call('releases.create', { values: { distributedOn: '2024-09-01', title: '한파 쉼터 운영' } });
    await syncAll(a, b);
    // Apart: A deletes the release, B links a clipping to it.
    await a.call('releases.delete', { ids: [release.id] });
    const { record: clip } = await b.call('clippings.create', { values: clipping({ releaseId: release.id }) });
    await syncAll(a, b);

    for (const pc of [a, b]) {
      expect(await pc.call('clippings.get', { id: clip.id })).toMatchObject({ releaseId: release.id, releaseTitle: '삭제된 보도자료: 한파 쉼터 운영' });
      const items = await pc.call('review.list', {});
      expect(items).toHaveLength(1);
      expect(items[0]).toMatchObject({ kind: 'dangling-link', register: 'clippings', field: '보도자료', target: 'deleted' });
      expect(items[0]!.message).toContain('연결된 보도자료가 삭제되었습니다');
      expect((await pc.call('sync.status', {})).lastError ?? '').toBe('');
    }
    // The clipping can still be edited.
    await a.call('clippings.update', { id: clip.id, patch: { reporter: '김기자' } });

  });

  it('a link to a 보도자료 outside this user\'s scope reads as 찾을 수 없는 보도자료 and is listed', async () => {
    const scoped = await syncWorld({ teamScopedRegisters: ['releases'] });
    try {
      await scoped.addUser('kim', '홍보팀');
      await scoped.addUser('park', '전산팀');
      const a = await scoped.loggedInPc('kim');
      const { record: release } = await a.call('releases.create', { values: { distributedOn: '2024-09-01', title: '홍보팀 보도자료' } });
      const { record: clip } = await a.call('clippings.create', { values: clipping({ releaseId: release.id }) });
      await a.call('sync.now', {});
      const p = await scoped.loggedInPc('park');
      await p.call('sync.now', {});
      expect(await p.call('clippings.get', { id: clip.id })).toMatchObject({ releaseId: release.id, releaseTitle: '찾을 수 없는 보도자료' });
      expect(await p.call('review.list', {})).toMatchObject([{ kind: 'dangling-link', target: 'missing' }]);
      await p.call('clippings.update', { id: clip.id, patch: { reporter: '최기자' } });
      expect((await p.call('sync.now', {})).pushed).toBe(1);
    } finally {
      await scoped.close();
    }
  });
});
