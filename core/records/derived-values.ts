/**
 * Derived values (waiting-list position, attendance rate, 경과연수): declared read-only in the
 * register's definition, computed here each time a record is read. They are never stored, synced
 * or imported, so they cannot go stale or conflict between PCs.
 */
import type { RegisterSpec } from '../../shared/domain/register.ts';

/** Computes one derived value of a record (the record as stored, without derived values). */
export type DerivedComputation<R = Readonly<Record<string, unknown>>> = (record: R) => unknown;

/**
 * A reader that adds every derived value the definition declares. Refuses at start-up (not at the
 * first read) when a declared value has no computation, or a computation names no declared value.
 */
export function derivedValues<R extends Record<string, unknown>>(spec: RegisterSpec, computations: Readonly<Record<string, DerivedComputation<R>>>) {
  const declared = (spec.derived ?? []).map((d) => d.key);
  const missing = declared.filter((k) => !computations[k]);
  const extra = Object.keys(computations).filter((k) => !declared.includes(k));
  if (missing.length > 0 || extra.length > 0) {
    throw new Error(`${spec.label}: 계산 항목 정의와 계산 함수가 맞지 않습니다 (함수 없음: ${missing.join(', ') || '-'}; 정의 없음: ${extra.join(', ') || '-'})`);
  }
  return (record: R): R => {
    const out: Record<string, unknown> = { ...record };
    for (const key of declared) out[key] = computations[key]!(record);
    return out as R;
  };
}
