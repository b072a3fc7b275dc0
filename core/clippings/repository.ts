/** All SQL of the 언론보도 register. */
import type { Db } from '../db/open.ts';
import { clippingsSpec, type Clipping } from '../../shared/domain/clipping.ts';
import { recordStore } from '../records/record-store.ts';
import type { SqlValue } from '../records/columns.ts';
import { clippingsSearch } from './search.ts';
import type { RowPage } from '../../shared/api/contract.ts';

/** Characters of 요약 sent to the grid; the detail form shows the whole text. */
const SUMMARY_PREVIEW = 80;
export const CLIPPING_PAGE_COLUMNS = [
  'id', 'publishedOn', 'outlet', 'mediaType', 'title', 'reporter', 'page', 'url', 'department', 'tone',
  'tags', 'releaseId', 'releaseTitle', 'attachmentCount', 'summary', 'version', 'updatedAt', 'updatedBy',
] as const;

/**
 * How the linked 보도자료 reads. Links are not SQLite foreign keys (migration 003): a pulled
 * clipping may name a release deleted on another PC, one outside this user's scope, or one not
 * received yet. Such a link shows what it is instead of failing or looking empty.
 */
export const DELETED_RELEASE = '삭제된 보도자료';
export const MISSING_RELEASE = '찾을 수 없는 보도자료';
const RELEASE_TITLE = `CASE WHEN c.release_id IS NULL OR c.release_id = '' THEN ''
    WHEN r.id IS NULL THEN '${MISSING_RELEASE}'
    WHEN r.deleted_at IS NOT NULL THEN '${DELETED_RELEASE}: ' || r.title
    ELSE r.title END`;

const SELECT = `
  SELECT c.*, ${RELEASE_TITLE} AS release_title,
    (SELECT count(*) FROM attachments a WHERE a.clipping_id = c.id AND a.deleted_at IS NULL) AS attachment_count
  FROM clippings c LEFT JOIN releases r ON r.id = c.release_id`;

export function clippingsRepository(db: Db) {
  const store = recordStore(db, clippingsSpec);
  const list = db.prepare<[], Record<string, SqlValue>>(`${SELECT} WHERE c.deleted_at IS NULL ORDER BY c.rowid DESC`);
  const listAll = db.prepare<[], Record<string, SqlValue>>(`${SELECT} ORDER BY c.rowid DESC`);
  const one = db.prepare<[string], Record<string, SqlValue>>(`${SELECT} WHERE c.id = ?`);
  const byNaturalKey = db.prepare<[string, string, string], { id: string }>(
    'SELECT id FROM clippings WHERE published_on = ? AND outlet = ? AND title = ? AND deleted_at IS NULL LIMIT 1',
  );
  const liveCount = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM clippings WHERE deleted_at IS NULL');
  const forRelease = db.prepare<[string], Record<string, SqlValue>>(
    `${SELECT} WHERE c.release_id = ? AND c.deleted_at IS NULL ORDER BY c.rowid`,
  );

  // The grid's columns only, as arrays (no repeated keys), 요약 cut to a preview: 100,000 rows
  // cross IPC or HTTP as ~20 MB instead of 60 MB. The detail form fetches the full record.
  const pageRows = db
    .prepare<[number, number], SqlValue[]>(
      `SELECT c.rowid, c.id, c.published_on, c.outlet, c.media_type, c.title, c.reporter, c.page, c.url, c.department, c.tone,
         c.tags, COALESCE(c.release_id, ''), ${RELEASE_TITLE}, COALESCE(a.n, 0),
         CASE WHEN length(c.summary) > ${SUMMARY_PREVIEW} THEN substr(c.summary, 1, ${SUMMARY_PREVIEW}) || '…' ELSE c.summary END,
         c.version, c.updated_at, c.updated_by
       FROM clippings c
       LEFT JOIN releases r ON r.id = c.release_id
       LEFT JOIN (SELECT clipping_id, count(*) AS n FROM attachments WHERE deleted_at IS NULL GROUP BY clipping_id) a ON a.clipping_id = c.id
       WHERE c.deleted_at IS NULL AND c.rowid < ? ORDER BY c.rowid DESC LIMIT ?`,
    )
    .raw();
  const TAGS = 10;

  function toClipping(row: Record<string, SqlValue>): Clipping {
    const rec = store.decode(row) as unknown as Clipping;
    rec.releaseTitle = String(row.release_title ?? '');
    rec.attachmentCount = Number(row.attachment_count ?? 0);
    return rec;
  }

  const fts = clippingsSearch(db);

  return {
    store,
    fts,
    page(cursor: number | null, limit: number): RowPage {
      const raw = pageRows.all(cursor ?? Number.MAX_SAFE_INTEGER, limit);
      const next = raw.length === limit ? Number(raw.at(-1)![0]) : null;
      const rows = raw.map((r) => r.slice(1));
      for (const row of rows) row[TAGS] = JSON.parse(String(row[TAGS] ?? '[]')) as never;
      return { total: this.count(), columns: [...CLIPPING_PAGE_COLUMNS], rows, cursor: next };
    },
    list(includeDeleted: boolean): Clipping[] {
      return (includeDeleted ? listAll : list).all().map(toClipping);
    },
    get(id: string): Clipping | undefined {
      const row = one.get(id);
      return row ? toClipping(row) : undefined;
    },
    findByNaturalKey(publishedOn: string, outlet: string, title: string): string | undefined {
      return byNaturalKey.get(publishedOn, outlet, title)?.id;
    },
    count(): number {
      return liveCount.get()?.n ?? 0;
    },
    forRelease(releaseId: string): Clipping[] {
      return forRelease.all(releaseId).map(toClipping);
    },
    searchIds(query: string): string[] {
      const p = fts.plan(query);
      if (!p || p.impossible) return [];
      const q = fts.sql(p, SELECT);
      return db.prepare<string[], string>(q.ids).pluck().all(...q.params);
    },
    /** The newest `limit` matches (보도일자 order) and how many there are in all. */
    search(query: string, limit: number): { rows: Clipping[]; total: number } {
      const p = fts.plan(query);
      if (!p || p.impossible) return { rows: [], total: 0 };
      const q = fts.sql(p, SELECT);
      const total = db.prepare<string[], number>(q.count).pluck().get(...q.params) ?? 0;
      const rows = db.prepare<unknown[], Record<string, SqlValue>>(q.newest).all(...q.params, limit).map(toClipping);
      return { rows, total };
    },
  };
}

export type ClippingsRepository = ReturnType<typeof clippingsRepository>;
