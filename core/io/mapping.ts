/**
 * Columns ↔ fields for any register. Import finds each field's column by its Korean label or an
 * alias (clerks' old spreadsheets), in any order, and converts cells by field kind into the raw
 * values the register's zod schema validates. Export does the reverse. Conversion never guesses
 * silently: a date or yes/no it cannot read is kept as typed (so the schema rejects it) and also
 * reported with a Korean reason that names the cell's text.
 */
import { AppError } from '../../shared/api/errors.ts';
import { exportableFields, fieldByLabel, type FieldKind, type FieldSpec, type RegisterSpec } from '../../shared/domain/register.ts';
import { parseKoreanDate } from '../../shared/text/korean-date.ts';
import { objectParticle } from '../../shared/text/particle.ts';
import { cellText, isLinkCell, numberText } from './cell.ts';
import { exportKernelValue, isKernelKind, parseKernelValue } from '../../shared/registers/field-values.ts';

export interface MappedColumn {
  /** Column index in the file (0-based). */
  index: number;
  /** The header as written in the file. */
  header: string;
  field: FieldSpec;
}

export interface HeaderMapping {
  spec: RegisterSpec;
  /** Recognised columns in file order. */
  columns: MappedColumn[];
  /** Non-blank headers that match no field, or repeat a field already matched (first one wins). */
  ignored: string[];
}

export interface CellError {
  /** Field key. */
  field: string;
  label: string;
  /** Korean, names the column and the text found, e.g. "보도일자를 날짜로 읽을 수 없습니다: '2024-13-45'". */
  reason: string;
}

export interface RowValues {
  /** Raw values by field key, ready for the register's zod schema. Fields without a column are absent. */
  values: Record<string, unknown>;
  errors: CellError[];
}

/** '제목*', '보도일자(필수)' → '제목', '보도일자': markers clerks add to template headers. */
function withoutMarkers(header: string): string {
  return header.replace(/\s*\*+\s*$/, '').replace(/\s*[([]\s*필수\s*[)\]]\s*$/, '').trim();
}

export function mapHeaders(spec: RegisterSpec, headers: readonly string[]): HeaderMapping {
  const importable = new Set(exportableFields(spec).map((f) => f.key));
  const columns: MappedColumn[] = [];
  const ignored: string[] = [];
  const taken = new Set<string>();
  headers.forEach((raw, index) => {
    const header = raw.trim();
    if (header === '') return;
    const field = fieldByLabel(spec, header) ?? fieldByLabel(spec, withoutMarkers(header));
    if (!field || !importable.has(field.key) || taken.has(field.key)) {
      ignored.push(header);
      return;
    }
    taken.add(field.key);
    columns.push({ index, header, field });
  });
  const missing = spec.fields.filter((f) => f.required && importable.has(f.key) && !taken.has(f.key));
  if (missing.length > 0) {
    throw new AppError('bad_file', `필수 열이 없습니다: ${missing.map((f) => f.label).join(', ')}`);
  }
  return { spec, columns, ignored };
}

const WEEKDAY_SUFFIX = /\s*\(\s*[월화수목금토일]\s*\)\s*$/;
const TIME_SUFFIX = /(?:[T\s]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)$/;
const SHORT_YEAR = /^(\d{2})\s*[.\-/]\s*(\d{1,2})\s*[.\-/]\s*(\d{1,2})\.?$/;

/**
 * parseKoreanDate plus the extra forms in clerks' files: '2024. 9. 2.(월)', '2024-09-02 14:30',
 * '24.09.02' (20xx), and 20240902 typed as
 * a number. Excel serials (45537) are read; small numbers are not dates.
 */
export function parseDateCell(cell: unknown): string | undefined {
  if (typeof cell === 'number') {
    if (Number.isInteger(cell) && cell >= 19000101 && cell <= 22001231) return parseKoreanDate(String(cell));
    // Like the text rule, a serial needs five digits: a stray 3 is not 1900-01-03.
    return cell >= 10000 ? parseKoreanDate(cell) : undefined;
  }
  if (typeof cell !== 'string') return parseKoreanDate(isLinkCell(cell) ? cell.text : cell);
  let text = cell.trim().replace(WEEKDAY_SUFFIX, '').replace(TIME_SUFFIX, '').trim();
  const short = SHORT_YEAR.exec(text);
  if (short) text = `20${short[1]}-${short[2]}-${short[3]}`;
  return parseKoreanDate(text);
}

const YES = new Set(['예', '네', 'y', 'yes', 'o', '○', '◯', '●', 'v', '✓', '✔', 'true', '1', '있음', '유', '포함']);
const NO = new Set(['아니오', '아니요', '아니', 'n', 'no', 'x', '×', '✕', 'false', '0', '없음', '무', '미포함', '-']);

