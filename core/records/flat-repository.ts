/**
 * The reads of a flat register, for any definition: the list (newest first), one record, grid
 * pages and a substring search over its text fields. Records come back decoded, with each link's
 * shown name (`<key>Name` or the field's `shownAs`) and the derived values added.
 */
import type { Db } from '../db/open.ts';
import type { RowPage } from '../../shared/api/contract.ts';
import type { FieldKind } from '../../shared/domain/register.ts';
import { searchTerms } from '../db/search-terms.ts';
import { columnName, type SqlValue } from './columns.ts';
import type { RecordStore, StoredRecord } from './record-store.ts';
import type { RefLinks } from './ref-links.ts';
import type { PageDeriver } from './derived-values.ts';

const SEARCHED: readonly FieldKind[] = ['text', 'longText', 'code', 'enum', 'url', 'tags'];

export function flatRepository(db: Db, store: RecordStore, links: RefLinks, derive: PageDeriver<StoredRecord> = (r) => r) {
  const spec = store.spec;
  const order = spec.rowOrder ? 'rowid DESC' : 'created_at DESC, rowid DESC';
  const live = db.prepare<[], Record<string, SqlValue>>(`SELECT * FROM ${spec.table} WHERE deleted_at IS NULL ORDER BY ${order}`);
  const all = db.prepare<[], Record<string, SqlValue>>(`SELECT * FROM ${spec.table} ORDER BY ${order}`);
  const count = db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM ${spec.table} WHERE deleted_at IS NULL`);
  const refs = spec.fields.filter((f) => f.kind === 'ref');
  // Sensitive fields are sealed at rest and never searched (a search would tell who has them).
  const searchable = spec.fields.filter((f) => SEARCHED.includes(f.kind) && f.personal !== 'sensitive');
  const searched = searchable.map((f) => `lower(${columnName(f.key)})`);
  const columns = ['id', ...spec.fields.map((f) => f.key), ...refs.map((f) => f.shownAs ?? `${f.key}Name`), ...(spec.derived ?? []).map((d) => d.key), 'version', 'updatedAt', 'updatedBy'];

  /** Decoded rows with their derived values (computed for all of them at once) and links' names. */
  function full(rows: Array<Record<string, SqlValue>>): StoredRecord[] {
    return derive(rows.map((row) => store.decode(row))).map((rec) => {
      for (const f of refs) (rec as Record<string, unknown>)[f.shownAs ?? `${f.key}Name`] = links.name(f, rec[f.key]);
      return rec;
    });
  }

  function list(includeDeleted: boolean): StoredRecord[] {
    return full((includeDeleted ? all : live).all());
  }

  return {
    list,
    get(id: string): StoredRecord | undefined {
      const row = store.row(id);
      return row ? full([row as unknown as Record<string, SqlValue>])[0] : undefined;
    },
    /** Flat registers are small (hundreds to a few thousand rows): one page holds them all. */
    page(): RowPage {
      const rows = list(false).map((r) => columns.map((c) => (r as Record<string, unknown>)[c]));
      return { total: rows.length, columns, rows, cursor: null };
    },
    count: (): number => count.get()?.n ?? 0,
    search(query: string, limit: number): { rows: StoredRecord[]; total: number } {
      const terms = searchTerms(query);
      if (terms.length === 0 || searched.length === 0) return { rows: [], total: 0 };
      const haystack = searched.join(" || ' ' || ");
      const where = terms.map(() => `(${haystack}) LIKE ? ESCAPE '\\'`).join(' AND ');
      const params = terms.map((t) => `%${t.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      const found = db.prepare<string[], Record<string, SqlValue>>(`SELECT * FROM ${spec.table} WHERE deleted_at IS NULL AND ${where} ORDER BY ${order}`).all(...params);
      return { rows: full(found.slice(0, limit)), total: found.length };
    },
    /** The text fields search looks in (match notes). */
    searchedFields: searchable.map((f) => f.key),
  };
}

export type FlatRepository = ReturnType<typeof flatRepository>;
