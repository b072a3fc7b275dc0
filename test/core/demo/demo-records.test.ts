/**
 * 예시 데이터 on a real core: marked when seeded and after edits, removed from 설정 in one undoable
 * batch that keeps the clerk's own records (their link to a demo 보도자료 cleared), and never sent
 * to the sync server: not at login, not after an edit, not an attachment of a demo clipping.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../core/api/core-types.ts';
import { base64, clipping, failure, openTempCore, type TempCore } from '../temp-core.ts';
import { PASSWORD, syncWorld, type SyncWorld } from '../sync/sync-fixture.ts';
import { tinyPng } from '../attachments/sample-files.ts';

let t: TempCore;
beforeEach(() => {
  t = openTempCore('홍길동');
});
afterEach(() => t.dispose());

/** A demo release and the clerk's own clipping that links to it. */
async function clerkClippingLinkedToDemo(core: Core): Promise<{ clerkId: string; demoReleaseId: string }> {
  const demoRelease = (await core.call('releases.list', {}))[0]!;
  const own = await core.call('clippings.create', { values: clipping({ title: '주무관이 직접 넣은 기사', releaseId: demoRelease.id }) });
  return { clerkId: own.record.id, demoReleaseId: demoRelease.id };
}

describe('demo records on this PC', () => {
  it('are counted in 설정 after seeding, and stay demo after a clerk edits one', async () => {
    const seeded = await t.core.call('app.seedDemo', { rows: 40 });
    expect(await t.core.call('demo.summary', {})).toEqual({ clippings: 40, releases: seeded.releases, linkedByClerk: 0 });
    const first = (await t.core.call('clippings.list', {}))[0]!;
    await t.core.call('clippings.update', { id: first.id, patch: { reporter: '고친 기자' } });
    expect((await t.core.call('demo.summary', {})).clippings).toBe(40);
    // A restart keeps the marks (they are in the data folder, and a backup carries them).
    expect((await t.reopen().call('demo.summary', {})).clippings).toBe(40);
  });

  it('are removed in one action that keeps the clerk\'s records, unlinks them, and one 실행 취소 brings it all back', async () => {
    const seeded = await t.core.call('app.seedDemo', { rows: 30 });
    const { clerkId, demoReleaseId } = await clerkClippingLinkedToDemo(t.core);
    expect((await t.core.call('demo.summary', {})).linkedByClerk).toBe(1);

    const removal = await t.core.call('demo.remove', {});
    expect(removal).toMatchObject({ clippings: 30, releases: seeded.releases, unlinked: 1 });
    expect((await t.core.call('clippings.list', {})).map((c) => c.title)).toEqual(['주무관이 직접 넣은 기사']);
    expect(await t.core.call('releases.list', {})).toEqual([]);
    expect((await t.core.call('clippings.get', { id: clerkId })).releaseId).toBe('');
    expect(await t.core.call('demo.summary', {})).toEqual({ clippings: 0, releases: 0, linkedByClerk: 0 });

    await t.core.call('history.undo', { batchId: removal.batchId });
    expect(await t.core.call('clippings.list', {})).toHaveLength(31);
    expect(await t.core.call('releases.list', {})).toHaveLength(seeded.releases);
    expect((await t.core.call('clippings.get', { id: clerkId })).releaseId).toBe(demoReleaseId);
    expect((await t.core.call('demo.summary', {})).clippings).toBe(30);
  });

  it('removing when there is none says so in Korean and changes nothing', async () => {
    await t.core.call('clippings.create', { values: clipping() });
    const error = await failure(t.core, 'demo.remove', {});
    expect(error.message).toBe('지울 예시 데이터가 없습니다. 이미 지웠거나 처음부터 넣지 않았습니다.');
    expect(await t.core.call('clippings.list', {})).toHaveLength(1);
  });
});

describe('who did it', () => {
  it('without a login: the name given at first run, else the core\'s actor; signed in: the account\'s name', async () => {
    expect((await t.core.call('app.info', {})).actor).toBe('홍길동');
    await t.core.call('settings.set', { key: 'actorName', value: '김가람' });
    const created = await t.core.call('clippings.create', { values: clipping() });
    expect((await t.core.call('clippings.history', { id: created.record.id }))[0]!.by).toBe('김가람');
    expect((await t.core.call('app.info', {})).actor).toBe('김가람');
  });
});