export function parseBooleanCell(cell: unknown): boolean | undefined {
  if (typeof cell === 'boolean') return cell;
  if (typeof cell === 'number') return cell === 1 ? true : cell === 0 ? false : undefined;
  const text = cellText(cell).trim().toLowerCase();
  if (YES.has(text)) return true;
  if (NO.has(text)) return false;
  return undefined;
}

/** '#홍보, 축제;축제 · 청년' → ['홍보', '축제', '청년']. */
export function splitTags(text: string): string[] {
  const seen = new Set<string>();
  for (const part of text.split(/[,;·#\n\r、，]/)) {
    const tag = part.trim();
    if (tag !== '') seen.add(tag);
  }
  return [...seen];
}

function textOf(cell: unknown, kind: FieldKind): string {
  if (typeof cell === 'number') return numberText(cell);
  if (isLinkCell(cell) && kind === 'url') {
    // A link cell shows words like '기사 보기'; the URL the clerk wants is the link itself.
    return /^https?:\/\//i.test(cell.text.trim()) ? cell.text.trim() : cell.hyperlink.trim();
  }
  const text = cellText(cell);
  return kind === 'longText' ? text.replace(/\r\n?/g, '\n').trim() : text.trim();
}

/** One data row → raw values keyed by field key, plus the cells that could not be read. */
export function cellsToValues(mapping: HeaderMapping, row: readonly unknown[]): RowValues {
  const values: Record<string, unknown> = {};
  const errors: CellError[] = [];
  for (const { index, field } of mapping.columns) {
    const cell = row[index] ?? null;
    const text = textOf(cell, field.kind);
    if (isKernelKind(field.kind)) {
      if (text === '') continue; // absent: the schema's default applies, or it says what is missing
      // A number or date cell is read as itself (a spreadsheet time is a fraction of a day).
      const parsed = parseKernelValue(field.kind, field.label, typeof cell === 'number' || cell instanceof Date ? cell : text);
      if (parsed.ok) values[field.key] = parsed.value;
      else {
        values[field.key] = text;
        errors.push({ field: field.key, label: field.label, reason: parsed.reason });
      }
      continue;
    }
    switch (field.kind) {
      case 'date': {
        if (text === '') break; // absent: the schema says "…를 입력하세요."
        const iso = parseDateCell(cell);
        if (iso) values[field.key] = iso;
        else {
          values[field.key] = text;
          errors.push({ field: field.key, label: field.label, reason: `${field.label}${objectParticle(field.label)} 날짜로 읽을 수 없습니다: '${text}' (예: 2024-09-02)` });
        }
        break;
      }
      case 'boolean': {
        if (text === '') break; // absent: the schema's default applies
        const yes = parseBooleanCell(cell);
        if (yes !== undefined) values[field.key] = yes;
        else {
          values[field.key] = text;
          errors.push({ field: field.key, label: field.label, reason: `${field.label}${objectParticle(field.label)} 예/아니오로 읽을 수 없습니다: '${text}'` });
        }
        break;
      }
      case 'tags':
        values[field.key] = splitTags(text);
        break;
      case 'enum':
        // Empty: leave it to the schema's default (논조 → 중립) rather than fail on ''.
        if (text !== '') values[field.key] = text;
        break;
      default:
        // text, longText, code, url, and 'ref' (the caller turns a 보도자료 title into its id).
        values[field.key] = text;
    }
  }
  return { values, errors };
}

/** Export headers: the Korean labels of the exportable fields, in register order. */
export function exportHeaders(spec: RegisterSpec): string[] {
  return exportableFields(spec).map((f) => f.label);
}

/** Field kinds of the export columns, for `writeTableFile`. */
export function exportKinds(spec: RegisterSpec): FieldKind[] {
  return exportableFields(spec).map((f) => f.kind);
}

export interface ValuesToCellsOptions {
  /** Text shown for a 'ref' field (e.g. the 보도자료 title for its id); default: the stored value. */
  refText?: (field: FieldSpec, value: unknown) => string;
}

/** One record → export cells in `exportHeaders` order: dates ISO, tags 'a, b', booleans 예/아니오. */
export function valuesToCells(spec: RegisterSpec, record: Readonly<Record<string, unknown>>, options: ValuesToCellsOptions = {}): string[] {
  return exportableFields(spec).map((field) => {
    const value = record[field.key];
    if (isKernelKind(field.kind)) return exportKernelValue(field.kind, value);
    switch (field.kind) {
      case 'tags':
        return Array.isArray(value) ? value.map((t) => cellText(t)).join(', ') : cellText(value);
      case 'boolean':
        return value === true ? '예' : value === false ? '아니오' : cellText(value);
      case 'ref':
        return options.refText ? options.refText(field, value) : cellText(value);
      default:
        return cellText(value);
    }
  });
}
