/** Which records an export (or a print) covers, and the Korean file name that says so. */
import type { ExportScope } from '../../shared/api/contract.ts';

export const SCOPE_LABELS: Record<ExportScope, string> = { list: '현재 목록', selected: '선택한 행', all: '전체 대장' };

/**
 * The records named by `ids`, in the order of `ids` (the grid's sort), unknown or deleted ids
 * skipped; every record when `ids` is absent. A map keeps 100,000 ids linear.
 */
export function pickRecords<T extends { id: string }>(records: ReadonlyArray<T>, ids: readonly string[] | undefined): T[] {
  if (!ids) return [...records];
  const byId = new Map(records.map((r) => [r.id, r]));
  const out: T[] = [];
  for (const id of ids) {
    const r = byId.get(id);
    if (r) out.push(r);
  }
  return out;
}

/**
 * '언론보도_현재 목록_2024년 9월 2일' (local date: the clerk's day). Without a scope, the name of
 * older versions ('언론보도_20240902') stays, so scripts using the CLI keep working.
 */
export function exportFileStem(label: string, scope: ExportScope | undefined, today: Date): string {
  const y = today.getFullYear();
  const m = today.getMonth() + 1;
  const d = today.getDate();
  if (!scope) return `${label}_${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}`;
  return `${label}_${SCOPE_LABELS[scope]}_${y}년 ${m}월 ${d}일`;
}
