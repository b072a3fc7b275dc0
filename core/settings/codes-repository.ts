/**
 * Code lists (매체구분 …): one synced record per code in `codes` (migration 004), written through
 * the generic record store, so every save has history, undo, and travels to the department's
 * other PCs code by code. A list never saved (and never received) is its built-in defaults.
 */
import type { Db } from '../db/open.ts';
import { DEFAULT_MEDIA_TYPES, DEFAULT_SUBJECT_GROUPS, codesSpec, type CodeItem, type CodeListName } from '../../shared/domain/codes.ts';
import { recordStore } from '../records/record-store.ts';
import { stampNow } from '../records/ids.ts';
import { codeRecordId } from './code-id.ts';

const DEFAULTS: Record<CodeListName, readonly string[]> = { mediaType: DEFAULT_MEDIA_TYPES, subjectGroup: DEFAULT_SUBJECT_GROUPS };

export function codesRepository(db: Db) {
  const store = recordStore(db, codesSpec);
  const live = db.prepare<[string], { id: string; code: string; sort: number; active: number }>(
    'SELECT id, code, sort, active FROM codes WHERE list = ? AND deleted_at IS NULL ORDER BY sort, code',
  );
  const anyRow = db.prepare<[string], number>('SELECT count(*) FROM codes WHERE list = ?').pluck();
  const allRows = db.prepare<[string], { id: string; deleted_at: string | null }>('SELECT id, deleted_at FROM codes WHERE list = ?');

  // Imports check 매체구분 once per row: the small lists stay in memory until the current task
  // ends (a save, an undo or a pulled page always runs in a later one), so no write is missed.
  const cache = new Map<CodeListName, CodeItem[]>();
  let clearQueued = false;
  const clearSoon = () => {
    if (clearQueued) return;
    clearQueued = true;
    queueMicrotask(() => {
      cache.clear();
      clearQueued = false;
    });
  };

  function load(name: CodeListName): CodeItem[] {
    if (anyRow.get(name) === 0) return DEFAULTS[name].map((code, i) => ({ code, sort: i, active: true }));
    return live.all(name).map((r) => ({ code: r.code, sort: r.sort, active: r.active === 1 }));
  }

  function items(name: CodeListName): CodeItem[] {
    const hit = cache.get(name);
    if (hit) return hit;
    const loaded = load(name);
    cache.set(name, loaded);
    clearSoon();
    return loaded;
  }

  return {
    store,
    items,
    has(name: CodeListName, code: string): boolean {
      return items(name).some((i) => i.code === code);
    },
    /** A code a clerk may choose now (an inactive code only stays on the records that have it). */
    isActive(name: CodeListName, code: string): boolean {
      return items(name).some((i) => i.code === code && i.active);
    },
    /**
     * Makes the list what the clerk saved, in that order (codes unique, empty ones dropped): a new
     * code is created (or a removed one restored), a changed order or 사용 is an edit, a code left
     * out is deleted. One batch: one 실행 취소 reverts the save. Returns its batch id.
     */
    save(name: CodeListName, next: Array<{ code: string; active: boolean }>, actor: string): string {
      const stamp = stampNow(actor);
      cache.delete(name);
      db.transaction(() => {
        const kept = new Set<string>();
        const seen = new Set<string>();
        let sort = 0;
        for (const item of next) {
          if (item.code === '' || seen.has(item.code)) continue;
          seen.add(item.code);
          const id = codeRecordId(name, item.code);
          kept.add(id);
          const values = { list: name, code: item.code, sort: sort++, active: item.active };
          const current = store.get(id);
          if (!current) store.insert(values, stamp, id);
          else {
            if (current.deletedAt) store.restore(id, stamp);
            store.update(id, values, stamp);
          }
        }
        for (const row of allRows.all(name)) if (!kept.has(row.id) && row.deleted_at === null) store.delete(row.id, stamp);
      })();
      cache.delete(name);
      return stamp.batchId;
    },
  };
}

export type CodesRepository = ReturnType<typeof codesRepository>;
