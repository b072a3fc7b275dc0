/**
 * A table file in, a table file out, whatever the register. Reading decides CSV or XLSX by content
 * first (an .xlsx is a zip starting 'PK'; clerks rename files) and by extension second, and hands
 * back the header row and the data rows with the row numbers Excel shows, so that a rejection can
 * say "12행" and the clerk finds it.
 */
import { AppError } from '../../shared/api/errors.ts';
import type { FieldKind } from '../../shared/domain/register.ts';
import { cellText, isEmptyRow, type Cell } from './cell.ts';
import { detectDelimiter, parseCsv, toCsv } from './csv.ts';
import { decodeText, looksLikeText } from './decode.ts';
import { readXlsx, writeXlsx, type SheetRow } from './xlsx.ts';
import { checkZipDirectory, verifyZipSizes } from './zip-guard.ts';

export interface TableFile {
  format: 'csv' | 'xlsx';
  /** 'utf-8', 'utf-8-bom', 'cp949', 'utf-16le', 'utf-16be' for text files; 'xlsx' for workbooks. */
  encoding: string;
  /** Header cells, trimmed, in file order. */
  headers: string[];
  /** Data rows without the fully empty ones. */
  rows: Cell[][];
  /** Excel row number of each entry of `rows` (header is row 1 when it is the first line). */
  rowNumbers: number[];
  /** Excel row number just below the header. */
  firstDataRow: number;
}

export const UNSUPPORTED_FILE = '파일을 읽을 수 없습니다: 엑셀(xlsx) 또는 CSV 파일만 가져올 수 있습니다.';

const XLSX_EXT = new Set(['xlsx', 'xlsm']);
const TEXT_EXT = new Set(['csv', 'tsv', 'txt']);

function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** A zip under a name that is neither a workbook nor a table (a .docx, a .pdf) is refused unread. */
export function zipNameAllowed(fileName: string): boolean {
  const ext = extensionOf(fileName);
  return ext === '' || XLSX_EXT.has(ext) || TEXT_EXT.has(ext) || ext === 'xls';
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** OLE compound file: the old .xls format, and also any password-protected Office file. */
function isCompoundFile(bytes: Uint8Array): boolean {
  return [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].every((b, i) => bytes[i] === b);
}

/** Header = first non-empty row; everything below it is data. */
function splitHeader(format: 'csv' | 'xlsx', encoding: string, all: SheetRow[]): TableFile {
  const filled = all.filter((r) => !isEmptyRow(r.cells));
  const head = filled[0];
  if (!head) throw new AppError('bad_file', '파일에 내용이 없습니다. 첫 행에 열 이름(머리글)이 있어야 합니다.');
  const headers = head.cells.map((c) => cellText(c).trim());
  const data = filled.slice(1);
  return {
    format,
    encoding,
    headers,
    rows: data.map((r) => r.cells),
    rowNumbers: data.map((r) => r.rowNumber),
    firstDataRow: head.rowNumber + 1,
  };
}

function readText(ext: string, bytes: Uint8Array): TableFile {
  const { text, encoding } = decodeText(bytes);
  if (!looksLikeText(text)) throw new AppError('bad_file', UNSUPPORTED_FILE);
  if (/^\s*</.test(text)) {
    // Some 행정 systems save an HTML table and call it .xls.
    throw new AppError('bad_file', '웹 페이지(HTML) 형식의 파일이라 읽을 수 없습니다. 엑셀에서 열어 "Excel 통합 문서(*.xlsx)"로 저장한 뒤 가져오세요.');
  }
  const delimiter = detectDelimiter(text);
  const headerLine = text.split(/\r\n|\n|\r/).find((l) => l.trim() !== '') ?? '';
  // A .txt is accepted only as Excel's tab-separated text export; prose is not a table.
  if (ext !== 'csv' && ext !== 'tsv' && !headerLine.includes('\t') && !(ext !== 'txt' && headerLine.includes(','))) {
    throw new AppError('bad_file', UNSUPPORTED_FILE);
  }
  const records = parseCsv(text, delimiter);
  return splitHeader('csv', encoding, records.map((cells, i) => ({ rowNumber: i + 1, cells })));
}

/** Reads an uploaded table file. Broken or unsupported files fail with AppError('bad_file') in Korean. */
export async function readTableFile(fileName: string, bytes: Uint8Array): Promise<TableFile> {
  const ext = extensionOf(fileName);
  if (bytes.length === 0) throw new AppError('bad_file', '빈 파일입니다. 내용이 있는 엑셀(xlsx) 또는 CSV 파일을 고르세요.');
  if (isZip(bytes)) {
    if (!zipNameAllowed(fileName)) throw new AppError('bad_file', UNSUPPORTED_FILE);
    // Sizes first (zip-guard.ts): a bomb is refused before exceljs unpacks anything.
    verifyZipSizes(bytes, checkZipDirectory(bytes));
    return splitHeader('xlsx', 'xlsx', await readXlsx(bytes));
  }
  if (isCompoundFile(bytes)) {
    throw new AppError(
      'bad_file',
      '예전 엑셀 형식(xls)이거나 암호가 걸린 파일은 읽을 수 없습니다. 엑셀에서 암호를 풀고 "Excel 통합 문서(*.xlsx)"로 저장한 뒤 가져오세요.',
    );
  }
  if (XLSX_EXT.has(ext)) throw new AppError('bad_file', '엑셀 파일을 읽을 수 없습니다: 파일이 손상되었거나 엑셀(xlsx) 형식이 아닙니다.');
  if (TEXT_EXT.has(ext) || ext === 'xls' || ext === '') return readText(ext, bytes);
  throw new AppError('bad_file', UNSUPPORTED_FILE);
}

export interface WrittenFile {
  data: Uint8Array;
  mimeType: string;
  /** Without the dot: 'csv' or 'xlsx'. */
  extension: string;
}

export const MIME_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/**
 * Writes a table. `columnKinds[i]` is the field kind of column i: 'date' columns become real Excel
 * dates in XLSX, 'longText' columns wrap. CSV ignores kinds (ISO dates, which Excel reads as dates).
 */
export async function writeTableFile(
  format: 'csv' | 'xlsx',
  sheetName: string,
  headers: readonly string[],
  rows: readonly (readonly unknown[])[],
  columnKinds?: readonly (FieldKind | undefined)[],
): Promise<WrittenFile> {
  if (format === 'csv') {
    return { data: new TextEncoder().encode(toCsv(headers, rows)), mimeType: MIME_TYPES.csv, extension: 'csv' };
  }
  return { data: await writeXlsx(sheetName, headers, rows, columnKinds), mimeType: MIME_TYPES.xlsx, extension: 'xlsx' };
}
