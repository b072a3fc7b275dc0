/** Code lists (매체구분 …): SQL and the defaults a new database starts with. */
import type { Db } from '../db/open.ts';
import { DEFAULT_MEDIA_TYPES, type CodeItem, type CodeListName } from '../../../shared/domain/codes.ts';

const DEFAULTS: Record<CodeListName, readonly string[]> = { mediaType: DEFAULT_MEDIA_TYPES };

export function codesRepository(db: Db) {
  const list = db.prepare<[string], { code: string; sort: number; active: number }>(
    'SELECT code, sort, active FROM code_items WHERE list = ? ORDER BY sort, code',
  );
  const remove = db.prepare<[string]>('DELETE FROM code_items WHERE list = ?');
  const insert = db.prepare('INSERT INTO code_items (list, code, sort, active) VALUES (?, ?, ?, ?)');

  // Imports check 매체구분 once per row: keep the small lists in memory until the next save.
  const cache = new Map<CodeListName, CodeItem[]>();

  function items(name: CodeListName): CodeItem[] {
    const hit = cache.get(name);
    if (hit) return hit;
    const loaded = load(name);
    cache.set(name, loaded);
    return loaded;
  }

  function load(name: CodeListName): CodeItem[] {
    const rows = list.all(name);
    if (rows.length === 0) return DEFAULTS[name].map((code, i) => ({ code, sort: i, active: true }));
    return rows.map((r) => ({ code: r.code, sort: r.sort, active: r.active === 1 }));
  }

  return {
    items,
    has(name: CodeListName, code: string): boolean {
      return items(name).some((i) => i.code === code);
    },
    /** A code a clerk may choose now (an inactive code only stays on the records that have it). */
    isActive(name: CodeListName, code: string): boolean {
      return items(name).some((i) => i.code === code && i.active);
    },
    /** Replaces the whole list in the given order (codes are unique; empty codes dropped). */
    save: db.transaction((name: CodeListName, next: Array<{ code: string; active: boolean }>) => {
      cache.delete(name);
      remove.run(name);
      const seen = new Set<string>();
      next.forEach((item, i) => {
        if (seen.has(item.code)) return;
        seen.add(item.code);
        insert.run(name, item.code, i, item.active ? 1 : 0);
      });
    }),
  };
}

export type CodesRepository = ReturnType<typeof codesRepository>;
