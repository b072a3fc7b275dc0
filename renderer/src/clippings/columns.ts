/**
 * 언론보도 grid columns. Plain text columns use valueFormatter only (no per-cell components) so a
 * 100,000-row register stays fast; 보도일자 sorts by its ISO value and shows '2024. 9. 2.'.
 */
import type { ColDef } from 'ag-grid-community';
import { TONES, type Clipping } from '../../../shared/domain/clipping.ts';
import { isoDateColumn, numberColumn, textColumn, updatedAtColumn } from '../common/grid/gridSetup.ts';
import type { EditParsers } from '../common/grid/inlineEdit.ts';
import { parseTags } from '../common/formErrors.ts';
import { dateRangeFilter } from '../common/filters/DateRangeFilter.tsx';
import { valueListFilter } from '../common/filters/ValueListFilter.tsx';
import { ToneChip } from './ToneChip.ts';
import { UrlCell } from '../common/OpenUrl.tsx';

type Col = ColDef<Clipping>;

/** `mediaTypes` is read when an editor opens, so code-list edits apply without new columns. */
export function clippingColumns(mediaTypes: { current: readonly string[] }): Col[] {
  return [
    isoDateColumn<Clipping>('publishedOn', '보도일자', { editable: true, sort: 'desc', pinned: 'left', ...dateRangeFilter() }),
    textColumn<Clipping>('outlet', '매체명', { editable: true, width: 130, pinned: 'left' }),
    textColumn<Clipping>('mediaType', '매체구분', {
      editable: true,
      width: 110,
      cellEditor: 'agSelectCellEditor',
      cellEditorParams: () => ({ values: ['', ...mediaTypes.current] }),
      ...valueListFilter(),
    }),
    textColumn<Clipping>('title', '제목', { editable: true, flex: 1, minWidth: 260, tooltipField: 'title' }),
    textColumn<Clipping>('reporter', '기자', { editable: true, width: 90 }),
    textColumn<Clipping>('page', '지면', { editable: true, width: 80 }),
    textColumn<Clipping>('department', '관련부서', { editable: true, width: 120 }),
    textColumn<Clipping>('tone', '논조', {
      editable: true,
      width: 90,
      cellEditor: 'agSelectCellEditor',
      cellEditorParams: { values: [...TONES] },
      cellRenderer: ToneChip,
      ...valueListFilter({ order: TONES }),
    }),
    {
      colId: 'tags',
      headerName: '태그',
      // Joined text: sorting and the text filter work on what the clerk sees.
      valueGetter: (p) => (p.data ? p.data.tags.join(', ') : ''),
      cellDataType: 'text',
      editable: true,
      width: 150,
    },
    textColumn<Clipping>('releaseTitle', '보도자료', { editable: false, width: 200, tooltipField: 'releaseTitle' }),
    numberColumn<Clipping>('attachmentCount', '첨부', { width: 76 }),
    textColumn<Clipping>('url', 'URL', { editable: true, width: 200, hide: true, cellRenderer: UrlCell }),
    textColumn<Clipping>('summary', '요약', { editable: false, width: 260, hide: true, tooltipField: 'summary' }),
    updatedAtColumn<Clipping>(),
  ];
}

export const clippingEditParsers: EditParsers = {
  tags: (v) => (Array.isArray(v) ? v : parseTags(typeof v === 'string' ? v : '')),
  tone: (v) => (typeof v === 'string' && v !== '' ? v : '중립'),
};
