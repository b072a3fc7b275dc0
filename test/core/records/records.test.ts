/**
 * What every register shares: record ids, the history view, undo corner cases.
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

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('record ids', () => {
  it('are UUIDv7 carrying the creation time, and sort in creation order', async () => {
    const before = Date.now();
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) ids.push((await core.call('clippings.create', { values: clipping({ title: `기사 ${i}` }) })).record.id);
    const release = await core.call('releases.create', { values: { distributedOn: '2024-09-01', title: '보도자료' } });
    const after = Date.now();
    for (const id of [...ids, release.record.id]) {
      expect(id).toMatch(UUID_V7);
      const ms = parseInt(id.replaceAll('-', '').slice(0, 12), 16);
      expect(ms).toBeGreaterThanOrEqual(before);
      expect(ms).toBeLessThanOrEqual(after);
    }
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('every change of one action shares one batch id, distinct from other actions', async () => {
    const a = await core.call('clippings.create', { values: clipping({ title: '가' }) });
    const b = await core.call('clippings.create', { values: clipping({ title: '나' }) });
    expect(a.batchId).toMatch(UUID_V7);
    expect(a.batchId).not.toBe(b.batchId);
    const del = await core.call('clippings.delete', { ids: [a.record.id, b.record.id] });
    const ha = await core.call('clippings.history', { id: a.record.id });
    const hb = await core.call('clippings.history', { id: b.record.id });
    expect(ha[0]!.batchId).toBe(del.batchId);
    expect(hb[0]!.batchId).toBe(del.batchId);
  });
});

describe('history view', () => {
  it('shows a linked 보도자료 by its title, not its id', async () => {
    const release = await core.call('releases.create', { values: { distributedOn: '2024-09-01', title: '금천구 청년 창업 지원' } });
    const { record } = await core.call('clippings.create', { values: clipping() });
    await core.call('clippings.update', { id: record.id, patch: { releaseId: release.record.id } });
    const [entry] = await core.call('clippings.history', { id: record.id });
    expect(entry).toMatchObject({ fieldLabel: '보도자료', oldValue: null, newValue: '금천구 청년 창업 지원' });
    expect((await core.call('clippings.get', { id: record.id })).releaseTitle).toBe('금천구 청년 창업 지원');
  });

  it('shows 예/아니오 for a yes/no field and lists newest first', async () => {
    const { record } = await core.call('releases.create', { values: { distributedOn: '2024-09-01', title: '가' } });
    await core.call('releases.update', { id: record.id, patch: { hasPhoto: true } });
    await core.call('releases.update', { id: record.id, patch: { department: '홍보과' } });
    const history = await core.call('releases.history', { id: record.id });
    expect(history.map((h) => [h.action, h.fieldLabel, h.oldValue, h.newValue])).toEqual([
      ['update', '담당부서', '', '홍보과'],
      ['update', '사진 포함', '아니오', '예'],
      ['create', '', null, null],
    ]);
  });
});

describe('undo corner cases', () => {
  it('undo of an edit that set a link removes the link again', async () => {
    const release = await core.call('releases.create', { values: { distributedOn: '2024-09-01', title: '보도자료' } });
    const { record } = await core.call('clippings.create', { values: clipping() });
    const { batchId } = await core.call('clippings.update', { id: record.id, patch: { releaseId: release.record.id } });
    await core.call('history.undo', { batchId });
    expect(await core.call('clippings.get', { id: record.id })).toMatchObject({ releaseId: '', releaseTitle: '' });
    expect((await core.call('releases.get', { id: release.record.id })).clippingCount).toBe(0);
  });

  it('undo of a tag edit restores the exact tags', async () => {
    const { record } = await core.call('clippings.create', { values: clipping({ tags: ['청년', '창업'] }) });
    const { batchId } = await core.call('clippings.update', { id: record.id, patch: { tags: ['축제'] } });
    await core.call('history.undo', { batchId });
    expect((await core.call('clippings.get', { id: record.id })).tags).toEqual(['청년', '창업']);
  });

  it('undo of an edit on a record deleted since then leaves it deleted', async () => {
    const { record } = await core.call('clippings.create', { values: clipping({ reporter: '김기자' }) });
    const { batchId } = await core.call('clippings.update', { id: record.id, patch: { reporter: '이기자' } });
    await core.call('clippings.delete', { ids: [record.id] });
    await core.call('history.undo', { batchId });
    const after = await core.call('clippings.get', { id: record.id });
    expect(after.deletedAt).not.toBeNull();
  });

  it('undo that would bring back a clipping entered again meanwhile is refused and changes nothing', async () => {
    const first = await core.call('clippings.create', { values: clipping() });
    const { batchId } = await core.call('clippings.delete', { ids: [first.record.id] });
    await core.call('clippings.create', { values: clipping({ reporter: '다시 입력' }) });
    const error = await failure(core, 'history.undo', { batchId });
    expectKoreanError(error, 'conflict');
    expect(error.message).toContain('두 건');
    const live = await core.call('clippings.list', {});
    expect(live.map((c) => c.reporter)).toEqual(['다시 입력']);
  });

  it('undo of an edit that would give a clipping the key of another is refused', async () => {
    const a = await core.call('clippings.create', { values: clipping({ title: '가' }) });
    const { batchId } = await core.call('clippings.update', { id: a.record.id, patch: { title: '나' } });
    await core.call('clippings.create', { values: clipping({ title: '가' }) });
    expectKoreanError(await failure(core, 'history.undo', { batchId }), 'conflict');
    expect((await core.call('clippings.get', { id: a.record.id })).title).toBe('나');
  });

  it('a tag typed with a comma is two tags, so undo and export give back the same tags', async () => {
    const { record } = await core.call('clippings.create', { values: clipping({ tags: ['서울, 금천', '#청년'] }) });
    expect(record.tags).toEqual(['서울', '금천', '청년']);
    const { batchId } = await core.call('clippings.update', { id: record.id, patch: { tags: [] } });
    await core.call('history.undo', { batchId });
    expect((await core.call('clippings.get', { id: record.id })).tags).toEqual(['서울', '금천', '청년']);
  });
});

describe('messages', () => {
  it('use the right particle after the field name', async () => {
    const title = await failure(core, 'clippings.create', { values: clipping({ title: '가'.repeat(301) }) });
    expect(title.message).toContain('제목은 300자 이내로 입력하세요.');
    const reporter = await failure(core, 'clippings.create', { values: clipping({ reporter: '가'.repeat(101) }) });
    expect(reporter.message).toContain('기자는 100자 이내로 입력하세요.');
    const contact = await failure(core, 'releases.create', { values: { distributedOn: '2024-09-02', title: '가', contact: '가'.repeat(51) } });
    expect(contact.message).toContain('담당자는 50자 이내로 입력하세요.');
  });

  it('name a duplicate by its register with 이/가 chosen by the word, never 이(가)', async () => {
    await core.call('clippings.create', { values: clipping({ title: '중복 확인' }) });
    const clip = await failure(core, 'clippings.create', { values: clipping({ title: '중복 확인' }) });
    expect(clip.message).toMatch(/^같은 언론보도가 이미 있습니다/);
    await core.call('releases.create', { values: { distributedOn: '2024-09-02', title: '중복 보도자료' } });
    const rel = await failure(core, 'releases.create', { values: { distributedOn: '2024-09-02', title: '중복 보도자료' } });
    expect(rel.message).toMatch(/^같은 보도자료가 이미 있습니다/);
  });

  it('ask for a date in the order the date field shows it (2024. 9. 2.)', async () => {
    const bad = await failure(core, 'clippings.create', { values: clipping({ publishedOn: '2024-02-30' }) });
    expect(bad.message).toContain('보도일자는 2024. 9. 2. 형식의 실제 날짜로 입력하세요');
    const release = await failure(core, 'releases.create', { values: { distributedOn: '9월 2일', title: '가' } });
    expect(release.message).toContain('배포일은 2024. 9. 2. 형식의 실제 날짜로 입력하세요');
  });
});

describe('after a restart', () => {
  it('records, history, links and the search index are all still there', async () => {
    const r = await core.call('releases.create', { values: { distributedOn: '2024-09-01', title: '보도자료' } });
    const { record } = await core.call('clippings.create', { values: clipping({ title: '금천구 홍보디지털과 소식', releaseId: r.record.id }) });
    const { batchId } = await core.call('clippings.update', { id: record.id, patch: { reporter: '김기자' } });
    core = t.reopen();
    expect(await core.call('clippings.get', { id: record.id })).toMatchObject({ reporter: '김기자', releaseTitle: '보도자료', version: 2 });
    expect((await core.call('clippings.search', { query: '홍보' })).total).toBe(1);
    expect((await core.call('clippings.search', { query: '홍보디지털' })).total).toBe(1);
    expect(await core.call('app.info', {})).toMatchObject({ empty: false, counts: { clippings: 1, releases: 1 } });
    await core.call('history.undo', { batchId });
    expect((await core.call('clippings.get', { id: record.id })).reporter).toBe('');
  });
});
