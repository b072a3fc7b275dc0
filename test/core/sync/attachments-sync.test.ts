/**
 * Attachments travel between PCs: the row syncs like a record, the file as a content-addressed
 * blob on the server, sent once and fetched by the PCs that lack it. Two (or three) real cores and
 * the real server on SQLite; the blob routes are also called over raw HTTP as a hostile client would.
 */
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, DATABASE_FILE } from '../../../core/api/core.ts';
import type { Core } from '../../../core/api/core-types.ts';
import { httpTransport, type SyncTransport } from '../../../core/sync/transport.ts';
import { BLOB_ROUTES } from '../../../shared/sync/blobs.ts';
import { PROTOCOL_VERSION, type Change } from '../../../shared/sync/protocol.ts';
import { samplePdf, samplePng } from '../attachments/sample-files.ts';
import { clipping, expectKoreanError, failure } from '../temp-core.ts';
import { hostileLogin, hostilePush, hostileStamp, type HostileClient } from './hostile-client.ts';
import { PASSWORD, syncWorld, type SyncWorld } from './sync-fixture.ts';

let world: SyncWorld;
afterEach(async () => world.close());

const sha = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

/** Requests a PC sent, by route: its transport counted as it goes. */
function countingPc(login: string): { requests: Map<string, number>; pc: Promise<Core> } {
  const requests = new Map<string, number>();
  const counted = (t: SyncTransport): SyncTransport => ({
    post(path, body, token) {
      requests.set(path, (requests.get(path) ?? 0) + 1);
      return t.post(path, body, token);
    },
  });
  return { requests, pc: world.loggedInPc(login, { sync: { transportFor: (url) => counted(httpTransport(url)) } }) };
}

async function attach(pc: Core, clippingId: string, fileName: string, data: Buffer) {
  return pc.call('attachments.add', { owner: { register: 'clippings', id: clippingId }, file: { fileName, data: data.toString('base64') } });
}

