/**
 * The SQL of links between registers, for any register: find a record by its display name,
 * name a record by its id, and find the live records of a child register that point at a parent.
 */
import type { Db } from '../db/open.ts';
import type { RegisterSpec } from '../../shared/domain/register.ts';
import { columnName, encodeValue } from './columns.ts';

export function linksRepository(db: Db) {
  const cache = new Map<string, ReturnType<Db['prepare']>>();
  function stmt<P extends unknown[], R>(sql: string) {
    let s = cache.get(sql);
    if (!s) cache.set(sql, (s = db.prepare(sql)));
    return s as unknown as { get(...p: P): R | undefined; all(...p: P): R[] };
  }

  return {
    /** Live records whose display field is exactly `text` (at most `limit`). */
    liveIdsByDisplay(spec: RegisterSpec, text: string, limit: number): string[] {
      if (!spec.display) return [];
      return stmt<[string, number], { id: string }>(`SELECT id FROM ${spec.table} WHERE ${columnName(spec.display)} = ? AND deleted_at IS NULL ORDER BY rowid DESC LIMIT ?`)
        .all(text, limit)
        .map((r) => r.id);
    },
    /** The record's display text and whether it is deleted; undefined when there is no such record. */
    displayOf(spec: RegisterSpec, id: string): { text: string; deleted: boolean } | undefined {
      const col = spec.display ? columnName(spec.display) : 'id';
      const row = stmt<[string], { text: string; deleted_at: string | null }>(`SELECT ${col} AS text, deleted_at FROM ${spec.table} WHERE id = ?`).get(id);
      return row ? { text: String(row.text), deleted: row.deleted_at !== null } : undefined;
    },
    /** One field's stored text of a record (a link's id, for a register named through a link). */
    fieldOf(spec: RegisterSpec, id: string, key: string): string | undefined {
      const row = stmt<[string], { v: unknown }>(`SELECT ${columnName(key)} AS v FROM ${spec.table} WHERE id = ?`).get(id);
      return typeof row?.v === 'string' && row.v !== '' ? row.v : undefined;
    },
    exists(spec: RegisterSpec, id: string): boolean {
      return stmt<[string], { id: string }>(`SELECT id FROM ${spec.table} WHERE id = ?`).get(id) !== undefined;
    },
    /** The live record with these natural-key values (a flat register's duplicate check). */
    liveIdByNaturalKey(spec: RegisterSpec, values: Readonly<Record<string, unknown>>): string | undefined {
      const keys = spec.naturalKey.map((k) => spec.fields.find((f) => f.key === k)!);
      const where = keys.map((f) => `${columnName(f.key)} IS ?`).join(' AND ');
      return stmt<unknown[], { id: string }>(`SELECT id FROM ${spec.table} WHERE ${where} AND deleted_at IS NULL LIMIT 1`).get(...keys.map((f) => encodeValue(f, values[f.key])))?.id;
    },
    /** Live records of `child` whose `field` holds `parentId`. */
    liveChildIds(child: RegisterSpec, field: string, parentId: string): string[] {
      return stmt<[string], { id: string }>(`SELECT id FROM ${child.table} WHERE ${columnName(field)} = ? AND deleted_at IS NULL`).all(parentId).map((r) => r.id);
    },
  };
}

export type LinksRepository = ReturnType<typeof linksRepository>;
