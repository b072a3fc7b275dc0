/**
 * Rows of text cells, packed for the trip from the parse worker: one string and two length
 * arrays instead of a million small strings. Structured clone copies each string separately,
 * which cost more than parsing a 100,000-row CSV; the packed form crosses as three objects and
 * the reader's slices are cheap. Rows holding anything but text or empty cells stay as they are.
 */
import type { Cell } from './cell.ts';

export interface PackedRows {
  text: string;
  /** Cells per row. */
  rowLengths: Uint32Array;
  /** Characters per cell; EMPTY marks a null cell. */
  cellLengths: Uint32Array;
}

const EMPTY = 0xffffffff;

/** null when some cell is not text (a number, a date, a link): those rows go as they are. */
export function packRows(rows: readonly Cell[][]): PackedRows | null {
  let cells = 0;
  for (const row of rows) {
    for (const c of row) if (c !== null && typeof c !== 'string') return null;
    cells += row.length;
  }
  const rowLengths = new Uint32Array(rows.length);
  const cellLengths = new Uint32Array(cells);
  const parts: string[] = new Array<string>(cells);
  let k = 0;
  rows.forEach((row, r) => {
    rowLengths[r] = row.length;
    for (const c of row) {
      cellLengths[k] = c === null ? EMPTY : (c as string).length;
      parts[k++] = c === null ? '' : (c as string);
    }
  });
  return { text: parts.join(''), rowLengths, cellLengths };
}

export function unpackRows(packed: PackedRows): Cell[][] {
  const rows: Cell[][] = new Array<Cell[]>(packed.rowLengths.length);
  let at = 0;
  let k = 0;
  for (let r = 0; r < packed.rowLengths.length; r++) {
    const n = packed.rowLengths[r] ?? 0;
    const row: Cell[] = new Array<Cell>(n);
    for (let i = 0; i < n; i++) {
      const len = packed.cellLengths[k++] ?? 0;
      if (len === EMPTY) {
        row[i] = null;
        continue;
      }
      row[i] = packed.text.slice(at, at + len);
      at += len;
    }
    rows[r] = row;
  }
  return rows;
}
