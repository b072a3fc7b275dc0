/**
 * A PC restored from an older backup, against a real server and a second real PC: no edit is
 * lost, whether it was made before the backup, after it (on the same PC, synced, then wiped
 * locally by the restore), or since the restore, on either PC. The restored PC comes back as a
 * new device with no session (the backup carried none), sends everything it holds at its next
 * login and receives everything the server has.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, DATABASE_FILE } from '../../../core/api/core.ts';
import type { Core } from '../../../core/api/core-types.ts';
import { restoreFrom } from '../../../core/backup/backup.ts';
import { clipping } from '../temp-core.ts';
import { PASSWORD, syncWorld, type SyncWorld } from '../sync/sync-fixture.ts';

let world: SyncWorld;
let restored: Core | undefined;
beforeEach(async () => {
  world = await syncWorld();
  await world.addUser('kim');
  await world.addUser('lee');
});
afterEach(async () => {
  restored?.close();
  restored = undefined;
  await world.close();
});

type Row = { title: string; reporter: string; tone: string };
async function rows(pc: Core): Promise<Row[]> {
  return (await pc.call('clippings.list', {})).map((c) => ({ title: c.title, reporter: c.reporter, tone: c.tone })).sort((x, y) => (x.title < y.title ? -1 : 1));
}

function identity(dataDir: string): { device_id: string; node: string; refresh_token: string | null; cursor: string | null; outbox: number } {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    const row = db.prepare<[], { device_id: string; node: string; refresh_token: string | null; cursor: string | null }>('SELECT device_id, node, refresh_token, cursor FROM sync_state').get()!;
    return { ...row, outbox: db.prepare<[], number>('SELECT count(*) FROM sync_outbox').pluck().get()! };
  } finally {
    db.close();
  }
}

describe('restoring an older backup on a syncing PC', () => {
  it('loses no edit made before the backup, after it, or since the restore, on either PC', async () => {
    const a = await world.loggedInPc('kim');
    const b = await world.loggedInPc('lee');
    const beforeBackup = (await a.call('clippings.create', { values: clipping({ title: '1 백업 전 기사' }) })).record;
    const pendingAtBackup = (await a.call('clippings.create', { values: clipping({ title: '2 백업 때 아직 안 보낸 기사', outlet: 'KBS' }) })).record;
    await a.call('sync.now', {});
    // An edit still waiting in the outbox when the backup is taken: its sequence number will be reused.
    await a.call('clippings.update', { id: pendingAtBackup.id, patch: { tone: '긍정' } });
    const backupFile = join(a.dataDir, '..', 'a.gdbak');
    a.backup(backupFile);
    const old = identity(a.dataDir);

    // After the backup, on the same PC: synced, and then wiped locally by the restore.
    await a.call('clippings.update', { id: beforeBackup.id, patch: { reporter: '백업 후 기자' } });
    await a.call('clippings.create', { values: clipping({ title: '3 백업 후 기사', outlet: 'MBC' }) });
    await a.call('sync.now', {});
    await b.call('sync.now', {});
    await b.call('clippings.create', { values: clipping({ title: '4 다른 PC의 기사', outlet: 'SBS' }) });
    await b.call('sync.now', {});

    a.close();
    restoreFrom(a.dataDir, DATABASE_FILE, backupFile);
    const fresh = identity(a.dataDir);
    expect(fresh.device_id).not.toBe(old.device_id);
    expect(fresh.node).not.toBe(old.node);
    expect(fresh).toMatchObject({ refresh_token: null, cursor: null, outbox: 0 });

    restored = createCore({ dataDir: a.dataDir, actor: 'kim 주무관' });
    expect((await restored.call('sync.status', {})).loggedIn).toBe(false);
    // Since the restore: typed on the restored PC before it logged in again, and on the other PC.
    await restored.call('clippings.create', { values: clipping({ title: '5 복원 뒤 기사', outlet: '뉴시스' }) });
    await b.call('clippings.update', { id: beforeBackup.id, patch: { tone: '부정' } });
    await b.call('sync.now', {});

    await restored.call('sync.login', { serverUrl: world.url, login: 'kim', password: PASSWORD });
    for (let round = 0; round < 2; round++) {
      await restored.call('sync.now', {});
      await b.call('sync.now', {});
    }
    const expected: Row[] = [
      { title: '1 백업 전 기사', reporter: '백업 후 기자', tone: '부정' },
      { title: '2 백업 때 아직 안 보낸 기사', reporter: '', tone: '긍정' },
      { title: '3 백업 후 기사', reporter: '', tone: '중립' },
      { title: '4 다른 PC의 기사', reporter: '', tone: '중립' },
      { title: '5 복원 뒤 기사', reporter: '', tone: '중립' },
    ];
    expect(await rows(restored)).toEqual(expected);
    expect(await rows(b)).toEqual(expected);
    expect(await restored.call('sync.now', { verify: true })).toMatchObject({ checksums: 'equal' });
    expect((await restored.call('sync.status', {})).pending).toBe(0);
  });
});
