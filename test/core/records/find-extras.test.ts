/**
 * What helps a clerk find and fill in: suggestions from what the office typed, one tag added or
 * removed in bulk (the others kept, one undo), and where a search matched.
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

async function add(title: string, extra: Parameters<typeof clipping>[0] = {}): Promise<string> {
  return (await core.call('clippings.create', { values: clipping({ title, ...extra }) })).record.id;
}

describe('suggestions', () => {
  it('offers 기자 names the office typed, starts-with first, then the most used, each once', async () => {
    await add('기사 1', { reporter: '김가람' });
    await add('기사 2', { reporter: '이가람' });
    await add('기사 3', { reporter: '이가람' });
    await add('기사 4', { reporter: '박민수' });
    const deleted = await add('기사 5', { reporter: '가람빛' });
    await core.call('clippings.delete', { ids: [deleted] });
    expect(await core.call('clippings.suggest', { field: 'reporter', query: '가람' })).toEqual(['이가람', '김가람']);
    expect(await core.call('clippings.suggest', { field: 'reporter', query: '이' })).toEqual(['이가람']);
    expect(await core.call('clippings.suggest', { field: 'reporter', query: '', limit: 2 })).toEqual(['이가람', '김가람']);
  });

  it('offers single tags out of the tag lists, and 담당부서 of releases', async () => {
    await add('기사 1', { tags: ['청년', '일자리'] });
    await add('기사 2', { tags: ['청년정책', '복지'] });
    await add('기사 3', { tags: ['청년'] });
    expect(await core.call('clippings.suggest', { field: 'tags', query: '청년' })).toEqual(['청년', '청년정책']);
    await core.call('releases.create', { values: { distributedOn: '2024-09-02', title: '보도자료', department: '일자리경제과' } });
    expect(await core.call('releases.suggest', { field: 'department', query: '경제' })).toEqual(['일자리경제과']);
  });

  it('refuses a field that offers none (요약), in Korean', async () => {
    expectKoreanError(await failure(core, 'clippings.suggest', { field: 'summary', query: '' }), 'invalid_input');
  });
});

describe('bulk tags', () => {
  it('adds one tag to every selected clipping, keeping their own tags, and one undo takes it back', async () => {
    const a = await add('기사 1', { tags: ['축제'] });
    const b = await add('기사 2', { tags: ['복지', '홍보'] });
    const c = await add('기사 3');
    const res = await core.call('clippings.bulkTags', { ids: [a, b, c], field: 'tags', add: ' 홍보 ' });
    expect(res.count).toBe(2); // b had it already
    const tags = async (id: string) => (await core.call('clippings.get', { id })).tags;
    expect(await tags(a)).toEqual(['축제', '홍보']);
    expect(await tags(b)).toEqual(['복지', '홍보']);
    expect(await tags(c)).toEqual(['홍보']);
    await core.call('history.undo', { batchId: res.batchId });
    expect(await tags(a)).toEqual(['축제']);
    expect(await tags(c)).toEqual([]);
  });

  it('removes one tag where it is, leaving the rest', async () => {
    const a = await add('기사 1', { tags: ['축제', '홍보'] });
    const b = await add('기사 2', { tags: ['복지'] });
    const res = await core.call('clippings.bulkTags', { ids: [a, b], field: 'tags', remove: '홍보' });
    expect(res.count).toBe(1);
    expect((await core.call('clippings.get', { id: a })).tags).toEqual(['축제']);
    expect((await core.call('clippings.get', { id: b })).tags).toEqual(['복지']);
  });

  it('refuses, changing nothing: no tag given, a register without tags, a record already at 30 tags', async () => {
    const full = await add('기사 1', { tags: Array.from({ length: 30 }, (_, i) => `태그${i}`) });
    const other = await add('기사 2');
    expectKoreanError(await failure(core, 'clippings.bulkTags', { ids: [full], field: 'tags' }), 'invalid_input');
    const r = await core.call('releases.create', { values: { distributedOn: '2024-09-02', title: '보도자료' } });
    expectKoreanError(await failure(core, 'releases.bulkTags', { ids: [r.record.id], field: 'title', add: '홍보' }), 'invalid_input');
    const error = await failure(core, 'clippings.bulkTags', { ids: [other, full], field: 'tags', add: '새태그' });
    expectKoreanError(error, 'invalid_input');
    expect(error.message).toContain('30개');
    expect((await core.call('clippings.get', { id: other })).tags).toEqual([]);
  });
});

describe('match notes', () => {
  it('names the field a search matched in, with the words around it, also for a two-syllable term', async () => {
    const long = `${'가나다라 '.repeat(30)}구청 청년 일자리 홍보 행사를 열었다. ${'마바사 '.repeat(20)}`;
    const id = await add('금천구 소식', { summary: long, reporter: '홍길동' });
    const notes = await core.call('clippings.matchNotes', { query: '홍보', ids: [id] });
    expect(notes[id]).toEqual([{ field: 'summary', label: '요약', snippet: expect.stringMatching(/^….*청년 일자리 홍보 행사를.*…$/) }]);
    const both = await core.call('clippings.matchNotes', { query: '홍', ids: [id] });
    expect(both[id]!.map((n) => n.label)).toEqual(['기자', '요약']);
  });
});
