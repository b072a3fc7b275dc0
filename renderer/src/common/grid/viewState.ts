/**
 * A saved view is the grid's column state (order, width, visibility, sort) plus its filter
 * model. The core stores it opaquely; this file is the only one that knows its shape.
 */
import type { ColumnState, FilterModel, GridApi } from 'ag-grid-community';
import { MATCH_COLUMN_ID } from './matchColumn.ts';

export interface ViewState {
  columnState: ColumnState[];
  filterModel: FilterModel | null;
}

export function captureView(api: GridApi): ViewState {
  // Not the search-only 찾은 곳 column (grid/matchColumn.ts): a view is saved without a search.
  return { columnState: api.getColumnState().filter((c) => c.colId !== MATCH_COLUMN_ID), filterModel: api.getFilterModel() };
}

function isViewState(v: unknown): v is ViewState {
  return typeof v === 'object' && v !== null && Array.isArray((v as ViewState).columnState);
}

/** Applies a stored view; a view saved by an older version with unknown columns is tolerated. */
export function applyView(api: GridApi, state: unknown): boolean {
  if (!isViewState(state)) return false;
  api.applyColumnState({ state: state.columnState.filter((c) => c.colId !== MATCH_COLUMN_ID), applyOrder: true });
  api.setFilterModel(state.filterModel ?? null);
  return true;
}

export function resetView(api: GridApi): void {
  api.resetColumnState();
  api.setFilterModel(null);
}
