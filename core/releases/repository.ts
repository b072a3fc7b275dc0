/** All SQL of the 보도자료 register. */
import type { Db } from '../db/open.ts';
import { releasesSpec, type Release } from '../../shared/domain/release.ts';
import { recordStore } from '../records/record-store.ts';
import type { SqlValue } from '../records/columns.ts';
import type { RowPage } from '../../shared/api/contract.ts';
import { searchTerms } from '../db/search-terms.ts';

export const RELEASE_PAGE_COLUMNS = [
  'id', 'distributedOn', 'title', 'department', 'contact', 'hasPhoto', 'clippingCount', 'version', 'updatedAt', 'updatedBy',
] as const;

const SELECT = `
  SELECT r.*, (SELECT count(*) FROM clippings c WHERE c.release_id = r.id AND c.deleted_at IS NULL) AS clipping_count
  FROM releases r`;

export function releasesRepository(db: Db) {
  const store = recordStore(db, releasesSpec);
  const list = db.prepare<[], Record<string, SqlValue>>(`${SELECT} WHERE r.deleted_at IS NULL ORDER BY r.rowid DESC`);
  const listAll = db.prepare<[], Record<string, SqlValue>>(`${SELECT} ORDER BY r.rowid DESC`);
  const one = db.prepare<[string], Record<string, SqlValue>>(`${SELECT} WHERE r.id = ?`);
  const byNaturalKey = db.prepare<[string, string], { id: string }>(
    'SELECT id FROM releases WHERE distributed_on = ? AND title = ? AND deleted_at IS NULL LIMIT 1',
  );
  const byTitleBefore = db.prepare<[string, string], { id: string }>(
    `SELECT id FROM releases WHERE title = ? AND deleted_at IS NULL
     ORDER BY distributed_on <= ? DESC, distributed_on DESC LIMIT 1`,
  );
  const liveCount = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM releases WHERE deleted_at IS NULL');
  const isLive = db.prepare<[string], { id: string }>('SELECT id FROM releases WHERE id = ? AND deleted_at IS NULL');

  const pageRows = db
    .prepare<[number, number], SqlValue[]>(
      `SELECT r.rowid, r.id, r.distributed_on, r.title, r.department, r.contact, r.has_photo = 1, COALESCE(n.n, 0), r.version, r.updated_at, r.updated_by
       FROM releases r
       LEFT JOIN (SELECT release_id, count(*) AS n FROM clippings WHERE deleted_at IS NULL AND release_id IS NOT NULL GROUP BY release_id) n
         ON n.release_id = r.id
       WHERE r.deleted_at IS NULL AND r.rowid < ? ORDER BY r.rowid DESC LIMIT ?`,
    )
    .raw();

  function toRelease(row: Record<string, SqlValue>): Release {
    const rec = store.decode(row) as unknown as Release;
    rec.clippingCount = Number(row.clipping_count ?? 0);
    return rec;
  }

  return {
    store,
    /** Compact rows for the grid (see RowPage). */
    page(cursor: number | null, limit: number): RowPage {
      const raw = pageRows.all(cursor ?? Number.MAX_SAFE_INTEGER, limit);
      const next = raw.length === limit ? Number(raw.at(-1)![0]) : null;
      const rows = raw.map((r) => r.slice(1));
      for (const row of rows) row[5] = (row[5] === 1) as never;
      return { total: this.count(), columns: [...RELEASE_PAGE_COLUMNS], rows, cursor: next };
    },
    list(includeDeleted: boolean): Release[] {
      return (includeDeleted ? listAll : list).all().map(toRelease);
    },
    get(id: string): Release | undefined {
      const row = one.get(id);
      return row ? toRelease(row) : undefined;
    },
    exists(id: string): boolean {
      return isLive.get(id) !== undefined;
    },
    findByNaturalKey(distributedOn: string, title: string): string | undefined {
      return byNaturalKey.get(distributedOn, title)?.id;
    },
    /**
     * The release a clipping of `publishedOn` most likely came from, among those titled `title`:
     * the latest one distributed on or before that day (yearly releases repeat their titles).
     */
    idByTitle(title: string, publishedOn: string): string | undefined {
      return byTitleBefore.get(title, publishedOn)?.id;
    },
    count(): number {
      return liveCount.get()?.n ?? 0;
    },
    searchIds(query: string): string[] {
      return this.search(query, 100_000).rows.map((r) => r.id);
    },
    /** Releases are few (a few per working day), so a substring scan is fast enough. */
    search(query: string, limit: number): { rows: Release[]; total: number } {
      const terms = searchTerms(query);
      if (terms.length === 0) return { rows: [], total: 0 };
      const where = terms.map(() => "(lower(r.title) || ' ' || lower(r.department) || ' ' || lower(r.contact)) LIKE ? ESCAPE '\\'").join(' AND ');
      const params = terms.map((t) => `%${t.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      const all = db
        .prepare<string[], Record<string, SqlValue>>(`${SELECT} WHERE r.deleted_at IS NULL AND ${where} ORDER BY r.rowid DESC`)
        .all(...params);
      return { rows: all.slice(0, limit).map(toRelease), total: all.length };
    },
  };
}

export type ReleasesRepository = ReturnType<typeof releasesRepository>;
