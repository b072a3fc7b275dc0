/**
 * 장애 여부 at rest on the PC: the database file holds it only sealed — in the register's table,
 * its history, the trash, the sync outbox — while the core reads it back (masked ●●●, revealed with
 * a reason). A backup restored into the same data folder reads it; restored on a PC without the key
 * file it cannot, and says so, and everything else works.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, DATABASE_FILE } from '../../../core/api/core.ts';
import type { Core } from '../../../core/api/core-types.ts';
import { restoreFrom } from '../../../core/backup/backup.ts';
import { syncWorld, type SyncWorld } from '../sync/sync-fixture.ts';
import { tempDir } from '../temp-core.ts';

/** Every text cell of every table (FTS shadow tables included) that mentions the field's value in the clear. */
function plaintextCells(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    const found: string[] = [];
    const tables = db.prepare<[], string>("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    for (const table of tables) {
      for (const row of db.prepare<[], Record<string, unknown>>(`SELECT * FROM "${table}"`).all()) {
        for (const [col, v] of Object.entries(row)) {
          if (typeof v !== 'string') continue;
          // A boolean's clear forms: in a change ("disability":true), in history ('예'/'아니오' beside the field).
          if (/"disability":(true|false|"1"|"0")/.test(v)) found.push(`${table}.${col}: ${v.slice(0, 80)}`);
        }
        if (row.field === 'disability' && [row.old_value, row.new_value].some((x) => typeof x === 'string' && !x.startsWith('enc1:'))) found.push(`${table}: history in the clear`);
        if (table === 'trainees' && typeof row.disability !== 'string') found.push(`trainees.disability: ${String(row.disability)}`);
        if (table === 'trainees' && typeof row.disability === 'string' && !row.disability.startsWith('enc1:')) found.push(`trainees.disability: ${row.disability}`);
      }
    }
    return found;
  } finally {
    db.close();
  }
}

const reveal = (core: Core, id: string) => core.call('personal.reveal', { register: 'trainees', id, field: 'disability', reason: '교육장 편의시설 안내' });

describe('장애 여부 sealed on the PC', () => {
  let world: SyncWorld;
  beforeEach(async () => {
    world = await syncWorld();
    await world.addUser('kim');
  });
  afterEach(async () => world.close());

  it('is nowhere in the database file in the clear (table, history, trash, outbox), yet reads, reveals and syncs', async () => {
    const pc = await world.loggedInPc('kim');
    const made = await pc.call('trainees.create', { values: { name: '김철용', phone: '010-1234-5678', disability: true } });
    const other = await pc.call('trainees.create', { values: { name: '이영희', phone: '010-2222-3333', disability: false } });
    await pc.call('trainees.update', { id: other.record.id, patch: { disability: true } });
    await pc.call('trainees.update', { id: other.record.id, patch: { disability: false } });
    await pc.call('trainees.delete', { ids: [other.record.id] });
    expect((await pc.call('sync.status', {})).pending).toBeGreaterThan(0);

    const file = join(world.serverDir, '..', 'pc1', DATABASE_FILE);
    expect(plaintextCells(file)).toEqual([]);
    // The raw outbox really holds the change, sealed.
    const raw = new Database(file, { readonly: true });
    const changes = raw.prepare<[], string>('SELECT change FROM sync_outbox').pluck().all();
    raw.close();
    expect(changes.some((c) => /"disability":"enc1:/.test(c))).toBe(true);

    expect(made.record.disability).toBe('●●●');
    expect(await reveal(pc, made.record.id)).toEqual({ value: true });
    const trash = await pc.call('trainees.trash', { query: '', limit: 10 });
    expect(trash.rows[0]!.fields.disability).toBe('●●●');
    const history = await pc.call('trainees.history', { id: other.record.id });
    expect(history.filter((h) => h.field === 'disability').map((h) => [h.oldValue, h.newValue])).toEqual([['●●●', '●●●'], ['●●●', '●●●']]);
    // A search never looks into the sealed column.
    expect((await pc.call('trainees.search', { query: 'enc1' })).rows).toEqual([]);

    // The push opens the sealed outbox: the server got the value (a second PC of the team reads it).
    await pc.call('sync.now', {});
    const b = await world.loggedInPc('kim');
    await b.call('sync.now', {});
    expect(await reveal(b, made.record.id)).toEqual({ value: true });
    expect(plaintextCells(join(world.serverDir, '..', 'pc2', DATABASE_FILE))).toEqual([]);
  });
});

describe('장애 여부 after a restore', () => {
  let root: { dir: string; remove(): void };
  beforeEach(() => (root = tempDir('gudesk-sealed-restore-')));
  afterEach(() => root.remove());

  it('reads again restored into the same data folder; on a PC without the key file it says so and the rest works', async () => {
    const home = join(root.dir, 'home');
    let core = createCore({ dataDir: home, actor: '김주무관' });
    const { record } = await core.call('trainees.create', { values: { name: '김철용', phone: '010-1234-5678', disability: true } });
    const backup = join(root.dir, 'gudesk.gdbak');
    core.backup(backup);
    core.close();

    expect(restoreFrom(home, DATABASE_FILE, backup)).toMatchObject({ unreadableSensitive: 0 });
    core = createCore({ dataDir: home });
    expect(await reveal(core, record.id)).toEqual({ value: true });
    core.close();

    const elsewhere = join(root.dir, 'other-pc');
    expect(restoreFrom(elsewhere, DATABASE_FILE, backup)).toMatchObject({ unreadableSensitive: 1 });
    core = createCore({ dataDir: elsewhere });
    try {
      const listed = await core.call('trainees.list', { includeDeleted: false });
      expect(listed.map((r) => [r.name, r.disability])).toEqual([['김*용', '●●●']]);
      await expect(reveal(core, record.id)).rejects.toThrow('키 파일이 없어 값을 읽을 수 없습니다');
      expect(await core.call('personal.reveal', { register: 'trainees', id: record.id, field: 'name', reason: '확인' })).toEqual({ value: '김철용' });
      // Editing another field keeps the sealed value as it was (it becomes readable once the key file is copied in).
      await core.call('trainees.update', { id: record.id, patch: { address: '서초동' } });
    } finally {
      core.close();
    }
    const { copyFileSync } = await import('node:fs');
    copyFileSync(join(home, 'gudesk.key'), join(elsewhere, 'gudesk.key'));
    core = createCore({ dataDir: elsewhere });
    try {
      expect(await reveal(core, record.id)).toEqual({ value: true });
    } finally {
      core.close();
    }
  });
});
