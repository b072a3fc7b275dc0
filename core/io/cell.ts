/**
 * One cell of an imported table, as the readers hand it on. CSV gives strings only; XLSX also gives
 * numbers, booleans, dates and links. Mapping turns cells into field values by the field's kind.
 */

/** An XLSX hyperlink cell: what the clerk sees and where it points (the title often links to the article). */
export interface LinkCell {
  text: string;
  hyperlink: string;
}

export type Cell = string | number | boolean | Date | LinkCell | null;

export function isLinkCell(value: unknown): value is LinkCell {
  return typeof value === 'object' && value !== null && !(value instanceof Date) && 'hyperlink' in value && 'text' in value;
}

/**
 * Excel keeps 15 significant digits; anything past that is binary noise (0.1 + 0.2). Whole numbers
 * print without '.0' so a page number 3 reads '3'.
 */
export function numberText(n: number): string {
  if (!Number.isFinite(n)) return '';
  if (Number.isInteger(n)) return String(n);
  return String(Number(n.toPrecision(15)));
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A date cell as text: 'YYYY-MM-DD', with ' HH:mm' only when it carries a time of day. Dates are UTC (exceljs). */
export function dateText(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const day = d.toISOString().slice(0, 10);
  const h = d.getUTCHours();
  const m = d.getUTCMinutes();
  return h === 0 && m === 0 ? day : `${day} ${pad(h)}:${pad(m)}`;
}

/** The text a clerk sees in the cell. Booleans read as 예/아니오, the way the app writes them. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? '예' : '아니오';
  if (value instanceof Date) return dateText(value);
  if (isLinkCell(value)) return value.text;
  return String(value);
}

/** A row with nothing in it (blank or spaces only): skipped on import, but it still counts for row numbers. */
export function isEmptyRow(row: readonly unknown[]): boolean {
  return row.every((c) => cellText(c).trim() === '');
}
