/** Saved grid views (column layout + filters) per grid, by name. */
import type { Db } from '../db/open.ts';
import type { SavedView } from '../../shared/api/contract.ts';
import { newId } from '../records/ids.ts';

interface ViewRow {
  id: string;
  grid: string;
  name: string;
  state: string;
  updated_at: string;
}

export function viewsRepository(db: Db) {
  const list = db.prepare<[string], ViewRow>('SELECT * FROM saved_views WHERE grid = ? ORDER BY name');
  const byName = db.prepare<[string, string], ViewRow>('SELECT * FROM saved_views WHERE grid = ? AND name = ?');
  const upsert = db.prepare(
    `INSERT INTO saved_views (id, grid, name, state, updated_at) VALUES (@id, @grid, @name, @state, @at)
     ON CONFLICT (grid, name) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
  );
  const remove = db.prepare<[string]>('DELETE FROM saved_views WHERE id = ?');
  const toView = (r: ViewRow): SavedView => ({ id: r.id, grid: r.grid, name: r.name, state: JSON.parse(r.state) as unknown, updatedAt: r.updated_at });
  return {
    list: (grid: string) => list.all(grid).map(toView),
    /** Saving under an existing name replaces that view. */
    save(grid: string, name: string, state: unknown): SavedView {
      upsert.run({ id: newId(), grid, name, state: JSON.stringify(state ?? null), at: new Date().toISOString() });
      return toView(byName.get(grid, name)!);
    },
    delete: (id: string) => remove.run(id).changes,
  };
}
