/**
 * Remembered layouts (layout.get / layout.save): per clerk, kept across restarts, personal
 * (never in the sync outbox, not among the settings), keyed by the sync account when signed in.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDatabase } from '../../../core/db/open.ts';
import { layoutRepository } from '../../../core/settings/layout-repository.ts';
import { expectKoreanError, failure, openTempCore, tempDir, type TempCore } from '../temp-core.ts';

let t: TempCore;
beforeEach(() => {
  t = openTempCore('김민지');
});
afterEach(() => t.dispose());

const columns = { columnState: [{ colId: 'outlet', width: 222 }, { colId: 'summary', hide: false }], view: '' };

describe('layout.get / layout.save', () => {
  it('gives back what the clerk saved, after a restart too, and nothing for a screen never saved', async () => {
    expect(await t.core.call('layout.get', { key: 'grid:clippings' })).toEqual({ state: null });
    await t.core.call('layout.save', { key: 'grid:clippings', state: columns });
    await t.core.call('layout.save', { key: 'chart:clippings', state: { folded: true } });
    const core = t.reopen();
    expect(await core.call('layout.get', { key: 'grid:clippings' })).toEqual({ state: columns });
    expect(await core.call('layout.get', { key: 'chart:clippings' })).toEqual({ state: { folded: true } });
  });

  it('is personal: another clerk on the same PC has their own, and it is neither a setting nor a change to sync', async () => {
    await t.core.call('layout.save', { key: 'grid:clippings', state: columns });
    expect(await t.core.call('layout.get', { key: 'grid:clippings' }, { actor: '이가람' })).toEqual({ state: null });
    await t.core.call('layout.save', { key: 'grid:clippings', state: { columnState: [] } }, { actor: '이가람' });
    expect(await t.core.call('layout.get', { key: 'grid:clippings' })).toEqual({ state: columns });
    expect(Object.keys(await t.core.call('settings.get', {})).some((k) => k.startsWith('layout/'))).toBe(false);
    expect((await t.core.call('sync.status', {})).pending).toBe(0);
  });

  it('refuses an oversized layout in Korean and keeps the one before', async () => {
    await t.core.call('layout.save', { key: 'grid:clippings', state: columns });
    const error = await failure(t.core, 'layout.save', { key: 'grid:clippings', state: { junk: 'x'.repeat(300_000) } });
    expectKoreanError(error, 'invalid_input');
    expect(await t.core.call('layout.get', { key: 'grid:clippings' })).toEqual({ state: columns });
  });
});

describe('whose layout', () => {
  it('follows the signed-in sync account, and the clerk name again after logout', () => {
    const { dir, remove } = tempDir();
    const db = openDatabase(join(dir, 'gudesk.sqlite'));
    try {
      const layouts = layoutRepository(db);
      expect(layouts.ownerFor('김민지')).toBe('actor:김민지');
      db.prepare("INSERT OR IGNORE INTO sync_state (id, device_id, node) VALUES (1, 'dev', 'node')").run();
      db.prepare("UPDATE sync_state SET login = 'kim', refresh_token = 'token' WHERE id = 1").run();
      // Any OS user or typed name on this PC: the account's layout.
      expect(layouts.ownerFor('root')).toBe('account:kim');
      layouts.save(layouts.ownerFor('root'), 'grid:clippings', columns);
      expect(layouts.get(layouts.ownerFor('김민지'), 'grid:clippings')).toEqual(columns);
      db.prepare('UPDATE sync_state SET refresh_token = NULL WHERE id = 1').run();
      expect(layouts.ownerFor('김민지')).toBe('actor:김민지');
      expect(layouts.get(layouts.ownerFor('김민지'), 'grid:clippings')).toBeNull();
    } finally {
      db.close();
      remove();
    }
  });
});
