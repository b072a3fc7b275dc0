/**
 * A saved view is the grid's column state (order, width, visibility, sort) plus its filter
 * model. The core stores it opaquely; this file is the only one that knows its shape.
 */
import type { ColumnState, FilterModel, GridApi } from 'ag-grid-community';

export interface ViewState {
  columnState: ColumnState[];
  filterModel: FilterModel | null;
}

export function captureView(api: GridApi): ViewState {
  return { columnState: api.getColumnState(), filterModel: api.getFilterModel() };
}

function isViewState(v: unknown): v is ViewState {
  return typeof v === 'object' && v !== null && Array.isArray((v as ViewState).columnState);
}

/** Applies a stored view; a view saved by an older version with unknown columns is tolerated. */
export function applyView(api: GridApi, state: unknown): boolean {
  if (!isViewState(state)) return false;
  api.applyColumnState({ state: state.columnState, applyOrder: true });
  api.setFilterModel(state.filterModel ?? null);
  return true;
}

export function resetView(api: GridApi): void {
  api.resetColumnState();
  api.setFilterModel(null);
}
