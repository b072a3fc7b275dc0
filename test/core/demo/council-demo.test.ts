/**
 * 예시 데이터 for 구의회 보고: the first-run demo also writes a department profile and the year's
 * projects like seed 000, so the first report is seed-like with nothing to fix; removing the
 * demo takes them (and what the clerk added under a demo project) in one undoable batch; none
 * of it reaches the sync server.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { koreaToday } from '../../../core/training/korea-today.ts';
import { openTempCore, type TempCore } from '../temp-core.ts';
import { syncWorld } from '../sync/sync-fixture.ts';

let t: TempCore;
beforeEach(() => {
  t = openTempCore('홍길동');
});
afterEach(() => t.dispose());

const COUNCIL = ['profiles', 'divisions', 'staffing', 'facilities', 'budgets', 'projects', 'blocks', 'funds'] as const;
const counts = async (): Promise<Record<(typeof COUNCIL)[number], number>> =>
  Object.fromEntries(await Promise.all(COUNCIL.map(async (n) => [n, (await t.core.call(`${n}.list` as 'projects.list', {})).length] as const))) as Record<(typeof COUNCIL)[number], number>;
const year = Number(koreaToday().slice(0, 4));

describe('council demo data', () => {
  it('gives this year’s report with the seed’s profile and projects and nothing to fix', async () => {
    await t.core.call('app.seedDemo', { rows: 300 });
    expect(await counts()).toEqual({ profiles: 1, divisions: 5, staffing: 5, facilities: 3, budgets: 4, projects: 3, blocks: 9, funds: 8 });
    expect((await t.core.call('projects.list', {})).map((p) => [p.year, p.name])).toContainEqual([year, '취약계층 디지털 정보 격차 해소 추진']);
    const report = await t.core.call('report.council', { type: '보고', year, asOf: koreaToday(), format: 'pdf' });
    expect(report.problems).toEqual([]);
    expect(Object.keys(report.pages)).toEqual(expect.arrayContaining(['general', 'chapter-projects', 'chapter-priority']));
  });

  it('is removed with the demo, with the clerk’s block under a demo project, and one 실행 취소 brings it back', async () => {
    await t.core.call('app.seedDemo', { rows: 20 });
    const before = await counts();
    const project = (await t.core.call('projects.list', {}))[0]!;
    await t.core.call('blocks.create', { values: { projectId: project.id, title: '향후 추진 일정', body: '- 직원이 적은 계획' } });
    const own = (await t.core.call('projects.create', { values: { year, name: '직원이 만든 사업' } })).record;

    const removal = await t.core.call('demo.remove', {});
    expect(removal.council).toBe(Object.values(before).reduce((a, b) => a + b, 0) + 1);
    expect(await counts()).toEqual({ profiles: 0, divisions: 0, staffing: 0, facilities: 0, budgets: 0, projects: 1, blocks: 0, funds: 0 });
    expect((await t.core.call('projects.list', {}))[0]!.id).toBe(own.id);

    await t.core.call('history.undo', { batchId: removal.batchId });
    expect(await counts()).toEqual({ ...before, projects: before.projects + 1, blocks: before.blocks + 1 });
  });

  it('never reaches the sync server', async () => {
    const world = await syncWorld();
    try {
      await world.addUser('kim');
      const pc = await world.loggedInPc('kim');
      await pc.call('app.seedDemo', { rows: 10 });
      await pc.call('projects.create', { values: { year, name: '직원이 만든 사업' } });
      expect(await pc.call('sync.now', {})).toMatchObject({ pushed: 1 });
      const other = await world.loggedInPc('kim');
      await other.call('sync.now', {});
      expect((await other.call('projects.list', {})).map((p) => p.name)).toEqual(['직원이 만든 사업']);
      expect(await other.call('profiles.list', {})).toEqual([]);
    } finally {
      await world.close();
    }
  });
});
