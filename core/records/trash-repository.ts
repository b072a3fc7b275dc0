/**
 * SQL of the 휴지통: a register's tombstoned rows, newest deletion first. The record's own
 * deleted_at/deleted_by are the deletion's who and when (a pulled deletion sets them from the
 * server's writer), so no history scan is needed. A clerk who deleted all 100,000 rows gets the
 * newest `limit` of them and the total: one scan and a top-N sort, never 100,000 rows on the wire.
 */
import type { Statement } from 'better-sqlite3';
import type { Db } from '../db/open.ts';
import type { FieldKind, RegisterSpec } from '../../shared/domain/register.ts';
import type { TrashPage } from '../../shared/domain/trash.ts';
import { columnName, decodeValue, historyText, type SqlValue } from './columns.ts';
import { atRest } from '../personal/at-rest.ts';

/** Fields a search looks in: what a clerk reads and types, not links, flags or counts. */
const SEARCHED: readonly FieldKind[] = ['text', 'longText', 'date', 'enum', 'code', 'tags', 'url'];
const MAX_TERMS = 5;

/** '%…%' for LIKE, with the wildcards of the term itself taken literally. */
const likeOf = (term: string) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export function trashRepository(db: Db, spec: RegisterSpec) {
  const shown = spec.fields.filter((f) => f.kind !== 'ref');
  // A sensitive value is sealed in its column: never searched, opened for the row (then masked by masked-reads).
  const searched = spec.fields.filter((f) => SEARCHED.includes(f.kind) && f.personal !== 'sensitive').map((f) => columnName(f.key));
  const sealed = atRest(db);
  const select = `SELECT id, deleted_at, deleted_by, ${shown.map((f) => columnName(f.key)).join(', ')} FROM ${spec.table}`;
  // One pair of statements per number of search terms (0 … MAX_TERMS), prepared when first used.
  type Statements = { rows: Statement<SqlValue[], Record<string, SqlValue>>; count: Statement<string[], number> };
  const prepared = new Map<number, Statements>();

  function statements(terms: number): Statements {
    let s = prepared.get(terms);
    if (!s) {
      const match = `(${searched.map((c) => `${c} LIKE ? ESCAPE '\\'`).join(' OR ')})`;
      const where = ['deleted_at IS NOT NULL', ...Array.from({ length: terms }, () => match)].join(' AND ');
      s = {
        rows: db.prepare<SqlValue[], Record<string, SqlValue>>(`${select} WHERE ${where} ORDER BY deleted_at DESC, id DESC LIMIT ?`),
        count: db.prepare<string[], number>(`SELECT count(*) FROM ${spec.table} WHERE ${where}`).pluck(),
      };
      prepared.set(terms, s);
    }
    return s;
  }

  return {
    /** Deleted records whose text holds every word of `query` (all of them for ''). */
    list(query: string, limit: number): TrashPage {
      const terms = query.split(/\s+/).filter((t) => t !== '').slice(0, MAX_TERMS);
      const params = terms.flatMap((t) => searched.map(() => likeOf(t)));
      const s = statements(terms.length);
      const total = Number(s.count.get(...params) ?? 0);
      const raw = limit > 0 ? s.rows.all(...params, limit) : [];
      const rows = raw.map((row) => {
        const fields: Record<string, string> = {};
        for (const f of shown) {
          const raw = row[columnName(f.key)]!;
          fields[f.key] = historyText(f, f.personal === 'sensitive' ? sealed.openColumn(spec.name, String(row.id), f, raw) : decodeValue(f, raw)) ?? '';
        }
        return { id: String(row.id), deletedAt: String(row.deleted_at), deletedBy: String(row.deleted_by ?? ''), fields };
      });
      return { rows, total };
    },
  };
}

export type TrashRepository = ReturnType<typeof trashRepository>;
