/**
 * Derived values (waiting-list position, attendance rate, 경과연수): declared read-only in the
 * register's definition, computed here each time records are read. They are never stored, synced
 * or imported, so they cannot go stale or conflict between PCs.
 */
import type { RegisterSpec } from '../../shared/domain/register.ts';

/** Computes one derived value of a record (the record as stored, without derived values). */
export type DerivedComputation<R = Readonly<Record<string, unknown>>> = (record: R) => unknown;

/**
 * Computes one derived value for a whole page of records at once (one query for the page, never
 * one per row): the value by record id; a record missing from the map gets null.
 */
export type DerivedPageComputation<R = Readonly<Record<string, unknown>>> = (records: readonly R[]) => ReadonlyMap<string, unknown>;

/** Adds a page's derived values to its records (a list, a grid page, one record). */
export type PageDeriver<R = Record<string, unknown>> = (records: R[]) => R[];

function assertMatches(spec: RegisterSpec, computed: readonly string[]): string[] {
  const declared = (spec.derived ?? []).map((d) => d.key);
  const missing = declared.filter((k) => !computed.includes(k));
  const extra = computed.filter((k) => !declared.includes(k));
  if (missing.length > 0 || extra.length > 0) {
    throw new Error(`${spec.label}: 계산 항목 정의와 계산 함수가 맞지 않습니다 (함수 없음: ${missing.join(', ') || '-'}; 정의 없음: ${extra.join(', ') || '-'})`);
  }
  return declared;
}

/**
 * A reader that adds every derived value the definition declares. Refuses at start-up (not at the
 * first read) when a declared value has no computation, or a computation names no declared value.
 */
export function derivedValues<R extends Record<string, unknown>>(spec: RegisterSpec, computations: Readonly<Record<string, DerivedComputation<R>>>) {
  const declared = assertMatches(spec, Object.keys(computations));
  return (record: R): R => {
    const out: Record<string, unknown> = { ...record };
    for (const key of declared) out[key] = computations[key]!(record);
    return out as R;
  };
}

/** derivedValues for pages: each value computed once per page (core/training/derived.ts). */
export function derivedPages<R extends { id: string }>(spec: RegisterSpec, computations: Readonly<Record<string, DerivedPageComputation<R>>>): PageDeriver<R> {
  const declared = assertMatches(spec, Object.keys(computations));
  return (records: R[]): R[] => {
    if (records.length === 0) return records;
    const values = declared.map((key) => [key, computations[key]!(records)] as const);
    return records.map((r) => {
      const out: Record<string, unknown> = { ...r };
      for (const [key, byId] of values) out[key] = byId.get(r.id) ?? null;
      return out as R;
    });
  };
}
