/**
 * The one counting engine of every statistic: sums additive measures of facts into rows (one
 * grouping) or a cross table (two groupings: rows × columns with 계 first), with a 합계 row.
 * A fact carries its own weight (`n` records), so the core may hand in SQL-grouped facts and the
 * renderer one fact per row of its list; both get the same table.
 */
import type { StatColumn, StatParams, StatRow } from './types.ts';
import type { Grouping } from './groupings.ts';

/** A number summed over facts ('건수': f.n). */
export interface Measure<F> {
  key: string;
  label: string;
  unit: string;
  value(fact: F): number;
}

/** A column worked out from the sums of the measures (기사화율 = 기사화된 보도자료 / 배포 건수). */
export interface Derived {
  key: string;
  label: string;
  unit: string;
  of(sums: readonly number[]): number;
}

export interface Tabulated {
  columns: StatColumn[];
  rows: StatRow[];
  total: number[];
}

export const TOTAL_LABEL = '합계';

function add(target: number[], values: readonly number[]): void {
  for (let i = 0; i < values.length; i++) target[i] = (target[i] ?? 0) + values[i]!;
}

/** One grouping (or none: no rows, the 합계 only), every measure a column, then the derived ones. */
export function tabulate<F>(facts: readonly F[], params: StatParams, measures: readonly Measure<F>[], derived: readonly Derived[], rowsBy?: Grouping<F>): Tabulated {
  const sums = new Map<string, number[]>();
  const total: number[] = measures.map(() => 0);
  for (const f of facts) {
    const key = rowsBy ? rowsBy.key(f) : '';
    if (key === null) continue;
    const values = measures.map((m) => m.value(f));
    add(total, values);
    if (rowsBy) {
      let s = sums.get(key);
      if (!s) sums.set(key, (s = measures.map(() => 0)));
      add(s, values);
    }
  }
  for (const k of rowsBy?.fixed?.(params) ?? []) if (!sums.has(k)) sums.set(k, measures.map(() => 0));
  const withDerived = (s: number[]) => [...s, ...derived.map((d) => d.of(s))];
  const keys = rowsBy ? rowsBy.order([...sums.keys()], (k) => sums.get(k)![0]!) : [];
  const labels = rowsBy ? rowsBy.labels(keys, params) : [];
  return {
    columns: [...measures, ...derived].map(({ key, label, unit }) => ({ key, label, unit })),
    rows: keys.map((key, i) => ({ key, label: labels[i]!, values: withDerived(sums.get(key)!) })),
    total: withDerived(total),
  };
}

/** Rows by one grouping, columns by another: 계, then each column key; one measure. */
export function crossTabulate<F>(facts: readonly F[], params: StatParams, measure: Measure<F>, rowsBy: Grouping<F>, colsBy: Grouping<F>): Tabulated {
  const cells = new Map<string, Map<string, number>>();
  const colTotals = new Map<string, number>();
  const rowTotals = new Map<string, number>();
  for (const f of facts) {
    const r = rowsBy.key(f);
    const c = colsBy.key(f);
    if (r === null || c === null) continue;
    const v = measure.value(f);
    let row = cells.get(r);
    if (!row) cells.set(r, (row = new Map()));
    row.set(c, (row.get(c) ?? 0) + v);
    colTotals.set(c, (colTotals.get(c) ?? 0) + v);
    rowTotals.set(r, (rowTotals.get(r) ?? 0) + v);
  }
  for (const k of rowsBy.fixed?.(params) ?? []) if (!rowTotals.has(k)) rowTotals.set(k, 0);
  for (const k of colsBy.fixed?.(params) ?? []) if (!colTotals.has(k)) colTotals.set(k, 0);
  const rowKeys = rowsBy.order([...rowTotals.keys()], (k) => rowTotals.get(k)!);
  const colKeys = colsBy.order([...colTotals.keys()], (k) => colTotals.get(k)!);
  const rowLabels = rowsBy.labels(rowKeys, params);
  const colLabels = colsBy.labels(colKeys, params);
  const grand = [...rowTotals.values()].reduce((s, n) => s + n, 0);
  return {
    columns: [{ key: 'total', label: '계', unit: measure.unit }, ...colKeys.map((key, i) => ({ key, label: colLabels[i]!, unit: measure.unit }))],
    rows: rowKeys.map((key, i) => ({
      key,
      label: rowLabels[i]!,
      values: [rowTotals.get(key)!, ...colKeys.map((c) => cells.get(key)?.get(c) ?? 0)],
    })),
    total: [grand, ...colKeys.map((c) => colTotals.get(c)!)],
  };
}