describe('demo records and sync', () => {
  let world: SyncWorld;
  beforeEach(async () => {
    world = await syncWorld();
    await world.addUser('minji');
    await world.addUser('garam');
  });
  afterEach(() => world.close());

  it('never reach the server: not at login, not after an edit or a delete, not an attachment; the clerk\'s own records do', async () => {
    const pc = world.pc('로컬 이름');
    const seeded = await pc.call('app.seedDemo', { rows: 25 });
    const { clerkId } = await clerkClippingLinkedToDemo(pc);
    const demoClipping = (await pc.call('clippings.list', {})).find((c) => c.id !== clerkId)!;
    await pc.call('attachments.add', { owner: { register: 'clippings', id: demoClipping.id }, file: { fileName: '스캔.png', data: base64(tinyPng()) } });

    await pc.call('sync.login', { serverUrl: world.url, login: 'minji', password: PASSWORD });
    expect((await pc.call('sync.status', {})).pending).toBe(1);
    await pc.call('sync.now', {});

    await pc.call('clippings.update', { id: demoClipping.id, patch: { reporter: '로그인 뒤 고친 기자' } });
    await pc.call('clippings.delete', { ids: [(await pc.call('clippings.list', {})).find((c) => c.id !== clerkId && c.id !== demoClipping.id)!.id] });
    await pc.call('releases.update', { id: (await pc.call('releases.list', {}))[0]!.id, patch: { title: '고친 예시 보도자료' } });
    expect((await pc.call('sync.status', {})).pending).toBe(0);
    // Its checksums leave the demo records out, as the server does not hold them: nothing to repair.
    expect((await pc.call('sync.now', { verify: true })).checksums).toBe('equal');

    const other = await world.loggedInPc('garam');
    await other.call('sync.now', {});
    expect((await other.call('clippings.list', { includeDeleted: true })).map((c) => c.title)).toEqual(['주무관이 직접 넣은 기사']);
    expect(await other.call('releases.list', { includeDeleted: true })).toEqual([]);
    expect(await other.call('attachments.list', { owner: { register: 'clippings', id: demoClipping.id } })).toEqual([]);
    expect(seeded.releases).toBeGreaterThan(0);
  });

  it("a clerk's rows under a demo parent stay with it: a 회차 and 수강신청 of a demo 교육반, their 출석, a block of a demo 주요사업", async () => {
    const pc = world.pc('로컬 이름');
    await pc.call('app.seedDemo', { rows: 10 });
    const next = new Date().getFullYear() + 1;
    // The demo's next month's class still takes 수강신청.
    const demoClass = (await pc.call('classes.list', {})).find((c) => String(c.endOn) > new Date().toISOString().slice(0, 10));
    expect(demoClass).toBeDefined();
    const demoProject = (await pc.call('projects.list', {}))[0]!;
    await pc.call('sync.login', { serverUrl: world.url, login: 'minji', password: PASSWORD });
    await pc.call('sync.now', {});

    const own = (await pc.call('trainees.create', { values: { name: '주무관추가' } })).record;
    const block = (await pc.call('blocks.create', { values: { projectId: demoProject.id, title: '주무관 메모', body: '○ 직접 적은 내용' } })).record;
    const session = (await pc.call('sessions.create', { values: { classId: demoClass!.id, heldOn: `${next}-12-01`, room: '주무관 임시실' } })).record;
    const enrolment = (await pc.call('enrolments.create', { values: { classId: demoClass!.id, traineeId: own.id, appliedAt: `${next - 1}-12-01T10:00` } })).record;
    await pc.call('attendance.create', { values: { sessionId: session.id, enrolmentId: enrolment.id, mark: '출석' } });
    // Only the clerk's own 수강생 goes; the rest belongs to demo records.
    expect((await pc.call('sync.status', {})).pending).toBe(1);
    await pc.call('sync.now', {});
    expect((await pc.call('sync.now', { verify: true })).checksums).toBe('equal');

    const other = await world.loggedInPc('garam');
    await other.call('sync.now', {});
    expect(await other.call('blocks.list', { includeDeleted: true })).toEqual([]);
    expect(await other.call('sessions.list', { includeDeleted: true })).toEqual([]);
    expect(await other.call('attendance.list', { includeDeleted: true })).toEqual([]);
    expect(block.projectId).toBe(demoProject.id);
  });

  it('seeded on a PC already logged in are not queued either', async () => {
    const pc = await world.loggedInPc('minji');
    await pc.call('app.seedDemo', { rows: 10 });
    expect((await pc.call('sync.status', {})).pending).toBe(0);
    expect((await pc.call('demo.summary', {})).clippings).toBe(10);
  });

  it('history and the top bar name the signed-in account, not the name typed before login', async () => {
    const pc = world.pc('root');
    await pc.call('settings.set', { key: 'actorName', value: '김가람' });
    await pc.call('sync.login', { serverUrl: world.url, login: 'minji', password: PASSWORD });
    expect((await pc.call('app.info', {})).actor).toBe('minji 주무관');
    const created = await pc.call('clippings.create', { values: clipping() });
    expect((await pc.call('clippings.history', { id: created.record.id }))[0]!.by).toBe('minji 주무관');
    await pc.call('sync.logout', {});
    expect((await pc.call('app.info', {})).actor).toBe('김가람');
  });
});
