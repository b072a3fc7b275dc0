/**
 * What a paste (or fill down) would change, before anything is sent: every target cell's text is
 * turned into a value the way an inline edit would be, checked with the register's own rule, and
 * grouped per record. Refused cells are named by 연번 and column, as the clerk sees them.
 */
import { parseKoreanDate } from '../../../../shared/text/korean-date.ts';
import type { Patch } from '../registerOps.ts';
import { editPatch, sameValue, type EditParsers } from './inlineEdit.ts';

export interface PasteColumn {
  colId: string;
  label: string;
  editable: boolean;
  /** ag-grid cellDataType: 'dateString' and 'boolean' read the clerk's text their own way. */
  dataType?: string | undefined;
}

export interface PasteCell<R> {
  /** Display index (연번 − 1). */
  rowIndex: number;
  row: R;
  column: PasteColumn;
  text: string;
}

export interface PasteChange {
  id: string;
  patch: Patch;
  expectedVersion: number;
}

export interface PastePlan {
  changes: PasteChange[];
  /** '연번 3 보도일자: …' per refused cell. */
  refused: string[];
  /** Labels of read-only columns the block covered (skipped). */
  readOnly: string[];
  /** Cells that would change. */
  cellCount: number;
}

const YES = new Set(['예', 'y', 'yes', 'true', 'o', '1', '✓', '✔', 'v']);
const NO = new Set(['아니오', '아니요', 'n', 'no', 'false', 'x', '0', '']);

/** The clerk's text → a field value; a string message when it cannot be one. */
function readText(column: PasteColumn, text: string, parsers: EditParsers): { value: unknown } | string {
  const t = text.trim();
  if (column.dataType === 'dateString') {
    if (t === '') return { value: '' };
    return { value: parseKoreanDate(t) ?? t }; // an unreadable date is left for the rule to name
  }
  if (column.dataType === 'boolean') {
    const k = t.toLowerCase();
    if (YES.has(k)) return { value: true };
    if (NO.has(k)) return { value: false };
    return `${column.label}에는 예 또는 아니오를 넣으세요.`;
  }
  return { value: editPatch(column.colId, t, parsers)[column.colId] };
}

/** '연번 3 보도일자: 보도일자는 …' without saying the label twice. */
export function refusalLine(rowIndex: number, label: string, message: string): string {
  return message.startsWith(label) ? `연번 ${rowIndex + 1}: ${message}` : `연번 ${rowIndex + 1} ${label}: ${message}`;
}

export function planPaste<R extends { id: string; version: number }>(
  cells: readonly PasteCell<R>[],
  parsers: EditParsers,
  check: (patch: Patch) => string | null,
): PastePlan {
  const byRow = new Map<string, PasteChange>();
  const refused: string[] = [];
  const readOnly = new Set<string>();
  let cellCount = 0;
  for (const cell of cells) {
    const { column, row } = cell;
    if (!column.editable) {
      readOnly.add(column.label);
      continue;
    }
    const read = readText(column, cell.text, parsers);
    if (typeof read === 'string') {
      refused.push(refusalLine(cell.rowIndex, column.label, read));
      continue;
    }
    if (sameValue((row as Record<string, unknown>)[column.colId], read.value)) continue;
    const patch = { [column.colId]: read.value };
    const problem = check(patch);
    if (problem) {
      refused.push(refusalLine(cell.rowIndex, column.label, problem));
      continue;
    }
    const change = byRow.get(row.id) ?? { id: row.id, patch: {}, expectedVersion: row.version };
    change.patch[column.colId] = read.value;
    byRow.set(row.id, change);
    cellCount++;
  }
  return { changes: [...byRow.values()], refused, readOnly: [...readOnly], cellCount };
}
