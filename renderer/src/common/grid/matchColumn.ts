/**
 * 찾은 곳: while a search is on, a grid column names where each row matched when that place is
 * not on screen — a hidden column, or 요약, which grid rows carry shortened ('요약: …청년 홍보…').
 * Shown only during a search, and never part of a remembered layout or the column chooser.
 */
import type { ColDef, GridApi } from 'ag-grid-community';
import type { MatchNote } from '../../../../shared/api/contract.ts';
import type { RegisterSpec } from '../../../../shared/domain/register.ts';
import { HighlightCell } from './highlight.ts';

export const MATCH_COLUMN_ID = 'matchNote';

/** The notes worth a line: matches in hidden columns or shortened (long text) fields. */
export function unseenMatches(notes: readonly MatchNote[], spec: RegisterSpec, isVisible: (field: string) => boolean): MatchNote[] {
  return notes.filter((n) => spec.fields.find((f) => f.key === n.field)?.kind === 'longText' || !isVisible(n.field));
}

export function matchNoteText(notes: readonly MatchNote[]): string {
  return notes.map((n) => `${n.label}: ${n.snippet}`).join(' · ');
}

export function matchColumn<R extends { id: string }>(
  spec: RegisterSpec,
  notes: { current: Map<string, MatchNote[]> },
  api: { current: GridApi<R> | null },
): ColDef<R> {
  return {
    colId: MATCH_COLUMN_ID,
    headerName: '찾은 곳',
    hide: true,
    width: 320,
    sortable: false,
    filter: false,
    editable: false,
    suppressMovable: true,
    lockVisible: true,
    tooltipValueGetter: (p) => (typeof p.value === 'string' && p.value !== '' ? p.value : undefined),
    valueGetter: (p) => {
      const list = p.data ? notes.current.get(p.data.id) : undefined;
      if (!list) return '';
      const grid = api.current;
      return matchNoteText(unseenMatches(list, spec, (field) => grid?.getColumn(field)?.isVisible() ?? false));
    },
    cellRenderer: HighlightCell,
  };
}
