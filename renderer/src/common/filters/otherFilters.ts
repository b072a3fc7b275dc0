/**
 * Rows that pass every column filter but one: what a value list and the chart count over
 * (Excel's filter shows the values the other filters leave). GuDesk's own filter handlers know
 * it from the grid (handlers.ts); for any other column the grid's own filters are asked in turn.
 */
import type { FilterHandler, GridApi, IRowNode } from 'ag-grid-community';
import { isListFilterHandler } from './handlers.ts';

type Check = (node: IRowNode) => boolean;

function othersCheck(api: GridApi, colId: string): Check {
  const own = api.getColumnFilterHandler(colId);
  if (isListFilterHandler(own)) return (n) => own.passesOthers(n);
  const model = api.getFilterModel();
  const checks = Object.entries(model)
    .filter(([k, m]) => k !== colId && m != null)
    .map(([k, m]): Check => {
      const handler = api.getColumnFilterHandler<FilterHandler>(k);
      if (!handler) return () => true;
      // The grid's handlers read node, data and model only.
      return (node) => handler.doesFilterPass({ node, data: node.data, model: m, handlerParams: undefined as never });
    });
  return (n) => checks.every((c) => c(n));
}

/** Every row (search applied: the grid holds only the matches) that the other filters keep. */
export function forEachRowPassingOthers(api: GridApi, colId: string, visit: (node: IRowNode) => void): void {
  const passes = othersCheck(api, colId);
  api.forEachNode((node) => {
    if (node.data && passes(node)) visit(node);
  });
}

/**
 * One pass for several columns at once (the chart's three breakdowns): `visit` gets, for each
 * row, whether it passes every filter but `colIds[i]`'s. Each filter runs once a row, and a row
 * failing two filters is dropped at once: 100,000 rows cost one pass, not three.
 */
export function forEachRowPassingAllBut(api: GridApi, colIds: readonly string[], visit: (node: IRowNode, counts: readonly boolean[]) => void): void {
  const model = api.getFilterModel();
  const active = Object.entries(model).filter(([, m]) => m != null);
  const checks = active.map(([k, m]): Check => {
    const handler = api.getColumnFilterHandler<FilterHandler>(k);
    if (!handler) return () => true;
    return (node) => handler.doesFilterPass({ node, data: node.data, model: m, handlerParams: undefined as never });
  });
  const at = colIds.map((c) => active.findIndex(([k]) => k === c));
  const all = colIds.map(() => true);
  const counts = colIds.map(() => false);
  api.forEachNode((node) => {
    if (!node.data) return;
    let failed = -1;
    for (let i = 0; i < checks.length; i++) {
      if (checks[i]!(node)) continue;
      if (failed >= 0) return; // fails two filters: counts for no breakdown
      failed = i;
    }
    if (failed < 0) return visit(node, all);
    for (let j = 0; j < at.length; j++) counts[j] = at[j] === failed;
    if (counts.some(Boolean)) visit(node, counts);
  });
}
