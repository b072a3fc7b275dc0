/**
 * 연번: the row's place in the list as it is shown now (after sort and filter), as on a printed
 * register. It is not data: not sortable, not filterable, not editable, and refreshed whenever the
 * grid re-sorts or filters (the row objects stay the same, only their display index moves).
 */
import type { ColDef, GridApi } from 'ag-grid-community';

export const ROW_NUMBER_COL_ID = 'rowNumber';

export function rowNumberColumn<T>(): ColDef<T> {
  return {
    colId: ROW_NUMBER_COL_ID,
    headerName: '연번',
    valueGetter: (p) => (p.node?.rowIndex ?? -1) + 1 || '',
    width: 64,
    minWidth: 56,
    pinned: 'left',
    lockPinned: true,
    lockPosition: 'left',
    suppressMovable: true,
    sortable: false,
    filter: false,
    floatingFilter: false,
    editable: false,
    resizable: false,
    type: 'rightAligned',
    cellClass: 'row-number-cell',
  };
}

/** After a sort or filter the numbers follow the new order. */
export function refreshRowNumbers(api: GridApi): void {
  api.refreshCells({ columns: [ROW_NUMBER_COL_ID] });
}
