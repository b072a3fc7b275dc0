/**
 * 입력 도우미: the values the office already typed into a field (관련부서, 기자, 태그 …), the most
 * used first. Only fields the register definition flags with `suggest` are offered, so a
 * suggestion never leaks a field nobody meant to share (요약, URL).
 */
import type { Db } from '../db/open.ts';
import type { RegisterSpec } from '../../shared/domain/register.ts';
import { AppError } from '../../shared/api/errors.ts';
import { columnName } from './columns.ts';
import { isRegisterName, registerDefinition } from '../../shared/domain/registers.ts';

export function suggestionsOf(db: Db, spec: RegisterSpec) {
  const queries = new Map<string, ReturnType<typeof prepare>>();

  function prepare(key: string, kind: 'text' | 'tags') {
    const col = columnName(key);
    // Tags are a JSON array per record: each tag counts once per record that carries it.
    // A field suggesting another register's values too (강사 ← instructors.name) reads both as one list.
    const also = spec.fields.find((f) => f.key === key)?.suggestFrom;
    const alsoTable = also && isRegisterName(also.register) ? registerDefinition(also.register).table : undefined;
    const own = kind === 'tags' ? `${spec.table} r, json_each(r.${col}) j` : `${spec.table} r`;
    const from = alsoTable && kind === 'text'
      ? `(SELECT ${col}, deleted_at FROM ${spec.table} UNION ALL SELECT ${columnName(also!.field)} AS ${col}, deleted_at FROM ${alsoTable}) r`
      : own;
    const value = kind === 'tags' ? 'j.value' : `r.${col}`;
    // Starts-with matches first, then by how often the office used the value. lower() only folds
    // Latin letters, which is what Korean text needs (Hangul has no case).
    return db.prepare<{ q: string; limit: number }, { value: string }>(
      `SELECT ${value} AS value FROM ${from}
       WHERE r.deleted_at IS NULL AND ${value} <> '' AND instr(lower(${value}), @q) > 0
       GROUP BY ${value}
       ORDER BY instr(lower(${value}), @q) = 1 DESC, count(*) DESC, ${value}
       LIMIT @limit`,
    );
  }

  return {
    /** Up to `limit` distinct values of `field` containing `query` (all values for ''). */
    suggest(field: string, query: string, limit: number): string[] {
      const f = spec.fields.find((x) => x.key === field);
      if (!f || !f.suggest || (f.kind !== 'text' && f.kind !== 'tags')) {
        throw new AppError('invalid_input', `${spec.label}의 '${f?.label ?? field}' 항목에는 입력 도우미가 없습니다.`);
      }
      let stmt = queries.get(field);
      if (!stmt) queries.set(field, (stmt = prepare(field, f.kind)));
      return stmt.all({ q: query.normalize('NFC').trim().toLowerCase(), limit }).map((r) => r.value);
    },
  };
}
