/**
 * 보도자료 and their 기사화 건수: how many live 언론보도 came from each release, as the list and the
 * detail view show it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../core/api/core-types.ts';
import { clipping, expectKoreanError, failure, openTempCore, type TempCore } from '../temp-core.ts';

let t: TempCore;
let core: Core;
beforeEach(() => {
  t = openTempCore();
  core = t.core;
});
afterEach(() => t.dispose());

async function release(title = '금천구, 청년 창업 지원 확대', distributedOn = '2024-09-01') {
  return (await core.call('releases.create', { values: { distributedOn, title, department: '일자리정책과', contact: '김담당' } })).record;
}

const countOf = async (id: string) => (await core.call('releases.get', { id })).clippingCount;

describe('releases CRUD', () => {
  it('creates with defaults and validates in Korean naming the field', async () => {
    const r = await release();
    expect(r).toMatchObject({ hasPhoto: false, clippingCount: 0, version: 1, createdBy: '홍길동' });
    const error = await failure(core, 'releases.create', { values: { distributedOn: '2024-02-30', title: '' } });
    expectKoreanError(error, 'invalid_input');
    expect(error.message).toContain('배포일');
    expect(error.message).toContain('제목');
    const dup = await failure(core, 'releases.create', { values: { distributedOn: '2024-09-01', title: ' 금천구, 청년 창업 지원 확대 ' } });
    expectKoreanError(dup, 'conflict');
    expect(dup.message).toContain('2024. 9. 1.');
    expect(await core.call('releases.list', {})).toHaveLength(1);
  });

  it('search matches 제목, 담당부서 and 담당자, ignoring deleted ones and odd characters', async () => {
    const a = await release('구청 축제 개최', '2024-09-01');
    const b = await release('청년 지원', '2024-09-02');
    expect((await core.call('releases.search', { query: '축제' })).rows.map((r) => r.id)).toEqual([a.id]);
    expect((await core.call('releases.search', { query: '일자리' })).total).toBe(2);
    expect((await core.call('releases.search', { query: '김담당 청년' })).rows.map((r) => r.id)).toEqual([b.id]);
    for (const odd of ['%', '_', '\\', '"', "'", '*', '(']) expect((await core.call('releases.search', { query: odd })).total, odd).toBe(0);
    await core.call('releases.delete', { ids: [a.id] });
    expect((await core.call('releases.search', { query: '축제' })).total).toBe(0);
  });
});

describe('기사화 건수 (clippingCount)', () => {
  it('counts live linked clippings, in the list, get and detail', async () => {
    const r = await release();
    const other = await release('다른 보도자료');
    const ids: string[] = [];
    for (const outlet of ['연합뉴스', 'KBS', '한겨레']) {
      ids.push((await core.call('clippings.create', { values: clipping({ outlet, releaseId: r.id }) })).record.id);
    }
    await core.call('clippings.create', { values: clipping({ outlet: 'MBC' }) });
    expect(await countOf(r.id)).toBe(3);
    expect(await countOf(other.id)).toBe(0);
    const listed = await core.call('releases.list', {});
    expect(listed.find((x) => x.id === r.id)!.clippingCount).toBe(3);

    const detail = await core.call('releases.detail', { id: r.id });
    expect(detail).toMatchObject({ title: r.title, clippingCount: 3 });
    expect(detail.clippings.map((c) => c.outlet).sort()).toEqual(['KBS', '연합뉴스', '한겨레']);
    for (const c of detail.clippings) expect(c.releaseTitle).toBe(r.title);
  });

  it('deleting a linked clipping lowers the count and removes it from the detail; undo raises it again', async () => {
    const r = await release();
    const a = await core.call('clippings.create', { values: clipping({ outlet: '연합뉴스', releaseId: r.id }) });
    await core.call('clippings.create', { values: clipping({ outlet: 'KBS', releaseId: r.id }) });
    const { batchId } = await core.call('clippings.delete', { ids: [a.record.id] });
    expect(await countOf(r.id)).toBe(1);
    expect((await core.call('releases.detail', { id: r.id })).clippings.map((c) => c.outlet)).toEqual(['KBS']);
    await core.call('history.undo', { batchId });
    expect(await countOf(r.id)).toBe(2);
  });

  it('moving a clipping to another release moves the count', async () => {
    const r1 = await release('첫째');
    const r2 = await release('둘째');
    const c = await core.call('clippings.create', { values: clipping({ releaseId: r1.id }) });
    await core.call('clippings.update', { id: c.record.id, patch: { releaseId: r2.id } });
    expect([await countOf(r1.id), await countOf(r2.id)]).toEqual([0, 1]);
    await core.call('clippings.update', { id: c.record.id, patch: { releaseId: '' } });
    expect([await countOf(r1.id), await countOf(r2.id)]).toEqual([0, 0]);
  });

  it('a clipping cannot be linked to a missing or deleted release', async () => {
    const r = await release();
    await core.call('releases.delete', { ids: [r.id] });
    for (const releaseId of [r.id, 'no-such-release']) {
      const error = await failure(core, 'clippings.create', { values: clipping({ releaseId }) });
      expectKoreanError(error, 'invalid_input');
      expect(error.message).toContain('보도자료');
    }
    expect(await core.call('clippings.list', {})).toEqual([]);
  });

  it('a clipping whose release was deleted later can still be edited, bulk-edited, deleted and restored', async () => {
    const r = await release();
    const c = await core.call('clippings.create', { values: clipping({ releaseId: r.id }) });
    const { batchId } = await core.call('releases.delete', { ids: [r.id] });
    const edited = await core.call('clippings.update', { id: c.record.id, patch: { reporter: '김기자' } });
    expect(edited.record).toMatchObject({ reporter: '김기자', releaseId: r.id });
    await core.call('clippings.bulkUpdate', { ids: [c.record.id], patch: { tone: '긍정' } });
    await core.call('clippings.delete', { ids: [c.record.id] });
    await core.call('clippings.restore', { ids: [c.record.id] });
    // Undoing the release's delete shows the link and the count again.
    await core.call('history.undo', { batchId });
    expect(await countOf(r.id)).toBe(1);
  });
});
