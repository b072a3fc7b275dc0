/**
 * 휴지통 (`<register>.trash`): what a clerk who deleted by mistake finds there — the deleted
 * records, newest deletion first, who deleted them and when, searchable, capped with a total —
 * and that restoring takes a record out of it and back into the register, on every PC.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../core/api/core-types.ts';
import { clipping, expectKoreanError, failure, openTempCore, type TempCore } from '../temp-core.ts';
import { syncWorld } from '../sync/sync-fixture.ts';

let t: TempCore;
let core: Core;
beforeEach(() => {
  t = openTempCore();
  core = t.core;
});
afterEach(() => t.dispose());

async function create(title: string, outlet = '연합뉴스', summary = ''): Promise<string> {
  return (await core.call('clippings.create', { values: clipping({ title, outlet, summary, department: '홍보과' }) })).record.id;
}

describe('clippings.trash', () => {
  it('lists deleted clippings only, newest deletion first, with who deleted them and when', async () => {
    const a = await create('청년 창업 지원 확대');
    const b = await create('도서관 야간 개방', 'KBS');
    await create('하천 산책로 정비', '한겨레');
    const before = new Date().toISOString();
    await core.call('clippings.delete', { ids: [a] }, { actor: '김민지' });
    await new Promise((r) => setTimeout(r, 5));
    await core.call('clippings.delete', { ids: [b] }, { actor: '이서연' });

    const page = await core.call('clippings.trash', {});
    expect(page.total).toBe(2);
    expect(page.rows.map((r) => [r.fields['title'], r.deletedBy])).toEqual([
      ['도서관 야간 개방', '이서연'],
      ['청년 창업 지원 확대', '김민지'],
    ]);
    expect(page.rows[0]!.id).toBe(b);
    expect(page.rows[0]!.deletedAt >= before).toBe(true);
    expect(page.rows[0]!.fields).toMatchObject({ publishedOn: '2024-09-02', outlet: 'KBS', department: '홍보과', tone: '중립' });
    // The release link is an id, meaningless to a clerk: left out.
    expect(page.rows[0]!.fields).not.toHaveProperty('releaseId');
  });

  it('finds deleted records by any word of their text, all words together', async () => {
    const ids = [await create('청년 창업 지원 확대', '연합뉴스', '구청장이 창업 공간을 둘러봤다'), await create('청년 일자리 박람회', 'KBS'), await create('도서관 야간 개방', 'KBS')];
    await core.call('clippings.delete', { ids });
    expect((await core.call('clippings.trash', { query: '청년' })).total).toBe(2);
    expect((await core.call('clippings.trash', { query: 'KBS 청년' })).rows.map((r) => r.fields['title'])).toEqual(['청년 일자리 박람회']);
    expect((await core.call('clippings.trash', { query: '공간을' })).rows.map((r) => r.fields['title'])).toEqual(['청년 창업 지원 확대']);
    // LIKE wildcards typed by the clerk are taken literally.
    expect((await core.call('clippings.trash', { query: '%' })).total).toBe(0);
    expect((await core.call('clippings.trash', { query: '없는말' })).rows).toEqual([]);
  });

  it('caps the list and still says how many there are; limit 0 only counts', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) ids.push(await create(`기사 ${i}`));
    await core.call('clippings.delete', { ids });
    const page = await core.call('clippings.trash', { limit: 5 });
    expect(page.rows).toHaveLength(5);
    expect(page.total).toBe(12);
    expect(await core.call('clippings.trash', { limit: 0 })).toEqual({ rows: [], total: 12 });
  });

  it('a restored record leaves the 휴지통 and is live again; undo of the restore puts it back', async () => {
    const a = await create('청년 창업 지원 확대');
    const b = await create('도서관 야간 개방', 'KBS');
    await core.call('clippings.delete', { ids: [a, b] });
    const restored = await core.call('clippings.restore', { ids: [a] });
    expect(restored.count).toBe(1);
    expect((await core.call('clippings.trash', {})).rows.map((r) => r.id)).toEqual([b]);
    expect((await core.call('clippings.list', {})).map((c) => c.id)).toEqual([a]);
    await core.call('history.undo', { batchId: restored.batchId });
    expect((await core.call('clippings.trash', {})).total).toBe(2);
  });

  it('works for 보도자료 the same way, and refuses a search text that is too long in Korean', async () => {
    const r = await core.call('releases.create', { values: { distributedOn: '2024-09-01', title: '한파 쉼터 운영', hasPhoto: true } });
    await core.call('releases.delete', { ids: [r.record.id] });
    const page = await core.call('releases.trash', {});
    expect(page.rows.map((x) => x.fields)).toEqual([{ distributedOn: '2024-09-01', title: '한파 쉼터 운영', department: '', contact: '', hasPhoto: '예' }]);
    expectKoreanError(await failure(core, 'releases.trash', { query: '가'.repeat(201) }), 'invalid_input');
  });
});

describe('restore from the 휴지통 with sync', () => {
  it('a record restored on one PC comes back on the other PC too', async () => {
    const world = await syncWorld();
    try {
      await world.addUser('kim');
      await world.addUser('lee');
      const a = await world.loggedInPc('kim');
      const b = await world.loggedInPc('lee');
      const id = (await a.call('clippings.create', { values: clipping({ title: '청년 창업 지원 확대' }) })).record.id;
      await a.call('clippings.delete', { ids: [id] });
      await a.call('sync.now', {});
      await b.call('sync.now', {});
      expect((await b.call('clippings.trash', {})).rows.map((r) => [r.id, r.deletedBy])).toEqual([[id, 'kim 주무관']]);

      await b.call('clippings.restore', { ids: [id] });
      await b.call('sync.now', {});
      await a.call('sync.now', {});
      expect((await a.call('clippings.list', {})).map((c) => c.id)).toEqual([id]);
      expect((await a.call('clippings.trash', {})).total).toBe(0);
    } finally {
      await world.close();
    }
  });
});
