/**
 * XLSX reading and writing with exceljs. Reading flattens exceljs's cell shapes (rich text, links,
 * formulas, errors) into plain `Cell`s; writing makes the sheet a clerk expects: bold frozen header,
 * filter buttons, readable widths, dates as real Excel dates shown yyyy-mm-dd.
 * Strings are always written as strings (never formulas), so formula injection cannot happen here.
 */
import type ExcelJS from 'exceljs';

/** exceljs takes ~200 ms to load: only a file import or export pays for it, not every start. */
async function excel(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}
import { AppError } from '../../shared/api/errors.ts';
import type { FieldKind } from '../../shared/domain/register.ts';
import { isIsoDate } from '../../shared/text/korean-date.ts';
import { cellText, type Cell } from './cell.ts';

export interface SheetRow {
  /** Row number as Excel shows it (1-based). */
  rowNumber: number;
  cells: Cell[];
}

function richText(parts: unknown): string {
  return Array.isArray(parts) ? parts.map((p) => String((p as { text?: unknown }).text ?? '')).join('') : '';
}

/** exceljs cell value → Cell. Dates come from exceljs as UTC midnight for whole days. */
export function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value !== 'object') return String(value);
  const v = value as Record<string, unknown>;
  if ('richText' in v) return richText(v.richText);
  if ('hyperlink' in v) {
    const text = typeof v.text === 'object' && v.text !== null ? richText((v.text as { richText?: unknown }).richText) : cellText(v.text);
    return { text, hyperlink: String(v.hyperlink ?? '') };
  }
  if ('formula' in v || 'sharedFormula' in v) return toCell(v.result);
  if ('error' in v) return String(v.error);
  if ('text' in v) return cellText(v.text);
  return null;
}

function hasData(ws: ExcelJS.Worksheet): boolean {
  return ws.actualRowCount > 0;
}

/**
 * Rows of the first visible worksheet that has data (a hidden or empty cover sheet is passed over).
 * Only rows with something in them are returned; `rowNumber` keeps their place.
 */
export async function readXlsx(bytes: Uint8Array): Promise<SheetRow[]> {
  const workbook = new (await excel()).Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    throw new AppError('bad_file', '엑셀 파일을 읽을 수 없습니다: 파일이 손상되었거나 엑셀(xlsx) 형식이 아닙니다.');
  }
  const sheets = workbook.worksheets;
  const sheet = sheets.find((ws) => ws.state === 'visible' && hasData(ws)) ?? sheets.find(hasData) ?? sheets[0];
  if (!sheet) throw new AppError('bad_file', '엑셀 파일에 시트가 없습니다.');
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      // A merged range holds its value once, in the top-left cell; the others read as empty.
      const merged = cell.isMerged && cell.master.address !== cell.address;
      cells[col - 1] = merged ? null : toCell(cell.value);
    });
    rows.push({ rowNumber, cells: Array.from(cells, (c) => c ?? null) });
  });
  return rows;
}

/** Excel forbids : \ / ? * [ ] in sheet names and allows 31 characters. */
export function safeSheetName(name: string): string {
  const cleaned = name.replace(/[:\\/?*[\]]/g, ' ').replace(/^'+|'+$/g, '').trim().slice(0, 31);
  return cleaned === '' ? 'Sheet1' : cleaned;
}

/** Hangul and other wide characters take about two columns of width. */
function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u11FF\u3000-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF]/.test(ch) ? 2 : 1;
  return w;
}

function isoToDate(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}

function sheetValue(value: unknown, kind: FieldKind | undefined): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  if (kind === 'date' && typeof value === 'string' && isIsoDate(value)) return isoToDate(value);
  if (typeof value === 'number' || value instanceof Date) return value;
  // Counts and 원 go in as numbers, so the clerk's SUM works on the exported sheet.
  if ((kind === 'integer' || kind === 'money') && typeof value === 'string' && /^-?\d+$/.test(value)) return Number(value);
  // Everything else (text, booleans already turned into 예/아니오, stray objects) goes in as text;
  // '' stays a truly empty cell so Excel's 'blank' filters and Ctrl+arrow work.
  const text = cellText(value);
  return text === '' ? null : text;
}

export async function writeXlsx(
  sheetName: string,
  headers: readonly string[],
  rows: readonly (readonly unknown[])[],
  columnKinds: readonly (FieldKind | undefined)[] = [],
): Promise<Uint8Array> {
  const workbook = new (await excel()).Workbook();
  workbook.creator = '구데스크';
  const sheet = workbook.addWorksheet(safeSheetName(sheetName), { views: [{ state: 'frozen', ySplit: 1 }] });
  const header = sheet.addRow(headers.map((h) => h));
  header.font = { bold: true };
  header.alignment = { vertical: 'middle' };
  for (const row of rows) sheet.addRow(headers.map((_, i) => sheetValue(row[i], columnKinds[i])));

  headers.forEach((h, i) => {
    const kind = columnKinds[i];
    const column = sheet.getColumn(i + 1);
    if (kind === 'date') {
      column.numFmt = 'yyyy-mm-dd';
      column.width = Math.max(12, displayWidth(h) + 2);
      return;
    }
    if (kind === 'money' || kind === 'integer') column.numFmt = '#,##0';
    let widest = displayWidth(h);
    for (const row of rows.slice(0, 500)) {
      const longestLine = cellText(row[i]).split('\n').reduce((m, line) => Math.max(m, displayWidth(line)), 0);
      widest = Math.max(widest, longestLine);
    }
    column.width = Math.min(kind === 'longText' ? 60 : 50, Math.max(8, widest + 2));
    if (kind === 'longText') column.alignment = { wrapText: true, vertical: 'top' };
  });
  if (headers.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: headers.length } };

  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as unknown as ArrayBuffer);
}
