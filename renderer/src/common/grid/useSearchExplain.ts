/**
 * Search explains itself in the grid: the searched words are marked in the text cells, and the
 * 찾은 곳 column names matches the clerk cannot see (a hidden column, the shortened 요약). Notes
 * are asked of the core only for the rows on screen, as the clerk scrolls.
 */
import { useEffect, useMemo, useRef } from 'react';
import type { ColDef, GridApi } from 'ag-grid-community';
import type { MatchNote } from '../../../../shared/api/contract.ts';
import type { RecordMeta, RegisterSpec } from '../../../../shared/domain/register.ts';
import type { RegisterOps } from '../registerOps.ts';
import { HighlightCell, queryTerms, type HighlightContext } from './highlight.ts';
import { MATCH_COLUMN_ID, matchColumn, unseenMatches } from './matchColumn.ts';

const MAX_ASK = 500;

export function useSearchExplain<R extends RecordMeta>(api: GridApi<R> | null, ops: RegisterOps<R>, spec: RegisterSpec, columnDefs: ColDef<R>[], query: string) {
  const notes = useRef(new Map<string, MatchNote[]>());
  const apiRef = useRef<GridApi<R> | null>(api);
  apiRef.current = api;
  // One object for the grid's whole life: the renderers read the current terms from it.
  const context = useMemo<HighlightContext>(() => ({ highlightTerms: [] }), []);

  const columns = useMemo<ColDef<R>[]>(
    () => [
      ...columnDefs.map((c) => (c.cellDataType === 'text' && !c.cellRenderer ? { ...c, cellRenderer: HighlightCell } : c)),
      matchColumn<R>(spec, notes, apiRef),
    ],
    [columnDefs, spec],
  );

  useEffect(() => {
    if (!api || api.isDestroyed()) return;
    const terms = queryTerms(query);
    context.highlightTerms = terms;
    notes.current = new Map();
    // 찾은 곳 appears only once some row matched where the clerk cannot see it.
    api.setColumnsVisible([MATCH_COLUMN_ID], false);
    api.refreshCells({ force: true });
    if (terms.length === 0) return;
    let live = true;
    const asked = new Set<string>();
    const isVisible = (field: string) => api.getColumn(field)?.isVisible() ?? false;
    const refreshNotes = () => {
      const needed = [...notes.current.values()].some((list) => unseenMatches(list, spec, isVisible).length > 0);
      const column = api.getColumn(MATCH_COLUMN_ID);
      if (column && column.isVisible() !== needed) {
        api.setColumnsVisible([MATCH_COLUMN_ID], needed);
        if (needed) {
          // Next to the main text column (제목, the one that stretches), not off screen at the far right.
          const columns = api.getAllGridColumns();
          const main = columns.findIndex((c) => c.getColDef().flex);
          const at = columns.findIndex((c) => c.getColId() === MATCH_COLUMN_ID);
          if (main >= 0 && at !== main + 1) api.moveColumns([MATCH_COLUMN_ID], at > main ? main + 1 : main);
        }
      }
      api.refreshCells({ columns: [MATCH_COLUMN_ID], force: true });
    };
    const askVisible = () => {
      if (!live || api.isDestroyed()) return;
      const ids: string[] = [];
      const last = api.getLastDisplayedRowIndex();
      for (let i = Math.max(0, api.getFirstDisplayedRowIndex()); i <= last && ids.length < MAX_ASK; i++) {
        const id = api.getDisplayedRowAtIndex(i)?.data?.id;
        if (id && !asked.has(id)) ids.push(id);
      }
      if (ids.length === 0) return;
      for (const id of ids) asked.add(id);
      ops.matchNotes(query, ids).then(
        (found) => {
          if (!live || api.isDestroyed()) return;
          for (const [id, list] of Object.entries(found)) notes.current.set(id, list);
          refreshNotes();
        },
        () => {}, // the marks in the cells still explain the match; a missing note is no error
      );
    };
    askVisible();
    api.addEventListener('bodyScrollEnd', askVisible);
    api.addEventListener('modelUpdated', askVisible);
    api.addEventListener('columnVisible', refreshNotes);
    return () => {
      live = false;
      if (api.isDestroyed()) return;
      api.removeEventListener('bodyScrollEnd', askVisible);
      api.removeEventListener('modelUpdated', askVisible);
      api.removeEventListener('columnVisible', refreshNotes);
    };
  }, [api, ops, spec, query, context]);

  return { columns, context };
}
