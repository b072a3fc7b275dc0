/**
 * The 매체구분 code list is the department's, not one PC's: a code added on one PC reaches the
 * others, two PCs editing the list apart keep both edits code by code, the same code added on
 * both is one code, and a clipping typed on a PC that received the code may use it.
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

const codes = async (pc: Core) => (await pc.call('codes.list', { list: 'mediaType' })).map((c) => `${c.code}${c.active ? '' : '(사용 안 함)'}`);

async function syncAll(...pcs: Core[]): Promise<void> {
  for (let round = 0; round < 2; round++) for (const pc of pcs) await pc.call('sync.now', {});
}

describe('the 매체구분 code list', () => {
  it('travels to every PC and merges edits made apart code by code', async () => {
    const a = await world.loggedInPc('kim');
    const b = await world.loggedInPc('lee');
    const defaults = await codes(a);
    expect(defaults).toEqual(['중앙지', '통신사', '방송사', '지역언론', '인터넷언론', '기타']);

    // A adds 구청소식지 and 주간지; B, apart, turns 기타 off and also adds 주간지.
    const onA = (await a.call('codes.list', { list: 'mediaType' })).map((c) => ({ code: c.code, active: c.active }));
    await a.call('codes.save', { list: 'mediaType', items: [...onA, { code: '구청소식지', active: true }, { code: '주간지', active: true }] });
    const onB = (await b.call('codes.list', { list: 'mediaType' })).map((c) => ({ code: c.code, active: c.code !== '기타' }));
    await b.call('codes.save', { list: 'mediaType', items: [...onB, { code: '주간지', active: true }] });
    await syncAll(a, b);

    const merged = ['중앙지', '통신사', '방송사', '지역언론', '인터넷언론', '기타(사용 안 함)'];
    for (const pc of [a, b]) {
      const list = await codes(pc);
      expect(list.slice(0, 6)).toEqual(merged);
      expect(list.filter((c) => c === '주간지')).toHaveLength(1);
      expect(list).toContain('구청소식지');
    }
    // B may now file a clipping under the code A added; 기타 is refused on both for new entries.
    const { record } = await b.call('clippings.create', { values: clipping({ mediaType: '구청소식지' }) });
    expect(record.mediaType).toBe('구청소식지');
    expect((await a.invoke('clippings.create', { values: clipping({ title: '다른 기사', mediaType: '기타' }) })).ok).toBe(false);

    // A PC joining later receives the list as the department has it.
    const c = await world.loggedInPc('kim');
    await c.call('sync.now', { verify: true });
    expect(await codes(c)).toEqual(await codes(a));

    // A code removed on one PC is removed everywhere; 실행 취소 of a save brings it back.
    const withoutWeekly = (await a.call('codes.list', { list: 'mediaType' })).filter((x) => x.code !== '주간지').map((x) => ({ code: x.code, active: x.active }));
    await a.call('codes.save', { list: 'mediaType', items: withoutWeekly });
    await syncAll(a, b);
    expect(await codes(b)).not.toContain('주간지');
    expect((await b.call('sync.now', { verify: true })).checksums).toBe('equal');
  });
});
