/**
 * Remembers a grid's columns (order, widths, visibility, pinning, sort) for the clerk and puts
 * them back when the grid opens again: after a reload, a restart, or browser mode on a new port.
 * Filters are not kept (a clerk expects a fresh list); saved views (보기) keep those by name.
 */
import { useEffect, useMemo } from 'react';
import type { ColumnState, GridApi } from 'ag-grid-community';
import { MATCH_COLUMN_ID } from '../grid/matchColumn.ts';
import { loadLayout, saveLayout } from './useRememberedLayout.ts';

export interface GridLayout {
  columnState: ColumnState[];
}

function isGridLayout(v: unknown): v is GridLayout {
  return typeof v === 'object' && v !== null && Array.isArray((v as GridLayout).columnState);
}

/** The column state worth keeping: without the search-only 찾은 곳 column. */
export function keptColumnState(api: GridApi): ColumnState[] {
  return api.getColumnState().filter((c) => c.colId !== MATCH_COLUMN_ID);
}

const EVENTS = ['columnMoved', 'columnResized', 'columnVisible', 'columnPinned', 'sortChanged'] as const;

export function useRememberedGrid(api: GridApi | null, key: string): void {
  // Asked at once, while the grid is still being built: the columns are usually back before the rows.
  useMemo(() => void loadLayout(key), [key]);
  useEffect(() => {
    if (!api) return;
    let live = true;
    const save = (e: object) => {
      if ('finished' in e && e.finished === false) return; // a resize or drag in progress: wait for the drop
      if (!api.isDestroyed()) saveLayout(key, { columnState: keptColumnState(api) } satisfies GridLayout);
    };
    void loadLayout(key).then((stored) => {
      if (!live || api.isDestroyed()) return;
      if (isGridLayout(stored)) api.applyColumnState({ state: stored.columnState.filter((c) => c.colId !== MATCH_COLUMN_ID), applyOrder: true });
      // Listen only after restoring: the restore itself is not a change of the clerk's.
      for (const name of EVENTS) api.addEventListener(name, save);
    });
    return () => {
      live = false;
      if (api.isDestroyed()) return;
      for (const name of EVENTS) api.removeEventListener(name, save);
    };
  }, [api, key]);
}
