/**
 * A 보도자료's files travel between PCs like a clipping's scans: the row (with its release link)
 * syncs as an `attachments` record, the HWP/HWPX file as a blob the server sniffs as 한/글. Two
 * real cores and the real server on SQLite.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { sampleHwp, sampleHwpx } from '../attachments/sample-files.ts';
import { syncWorld, type SyncWorld } from './sync-fixture.ts';

let world: SyncWorld;
afterEach(async () => world.close());

describe('attachments of a 보도자료 between PCs', () => {
  it('a release attached on A as HWP and HWPX is listed under that release on B and opens byte for byte; deleting it on B removes it on A', async () => {
    world = await syncWorld();
    await world.addUser('kim');
    await world.addUser('lee');
    const a = await world.loggedInPc('kim');
    const b = await world.loggedInPc('lee');
    const releaseId = (await a.call('releases.create', { values: { distributedOn: '2024-09-02', title: '청년 창업 지원 확대' } })).record.id;
    const owner = { register: 'releases' as const, id: releaseId };
    const hwp = await a.call('attachments.add', { owner, file: { fileName: '보도자료.hwp', data: sampleHwp(5).toString('base64') } });
    await a.call('attachments.add', { owner, file: { fileName: '보도자료.hwpx', data: sampleHwpx('청년').toString('base64') } });
    await a.call('sync.now', {});
    await b.call('sync.now', {});

    const listed = await b.call('attachments.list', { owner });
    expect(listed.map((x) => [x.fileName, x.mimeType, x.owner, x.fileReceived])).toEqual([
      ['보도자료.hwp', 'application/x-hwp', owner, true],
      ['보도자료.hwpx', 'application/hwp+zip', owner, true],
    ]);
    expect(Buffer.from((await b.call('attachments.get', { id: hwp.id })).data, 'base64').equals(sampleHwp(5))).toBe(true);
    // The release on B lists no clipping attachments, and its files are not a clipping's.
    expect(await b.call('attachments.list', { owner: { register: 'clippings', id: releaseId } })).toEqual([]);

    await b.call('attachments.delete', { id: hwp.id });
    await b.call('sync.now', {});
    await a.call('sync.now', {});
    expect((await a.call('attachments.list', { owner })).map((x) => x.fileName)).toEqual(['보도자료.hwpx']);
  });
});