async function blobPost(client: HostileClient, route: string, body: object): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(client.serverUrl + route, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${client.accessToken}` },
    body: JSON.stringify({ protocol: PROTOCOL_VERSION, deviceId: client.deviceId, clientVersion: '0.1.0', ...body }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const serverBlobs = (root: string) => (existsSync(root) ? readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name) : []);

describe('attachments between PCs', () => {
  it('an attachment added on A is listed on B after sync and opens byte for byte; its file is sent once', async () => {
    world = await syncWorld();
    await world.addUser('kim');
    await world.addUser('lee');
    await world.addUser('park');
    const onA = countingPc('kim');
    const onB = countingPc('lee');
    const a = await onA.pc;
    const b = await onB.pc;
    const scan = samplePng(7);
    const pdf = samplePdf('청년 창업');
    const clippingId = (await a.call('clippings.create', { values: clipping() })).record.id;
    const png = await attach(a, clippingId, '지면 스캔.png', scan);
    await attach(a, clippingId, '원문.pdf', pdf);
    await a.call('sync.now', {});
    expect(onA.requests.get(BLOB_ROUTES.put)).toBe(2);

    await b.call('sync.now', {});
    const listed = await b.call('attachments.list', { owner: { register: 'clippings', id: clippingId } });
    expect(listed.map((x) => [x.fileName, x.mimeType, x.size, x.fileReceived, x.createdBy])).toEqual([
      ['지면 스캔.png', 'image/png', scan.length, true, 'kim 주무관'],
      ['원문.pdf', 'application/pdf', pdf.length, true, 'kim 주무관'],
    ]);
    const opened = await b.call('attachments.get', { id: png.id });
    expect(Buffer.from(opened.data, 'base64').equals(scan)).toBe(true);
    expect(onB.requests.get(BLOB_ROUTES.put)).toBeUndefined();
    expect(onB.requests.get(BLOB_ROUTES.get)).toBe(2);

    // Syncing again sends and fetches nothing: A has nothing new, B has both files.
    await a.call('sync.now', {});
    await b.call('sync.now', {});
    expect(onA.requests.get(BLOB_ROUTES.put)).toBe(2);
    expect(onB.requests.get(BLOB_ROUTES.get)).toBe(2);

    // The same scan attached to another clipping on a third PC is not uploaded again.
    const onC = countingPc('park');
    const c = await onC.pc;
    await c.call('sync.now', {});
    const other = (await c.call('clippings.create', { values: clipping({ title: '구청장 현장 방문' }) })).record.id;
    await attach(c, other, '같은 스캔.png', scan);
    const asked = onC.requests.get(BLOB_ROUTES.missing) ?? 0;
    await c.call('sync.now', {});
    // One question (does the server lack this scan?), no upload.
    expect(onC.requests.get(BLOB_ROUTES.missing)).toBe(asked + 1);
    expect(onC.requests.get(BLOB_ROUTES.put)).toBeUndefined();
    expect(serverBlobs(join(world.serverDir, 'blobs')).sort()).toEqual([sha(scan), sha(pdf)].sort());
    await a.call('sync.now', {});
    expect((await a.call('attachments.list', { owner: { register: 'clippings', id: other } })).map((x) => x.fileReceived)).toEqual([true]);
  });

  it('a file is handed out only to a user who may see a record of it, not to whoever knows its hash', async () => {
    // Attachments team-scoped, as those of a register holding personal data will be.
    world = await syncWorld({ teamScopedRegisters: ['attachments'] });
    await world.addUser('kim');
    await world.addUser('lee');
    await world.addUser('park', '소통팀');
    const a = await world.loggedInPc('kim');
    const scan = samplePng(3);
    await attach(a, (await a.call('clippings.create', { values: clipping() })).record.id, '명단 스캔.png', scan);
    await a.call('sync.now', {});

    const colleague = await hostileLogin(world.url, 'lee', PASSWORD);
    expect((await blobPost(colleague, BLOB_ROUTES.get, { sha256: sha(scan) })).body['data']).toBe(scan.toString('base64'));
    const otherTeam = await hostileLogin(world.url, 'park', PASSWORD);
    const refused = await blobPost(otherTeam, BLOB_ROUTES.get, { sha256: sha(scan) });
    expect(refused.status).toBe(200);
    expect(refused.body['data']).toBeUndefined();
  });

  it('deleting an attachment on one PC removes it on the other', async () => {
    world = await syncWorld();
    await world.addUser('kim');
    await world.addUser('lee');
    const a = await world.loggedInPc('kim');
    const b = await world.loggedInPc('lee');
    const clippingId = (await a.call('clippings.create', { values: clipping() })).record.id;
    const x = await attach(a, clippingId, 'scan.png', samplePng(1));
    await a.call('sync.now', {});
    await b.call('sync.now', {});
    expect(await b.call('attachments.list', { owner: { register: 'clippings', id: clippingId } })).toHaveLength(1);

    await b.call('attachments.delete', { id: x.id });
    await b.call('sync.now', {});
    await a.call('sync.now', {});
    expect(await a.call('attachments.list', { owner: { register: 'clippings', id: clippingId } })).toEqual([]);
    expectKoreanError(await failure(a, 'attachments.get', { id: x.id }), 'not_found');
    expect((await a.call('clippings.get', { id: clippingId })).attachmentCount).toBe(0);
  });

  it('a file too large for the server is refused in Korean; its row still travels and shows as not received', async () => {
    world = await syncWorld({ maxAttachmentBytes: 4096 });
    await world.addUser('kim');
    await world.addUser('lee');
    const a = await world.loggedInPc('kim');
    const onB = countingPc('lee');
    const b = await onB.pc;
    const clippingId = (await a.call('clippings.create', { values: clipping() })).record.id;
    const big = samplePdf('큰 파일', 8000);
    const x = await attach(a, clippingId, '큰 스캔.pdf', big);
    const report = await a.call('sync.now', {});
    expect(report.pushed).toBeGreaterThan(0);
    await b.call('sync.now', {});
    expect((await b.call('attachments.list', { owner: { register: 'clippings', id: clippingId } })).map((r) => [r.fileName, r.fileReceived])).toEqual([['큰 스캔.pdf', false]]);
    const error = await failure(b, 'attachments.get', { id: x.id });
    expectKoreanError(error, 'not_found');
    expect(error.message).toContain('파일을 아직 받지 못했습니다');
    expect(error.message).toContain('큰 스캔.pdf');
    // Every sync asks again, in one question, and fetches nothing the server does not hold.
    await b.call('sync.now', {});
    expect(onB.requests.get(BLOB_ROUTES.missing)).toBe(2);
    expect(onB.requests.get(BLOB_ROUTES.get)).toBeUndefined();

    // Sent over raw HTTP, the server says why.
    const hostile = await hostileLogin(world.url, 'kim', PASSWORD);
    const refused = await blobPost(hostile, BLOB_ROUTES.put, { sha256: sha(big), data: big.toString('base64') });
    expect(refused.status).toBe(413);
    expect(refused.body.error).toMatchObject({ code: 'file_too_large' });
    expect((refused.body.error as { message: string }).message).toContain('한 파일은 4KB까지 보낼 수 있습니다');
  });

  it('a PC refuses a file over 20 MB in Korean before it is stored anywhere', async () => {
    world = await syncWorld();
    const a = world.pc('김주무관');
    const clippingId = (await a.call('clippings.create', { values: clipping() })).record.id;
    const error = await failure(a, 'attachments.add', { owner: { register: 'clippings', id: clippingId }, file: { fileName: '큰.pdf', data: samplePdf('큰', 20 * 1024 * 1024).toString('base64') } });
    expectKoreanError(error, 'bad_file');
    expect(error.message).toContain('20MB');
  });

  it('the server refuses a file whose content is not its hash, or not a scan or PDF, and stores nothing', async () => {
    world = await syncWorld();
    await world.addUser('kim');
    const hostile = await hostileLogin(world.url, 'kim', PASSWORD);
    const scan = samplePng(3);
    const claimed = sha(samplePng(4));
    const wrong = await blobPost(hostile, BLOB_ROUTES.put, { sha256: claimed, data: scan.toString('base64') });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error).toMatchObject({ code: 'file_refused' });
    expect(String((wrong.body.error as { message: string }).message)).toContain('해시');
    const html = Buffer.from('BM<html><script>alert(1)</script></html>');
    const notScan = await blobPost(hostile, BLOB_ROUTES.put, { sha256: sha(html), data: html.toString('base64') });
    expect(notScan.status).toBe(400);
    expect(String((notScan.body.error as { message: string }).message)).toMatch(/[가-힣]/);
    const badName = await blobPost(hostile, BLOB_ROUTES.get, { sha256: '../../etc/passwd' });
    expect(badName.status).toBe(400);
    expect((await blobPost(hostile, BLOB_ROUTES.missing, { sha256: [claimed, sha(html)] })).body).toEqual({ missing: [claimed, sha(html)] });
    expect(serverBlobs(join(world.serverDir, 'blobs'))).toEqual([]);
    // Without a session nothing is answered.
    const anonymous = await fetch(world.url + BLOB_ROUTES.get, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ protocol: 1, deviceId: hostile.deviceId, clientVersion: '0.1.0', sha256: sha(scan) }) });
    expect(anonymous.status).toBe(401);
  });

  it('the server refuses an attachment row that names no real file (a type never stored, a hash that is none), in Korean', async () => {
    world = await syncWorld();
    await world.addUser('kim');
    const hostile = await hostileLogin(world.url, 'kim', PASSWORD);
    const now = Date.now();
    const row = (fields: Change['fields']): Change => ({ register: 'attachments', recordId: randomUUID(), hlc: hostileStamp(hostile, now), schema: 1, fields });
    const html = await hostilePush(hostile, [row({ fileName: 'report.html', mimeType: 'text/html', sha256: sha(Buffer.from('x')) })], now);
    expect(html.status).toBe(400);
    expect(html.body.error).toMatchObject({ code: 'invalid_change', register: 'attachments', field: 'mimeType' });
    expect(html.body.error?.message).toContain('첨부 파일의 형식');
    const notHash = await hostilePush(hostile, [row({ fileName: 'a.png', mimeType: 'image/png', sha256: '../../etc/passwd' })], now);
    expect(notHash.body.error).toMatchObject({ code: 'invalid_change', field: 'sha256' });
    expect(notHash.body.error?.message).toContain('64자리 16진수');
  });

  it('a row whose file the server has not received yet shows as not received, and a later sync fetches it', async () => {
    world = await syncWorld();
    await world.addUser('kim');
    await world.addUser('lee');
    const a = await world.loggedInPc('kim');
    const clippingId = (await a.call('clippings.create', { values: clipping() })).record.id;
    await a.call('sync.now', {});
    // Another client pushes the row first and its file later.
    const other = await hostileLogin(world.url, 'lee', PASSWORD);
    const scan = samplePng(9);
    const id = randomUUID();
    const now = Date.now();
    const pushed = await hostilePush(other, [{
      register: 'attachments', recordId: id, hlc: hostileStamp(other, now), schema: 1,
      fields: { clippingId, fileName: '늦게 온 스캔.png', mimeType: 'image/png', size: scan.length, sha256: sha(scan), _at: new Date(now).toISOString(), _by: 'lee 주무관', _createdAt: new Date(now).toISOString(), _createdBy: 'lee 주무관' },
    }], now);
    expect(pushed.status).toBe(200);
    await a.call('sync.now', {});
    expect((await a.call('attachments.list', { owner: { register: 'clippings', id: clippingId } })).map((r) => r.fileReceived)).toEqual([false]);
    expect((await failure(a, 'attachments.get', { id })).message).toContain('파일을 아직 받지 못했습니다');

    expect((await blobPost(other, BLOB_ROUTES.put, { sha256: sha(scan), data: scan.toString('base64') })).body).toEqual({ stored: true });
    expect((await blobPost(other, BLOB_ROUTES.put, { sha256: sha(scan), data: scan.toString('base64') })).body).toEqual({ stored: false });
    await a.call('sync.now', {});
    expect((await a.call('attachments.list', { owner: { register: 'clippings', id: clippingId } })).map((r) => r.fileReceived)).toEqual([true]);
    expect(Buffer.from((await a.call('attachments.get', { id })).data, 'base64').equals(scan)).toBe(true);
  });

  it('attachments a PC held before they synced (added before the upgrade, already logged in) reach the other PCs', async () => {
    world = await syncWorld();
    await world.addUser('kim');
    await world.addUser('lee');
    let a = await world.loggedInPc('kim');
    const b = await world.loggedInPc('lee');
    const clippingId = (await a.call('clippings.create', { values: clipping() })).record.id;
    const x = await attach(a, clippingId, '예전 스캔.png', samplePng(11));
    // As migration 005 leaves a row this PC attached before: no stamps, nothing queued.
    const dataDir = a.dataDir;
    a.close();
    const raw = new Database(join(dataDir, DATABASE_FILE));
    raw.prepare('UPDATE attachments SET sync_hlc = NULL, sync_hlcs = NULL WHERE id = ?').run(x.id);
    raw.prepare("DELETE FROM sync_outbox WHERE json_extract(change, '$.register') = 'attachments'").run();
    raw.close();
    a = createCore({ dataDir, actor: 'kim 주무관' });
    try {
      await a.call('sync.now', {});
      await b.call('sync.now', {});
      expect((await b.call('attachments.list', { owner: { register: 'clippings', id: clippingId } })).map((r) => [r.fileName, r.fileReceived])).toEqual([['예전 스캔.png', true]]);
      expect((await a.call('sync.status', {})).pending).toBe(0);
    } finally {
      a.close();
    }
  });

  it('a file lost from this PC\'s folder is fetched again by the next sync', async () => {
    world = await syncWorld();
    await world.addUser('kim');
    await world.addUser('lee');
    const a = await world.loggedInPc('kim');
    const b = await world.loggedInPc('lee');
    const clippingId = (await a.call('clippings.create', { values: clipping() })).record.id;
    const x = await attach(a, clippingId, 'scan.png', samplePng(5));
    await a.call('sync.now', {});
    await b.call('sync.now', {});
    const file = join(b.dataDir, 'attachments', `${x.id}.png`);
    rmSync(file);
    expect((await b.call('attachments.list', { owner: { register: 'clippings', id: clippingId } }))[0]?.fileReceived).toBe(false);
    await b.call('sync.now', {});
    expect(existsSync(file)).toBe(true);
  });
});
