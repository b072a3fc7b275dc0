/**
 * The text a copy puts on the clipboard: cells as the clerk sees them (Korean labels, dates as
 * shown, tags joined, 예/아니오 for a checkbox), tab-separated so Excel and 한/글 tables take it.
 */
import type { Column, GridApi, IRowNode } from 'ag-grid-community';
import { toTsv } from './tsv.ts';

/** Columns of data the clerk sees, left to right (not ag-grid's own checkbox column). */
export function dataColumns(api: GridApi): Column[] {
  return api.getAllDisplayedColumns().filter((c) => !c.getColId().startsWith('ag-Grid-'));
}

export const headerOf = (col: Column): string => col.getColDef().headerName ?? col.getColId();

export function shownText(api: GridApi, node: IRowNode, col: Column): string {
  const raw: unknown = api.getCellValue({ rowNode: node, colKey: col });
  if (raw === null || raw === undefined) return '';
  if (typeof raw === 'boolean') return raw ? '예' : '아니오';
  if (col.getColDef().valueFormatter) return api.getCellValue({ rowNode: node, colKey: col, useFormatter: true }) ?? '';
  if (Array.isArray(raw)) return raw.join(', ');
  return String(raw);
}

/** A block of cells: the header line first, then one line per row. */
export function blockText(api: GridApi, nodes: readonly IRowNode[], cols: readonly Column[]): string {
  const lines: string[][] = [cols.map(headerOf)];
  for (const node of nodes) lines.push(cols.map((c) => shownText(api, node, c)));
  return toTsv(lines);
}

/** Whole rows (checkbox selection) in display order, every shown data column but 연번. */
export function rowsText(api: GridApi, nodes: readonly IRowNode[], skipColIds: readonly string[]): string {
  const cols = dataColumns(api).filter((c) => !skipColIds.includes(c.getColId()));
  const ordered = [...nodes].sort((a, b) => (a.rowIndex ?? 0) - (b.rowIndex ?? 0));
  return blockText(api, ordered, cols);
}

/**
 * Hands the text to the system clipboard. navigator.clipboard works on 127.0.0.1 and in Electron;
 * the hidden-textarea fallback covers a browser that refuses it.
 */
export async function writeClipboard(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const back = document.activeElement as HTMLElement | null;
    const area = document.createElement('textarea');
    area.value = text;
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    back?.focus(); // the clerk goes on with the keyboard in the grid
    if (!ok) throw new Error('클립보드에 복사하지 못했습니다. 다시 시도하세요.');
  }
}
