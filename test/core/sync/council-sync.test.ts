/**
 * The council registers between two PCs of one manager: a block's 내용 rewritten on both PCs
 * offline keeps the losing text for a person (a conflict on both PCs), and a 부서 현황 deleted on
 * one PC takes its 인력 and 예산현황 rows off the other too.
 */
import { describe, expect, it } from 'vitest';
import { syncWorld } from './sync-fixture.ts';

const year = new Date().getFullYear();

describe('council registers over sync', () => {
  it('keep both texts of a block rewritten on two PCs apart, and cascade a deleted 부서 현황', async () => {
    const world = await syncWorld();
    try {
      await world.addUser('kim');
      const a = await world.loggedInPc('kim');
      const b = await world.loggedInPc('kim');
      const project = (await a.call('projects.create', { values: { year, name: '스마트 정보화교육 운영' } })).record;
      const block = (await a.call('blocks.create', { values: { projectId: project.id, title: '추진실적', body: '- 교육 실시' } })).record;
      const profile = (await a.call('profiles.create', { values: { asOf: `${year}-01-01`, department: '홍보전산과' } })).record;
      await a.call('staffing.create', { values: { profileId: profile.id, grade: '7급', authorized: 3, filled: 2 } });
      await a.call('budgets.create', { values: { profileId: profile.id, unit: '정보화 환경 최적화', budget: 1000 } });
      await a.call('sync.now', {});
      await b.call('sync.now', {});
      expect(await b.call('staffing.list', {})).toHaveLength(1);

      await a.call('blocks.update', { id: block.id, patch: { body: '- 교육 실시 (A가 고침)' } });
      await b.call('blocks.update', { id: block.id, patch: { body: '- 교육 실시 (B가 고침)' } });
      await b.call('profiles.delete', { ids: [profile.id] });
      for (const pc of [a, b, a]) await pc.call('sync.now', {});

      const body = (await a.call('blocks.get', { id: block.id })).body;
      expect((await b.call('blocks.get', { id: block.id })).body).toBe(body);
      for (const pc of [a, b]) {
        const [conflict] = (await pc.call('sync.conflicts', {})).filter((c) => c.register === 'blocks');
        expect(conflict).toMatchObject({ recordId: block.id, field: 'body', current: body });
        expect([conflict!.other, conflict!.current].sort()).toEqual(['- 교육 실시 (A가 고침)', '- 교육 실시 (B가 고침)']);
        expect(await pc.call('profiles.list', {})).toEqual([]);
        expect(await pc.call('staffing.list', {})).toEqual([]);
        expect(await pc.call('budgets.list', {})).toEqual([]);
      }
    } finally {
      await world.close();
    }
  });
});
