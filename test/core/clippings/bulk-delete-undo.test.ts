/**
 * Bulk edits, deletes, restores and undo of 언론보도 through the API. A clerk who selects many
 * rows expects all of them or none to change; a delete must be recoverable; undo reverts one
 * whole action and is itself undoable.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../core/api/core-types.ts';
import type { Clipping } from '../../../shared/domain/clipping.ts';
import { clipping, expectKoreanError, failure, openTempCore, type TempCore } from '../temp-core.ts';

let t: TempCore;
let core: Core;
beforeEach(() => {
  t = openTempCore();
  core = t.core;
});
afterEach(() => t.dispose());

async function three(): Promise<Clipping[]> {
  const out: Clipping[] = [];
  for (const [i, outlet] of ['연합뉴스', 'KBS', '한겨레'].entries()) {
    out.push((await core.call('clippings.create', { values: clipping({ outlet, title: `기사 ${i + 1}`, tone: '중립', department: '홍보과' }) })).record);
  }
  return out;
}

const byId = async (id: string) => core.call('clippings.get', { id });
const liveIds = async () => (await core.call('clippings.list', {})).map((c) => c.id).sort();

describe('clippings.bulkUpdate', () => {
  it('applies one patch to every selected clipping as one batch', async () => {
    const [a, b, c] = await three();
    const result = await core.call('clippings.bulkUpdate', { ids: [a!.id, b!.id], patch: { tone: '긍정', department: '일자리정책과' } });
    expect(result.count).toBe(2);
    expect(await byId(a!.id)).toMatchObject({ tone: '긍정', department: '일자리정책과', title: '기사 1', outlet: '연합뉴스' });
    expect(await byId(b!.id)).toMatchObject({ tone: '긍정', department: '일자리정책과', title: '기사 2' });
    expect(await byId(c!.id)).toMatchObject({ tone: '중립', department: '홍보과' });
    const historyA = await core.call('clippings.history', { id: a!.id });
    expect(historyA.filter((h) => h.batchId === result.batchId).map((h) => h.fieldLabel).sort()).toEqual(['관련부서', '논조']);
  });

  it('is all or nothing: one record that cannot take the patch leaves every record as it was', async () => {
    const [a, b, c] = await three();
    // 매체명 → 연합뉴스 makes b a duplicate of a (same 보도일자 and, after the title patch, the same 제목).
    const dupError = await failure(core, 'clippings.bulkUpdate', { ids: [c!.id, a!.id, b!.id], patch: { title: '같은 제목', outlet: '연합뉴스' } });
    expectKoreanError(dupError, 'conflict');
    expect(dupError.message).toContain('일괄 수정을 취소했습니다');

    const missing = await failure(core, 'clippings.bulkUpdate', { ids: [a!.id, 'no-such-id'], patch: { tone: '부정' } });
    expectKoreanError(missing, 'not_found');

    await core.call('clippings.delete', { ids: [c!.id] });
    const deleted = await failure(core, 'clippings.bulkUpdate', { ids: [a!.id, b!.id, c!.id], patch: { tone: '부정' } });
    expectKoreanError(deleted, 'conflict');

    expect(await byId(a!.id)).toMatchObject({ title: '기사 1', outlet: '연합뉴스', tone: '중립', version: 1 });
    expect(await byId(b!.id)).toMatchObject({ title: '기사 2', outlet: 'KBS', tone: '중립', version: 1 });
    expect((await core.call('clippings.history', { id: a!.id })).map((h) => h.action)).toEqual(['create']);
  });

  it('an invalid value or an empty patch is refused in Korean', async () => {
    const [a] = await three();
    const bad = await failure(core, 'clippings.bulkUpdate', { ids: [a!.id], patch: { mediaType: '잡지' } });
    expectKoreanError(bad, 'invalid_input');
    expect(bad.message).toContain('매체구분');
    const empty = await failure(core, 'clippings.bulkUpdate', { ids: [a!.id], patch: {} });
    expectKoreanError(empty, 'invalid_input');
    expect(await byId(a!.id)).toMatchObject({ version: 1 });
  });

  it('undo restores the old values of every record', async () => {
    const [a, b] = await three();
    const { batchId } = await core.call('clippings.bulkUpdate', { ids: [a!.id, b!.id], patch: { tone: '부정', tags: ['민원'] } });
    const undo = await core.call('history.undo', { batchId });
    expect(undo.count).toBe(2);
    expect(await byId(a!.id)).toMatchObject({ tone: '중립', tags: [] });
    expect(await byId(b!.id)).toMatchObject({ tone: '중립', tags: [] });
    // Undoing the undo brings the bulk edit back.
    await core.call('history.undo', { batchId: undo.batchId });
    expect(await byId(a!.id)).toMatchObject({ tone: '부정', tags: ['민원'] });
  });
});

describe('clippings.delete', () => {
  it('is a tombstone: gone from the list and the count, still there with includeDeleted', async () => {
    const [a, b] = await three();
    const result = await core.call('clippings.delete', { ids: [a!.id, b!.id, a!.id] }, { actor: '김주무관' });
    expect(result.count).toBe(2);
    expect(await liveIds()).toHaveLength(1);
    const all = await core.call('clippings.list', { includeDeleted: true });
    expect(all).toHaveLength(3);
    expect(all.find((x) => x.id === a!.id)).toMatchObject({ deletedBy: '김주무관', deletedAt: expect.any(String) as string });
    expect((await core.call('app.info', {})).counts.clippings).toBe(1);
    const history = await core.call('clippings.history', { id: a!.id });
    expect(history[0]).toMatchObject({ action: 'delete', by: '김주무관', batchId: result.batchId });
  });

  it('deleting again counts nothing; an unknown id is not_found and nothing is deleted', async () => {
    const [a, b] = await three();
    await core.call('clippings.delete', { ids: [a!.id] });
    expect((await core.call('clippings.delete', { ids: [a!.id] })).count).toBe(0);
    expectKoreanError(await failure(core, 'clippings.delete', { ids: [b!.id, 'no-such-id'] }), 'not_found');
    expect(await liveIds()).toContain(b!.id);
  });

  it('undo of the delete brings every deleted record back', async () => {
    const [a, b, c] = await three();
    const { batchId } = await core.call('clippings.delete', { ids: [a!.id, b!.id] });
    const undo = await core.call('history.undo', { batchId });
    expect(undo.count).toBe(2);
    expect(await liveIds()).toEqual([a!.id, b!.id, c!.id].sort());
    expect(await byId(a!.id)).toMatchObject({ deletedAt: null, deletedBy: null, title: '기사 1' });
    // And undo of that undo deletes them again.
    await core.call('history.undo', { batchId: undo.batchId });
    expect(await liveIds()).toEqual([c!.id]);
  });
});

describe('clippings.restore', () => {
  it('brings a deleted clipping back with its values', async () => {
    const [a] = await three();
    await core.call('clippings.delete', { ids: [a!.id] });
    const result = await core.call('clippings.restore', { ids: [a!.id] });
    expect(result.count).toBe(1);
    expect(await byId(a!.id)).toMatchObject({ deletedAt: null, title: '기사 1', outlet: '연합뉴스' });
    expect((await core.call('clippings.history', { id: a!.id }))[0]).toMatchObject({ action: 'restore' });
    expect((await core.call('clippings.restore', { ids: [a!.id] })).count).toBe(0);
  });

  it('is refused when an equal clipping was entered meanwhile', async () => {
    const [a] = await three();
    await core.call('clippings.delete', { ids: [a!.id] });
    await core.call('clippings.create', { values: clipping({ outlet: '연합뉴스', title: '기사 1' }) });
    expectKoreanError(await failure(core, 'clippings.restore', { ids: [a!.id] }), 'conflict');
    expect((await byId(a!.id)).deletedAt).not.toBeNull();
  });
});

describe('history.undo', () => {
  it('undo of a create deletes the record; of an edit puts the old value back', async () => {
    const created = await core.call('clippings.create', { values: clipping({ reporter: '김기자' }) });
    const edited = await core.call('clippings.update', { id: created.record.id, patch: { reporter: '이기자', summary: '새 요약' } });
    await core.call('history.undo', { batchId: edited.batchId });
    expect(await byId(created.record.id)).toMatchObject({ reporter: '김기자', summary: '' });
    await core.call('history.undo', { batchId: created.batchId });
    expect(await liveIds()).toEqual([]);
  });

  it('an unknown batch is refused in Korean', async () => {
    expectKoreanError(await failure(core, 'history.undo', { batchId: '0190a1b2-0000-7000-8000-000000000000' }), 'not_found');
  });

  it('the undo shows in history under the person who undid it', async () => {
    const { record } = await core.call('clippings.create', { values: clipping() });
    const { batchId } = await core.call('clippings.update', { id: record.id, patch: { page: '3' } });
    const undo = await core.call('history.undo', { batchId }, { actor: '박팀장' });
    const history = await core.call('clippings.history', { id: record.id });
    expect(history[0]).toMatchObject({ action: 'update', by: '박팀장', fieldLabel: '지면', oldValue: '3', newValue: '', batchId: undo.batchId });
  });
});
