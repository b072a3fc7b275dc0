/**
 * Clippings are kept in 보도일자 order (newest first) without sorting, also after a clerk corrects
 * a date, deletes, restores or imports; and search returns the newest matches first.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../core/api/core-types.ts';
import { openTempCore, type TempCore } from '../temp-core.ts';

let t: TempCore;
let core: Core;

beforeEach(() => {
  t = openTempCore();
  core = t.core;
});
afterEach(() => t.dispose());

async function add(publishedOn: string, title: string) {
  return (await core.call('clippings.create', { values: { publishedOn, outlet: '금천신문', title } })).record.id;
}
const dates = async () => (await core.call('clippings.list', {})).map((c) => `${c.publishedOn} ${c.title}`);

describe('보도일자 order', () => {
  it('lists newest first whatever order the clippings were entered in', async () => {
    await add('2024-03-05', '구청 봄 축제');
    await add('2025-01-02', '구청 신년 인사');
    await add('2023-12-31', '구청 송년 행사');
    await add('2024-03-05', '구청 봄꽃 개화');
    expect(await dates()).toEqual(['2025-01-02 구청 신년 인사', '2024-03-05 구청 봄꽃 개화', '2024-03-05 구청 봄 축제', '2023-12-31 구청 송년 행사']);
  });

  it('moves a clipping when its date is corrected, and search still finds it under its new date', async () => {
    const a = await add('2024-01-10', '도시브랜드 선포식');
    await add('2024-06-01', '도시브랜드 홍보 영상');
    await core.call('clippings.update', { id: a, patch: { publishedOn: '2024-12-24' } });
    expect((await dates())[0]).toBe('2024-12-24 도시브랜드 선포식');
    const found = await core.call('clippings.search', { query: '도시브랜드', limit: 1 });
    expect(found.total).toBe(2);
    expect(found.rows.map((r) => r.title)).toEqual(['도시브랜드 선포식']);
    expect((await core.call('clippings.search', { query: '선포', limit: 10 })).rows.map((r) => r.publishedOn)).toEqual(['2024-12-24']);
  });

  it('keeps search and order right through delete, undo and restore', async () => {
    const a = await add('2024-05-05', '어린이날 구청 행사');
    const { batchId } = await core.call('clippings.delete', { ids: [a] });
    expect((await core.call('clippings.search', { query: '어린이날', limit: 10 })).total).toBe(0);
    await core.call('history.undo', { batchId });
    expect((await core.call('clippings.search', { query: '어린이날', limit: 10 })).total).toBe(1);
    expect((await core.call('clippings.searchIds', { query: '행사' })).ids).toEqual([a]);
  });

  it('returns the newest matches first when there are more than the limit', async () => {
    for (let d = 1; d <= 9; d++) await add(`2024-02-0${d}`, `구청 소식 ${d}호`);
    const r = await core.call('clippings.search', { query: '소식', limit: 3 });
    expect(r.total).toBe(9);
    expect(r.rows.map((c) => c.publishedOn)).toEqual(['2024-02-09', '2024-02-08', '2024-02-07']);
  });
});
