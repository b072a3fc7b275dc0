/**
 * A rectangular block of grid cells, Excel style: the anchor (where the clerk started) and the
 * end (where Shift+click, Shift+arrow or a drag reached). Rows are display indexes (they follow
 * the current sort and filter); columns are ids, placed by the grid's current column order.
 */
export interface CellRef {
  rowIndex: number;
  colId: string;
}

export interface CellRange {
  anchor: CellRef;
  end: CellRef;
}

/** The block in display coordinates, for the highlight and for copy/paste. */
export interface RangeBox {
  top: number;
  bottom: number;
  /** Column ids left to right (only the columns the block covers). */
  colIds: string[];
}

export function rangeBox(range: CellRange, columnOrder: readonly string[]): RangeBox | null {
  const a = columnOrder.indexOf(range.anchor.colId);
  const b = columnOrder.indexOf(range.end.colId);
  if (a === -1 || b === -1) return null;
  return {
    top: Math.min(range.anchor.rowIndex, range.end.rowIndex),
    bottom: Math.max(range.anchor.rowIndex, range.end.rowIndex),
    colIds: columnOrder.slice(Math.min(a, b), Math.max(a, b) + 1),
  };
}

export const isSingleCell = (range: CellRange): boolean =>
  range.anchor.rowIndex === range.end.rowIndex && range.anchor.colId === range.end.colId;

export const cellCount = (box: RangeBox): number => (box.bottom - box.top + 1) * box.colIds.length;

/** The end moved by one step (Shift+arrow), kept inside the grid. */
export function moveEnd(range: CellRange, columnOrder: readonly string[], rowCount: number, dRow: number, dCol: number): CellRange {
  const col = columnOrder.indexOf(range.end.colId);
  const nextCol = Math.min(Math.max(col + dCol, 0), columnOrder.length - 1);
  const nextRow = Math.min(Math.max(range.end.rowIndex + dRow, 0), Math.max(rowCount - 1, 0));
  return { anchor: range.anchor, end: { rowIndex: nextRow, colId: columnOrder[nextCol] ?? range.end.colId } };
}
