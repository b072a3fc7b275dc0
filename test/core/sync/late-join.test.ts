/**
 * A PC joining after the others: it receives every record whatever order the server sends them
 * in. The first week of a real department: PC A enters a few hundred clippings linked to
 * 보도자료 (made by the demo generator, but entered as the clerk's own records: 예시 데이터 itself
 * never syncs) and syncs, then PC B logs in for the first time.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../core/api/core-types.ts';
import { clipping } from '../temp-core.ts';
import { generateDemo } from '../../../core/demo/generate.ts';
import { syncWorld, type SyncWorld } from './sync-fixture.ts';

let world: SyncWorld;
beforeEach(async () => {
  world = await syncWorld();
  await world.addUser('kim');
  await world.addUser('lee');
});
afterEach(async () => world.close());

async function linked(pc: Core): Promise<Array<[string, string]>> {
  return (await pc.call('clippings.list', {})).filter((c) => c.releaseId).map((c) => [c.title, c.releaseTitle] as [string, string]).sort();
}

describe('a PC joining late', () => {
  it('receives the records a colleague synced, every clipping with its 보도자료, checksums equal', async () => {
    const a = world.pc('김 주무관');
    const generated = generateDemo({ clippings: 400 });
    const releaseIds: string[] = [];
    for (const values of generated.releases) releaseIds.push((await a.call('releases.create', { values })).record.id);
    for (const { releaseIndex, ...values } of generated.clippings) {
      await a.call('clippings.create', { values: { ...values, releaseId: releaseIndex === null ? '' : releaseIds[releaseIndex]! } });
    }
    const seeded = { clippings: generated.clippings.length, releases: generated.releases.length };
    await a.call('sync.login', { serverUrl: world.url, login: 'kim', password: '비밀번호-2024!' });
    await a.call('sync.now', {});

    const b = await world.loggedInPc('lee');
    const report = await b.call('sync.now', { verify: true });
    expect(report).toMatchObject({ checksums: 'equal' });
    expect(report.pulled).toBe(seeded.clippings + seeded.releases);
    const onA = await linked(a);
    expect(onA.length).toBeGreaterThan(10);
    expect(await linked(b)).toEqual(onA);
    expect((await b.call('sync.status', {})).lastError ?? '').toBe('');
  });

  it('receives a clipping whose 보도자료 was edited after it (the child arrives before its parent)', async () => {
    const a = await world.loggedInPc('kim');
    const { record: release } = await a.call('releases.create', { values: { distributedOn: '2024-09-01', title: '청년 창업 지원 확대' } });
    const { record: clip } = await a.call('clippings.create', { values: clipping({ releaseId: release.id }) });
    await a.call('releases.update', { id: release.id, patch: { contact: '박주무관' } });
    await a.call('sync.now', {});

    const b = await world.loggedInPc('lee');
    expect(await b.call('sync.now', { verify: true })).toMatchObject({ pulled: 2, checksums: 'equal' });
    expect(await b.call('clippings.get', { id: clip.id })).toMatchObject({ releaseId: release.id, releaseTitle: '청년 창업 지원 확대' });
    expect(await b.call('releases.get', { id: release.id })).toMatchObject({ contact: '박주무관' });
  });
});
