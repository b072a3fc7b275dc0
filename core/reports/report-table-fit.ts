/**
 * A table wider than the page, made to fit: both writers keep words whole, so a typed table of 14
 * columns of '1,234,567' at the report's 11.5 pt runs off the paper. When a column's longest word
 * does not fit its share of the width, the table gets a smaller font (down to MIN_SIZE) and
 * columns as wide as their longest words need; tables that fit keep their size and widths. Word
 * widths are estimated from the faces' advances (Hangul a full em, digits and Latin about 0.6).
 */
import type { ReportTable } from '../../shared/reports/report-document.ts';

/** Smallest size a shrunk table may print at (a 14-column table of amounts needs about 6.5 pt). */
const MIN_SIZE = 6;
/** A cell's left + right padding and rules, in points (PDF 4 + 4; DOCX 80 + 80 twips). */
const CELL_PAD = 9;
/** A shrunk table's cells are padded 2 pt a side (TIGHT_PADDING) so the text gets the width. */
const TIGHT_PAD = 5;
export const TIGHT_PADDING = 2;

export interface FittedTable {
  fontSize: number;
  /** Relative column widths (undefined: the table's own). */
  widths?: number[];
  /** Whether the cells are to be padded TIGHT_PADDING instead of the usual. */
  tight?: boolean;
}

/** Ems of one word as printed (bold headers are counted a little wider). */
function ems(word: string, bold: boolean): number {
  let w = 0;
  // Digits: DejaVu Sans (LibreOffice's stand-in for 휴먼명조's figures) is 0.64 em, Nanum about 0.55.
  for (const ch of word) w += /[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]/.test(ch) ? 1 : /[.,:;'!|()\-·]/.test(ch) ? 0.35 : 0.64;
  return bold ? w * 1.06 : w;
}

const WORDS = /\d{4}\. \d{1,2}\. \d{1,2}\.|[^ \t\u00a0\u3000\r\n]+/g;

/** The narrowest each column may be, in ems: its longest word (cells spanning columns are left out). */
function columnEms(t: ReportTable, cols: number): number[] {
  const need = Array.from({ length: cols }, () => 1);
  const rows = [...t.header.map((r) => ({ r, head: true })), ...t.body.map((r) => ({ r, head: false }))];
  for (const { r, head } of rows) {
    let col = 0;
    for (const c of r) {
      const span = c.colSpan ?? 1;
      if (span === 1 && col < cols) for (const w of c.text.match(WORDS) ?? []) need[col] = Math.max(need[col]!, ems(w, head || !!c.bold));
      col += span;
    }
  }
  return need;
}

export function tableColumns(t: ReportTable): number {
  return Math.max(...[...t.header, ...t.body].map((r) => r.reduce((n, c) => n + (c.colSpan ?? 1), 0)), 1);
}

/** The size and widths at which `t` fits `width` points, starting from `size`. */
export function fitTable(t: ReportTable, width: number, size: number): FittedTable {
  const cols = tableColumns(t);
  const need = columnEms(t, cols);
  const weights = t.widths && t.widths.length === cols ? t.widths : Array.from({ length: cols }, () => 1);
  const total = weights.reduce((s, w) => s + w, 0);
  const fits = need.every((e, i) => e * size + CELL_PAD <= (weights[i]! / total) * width);
  if (fits) return { fontSize: size };
  const needEms = need.reduce((s, e) => s + e, 0);
  // The largest quarter point at which every column's longest word fits, tightly padded.
  let fontSize = Math.floor(size * 4) / 4;
  while (fontSize > MIN_SIZE && needEms * fontSize + TIGHT_PAD * cols > width) fontSize -= 0.25;
  // Each column gets what its longest word needs, and the rest of the width in its own proportion.
  const least = need.map((e) => e * fontSize + TIGHT_PAD);
  const spare = Math.max(0, width - least.reduce((s, x) => s + x, 0));
  return { fontSize, widths: least.map((l, i) => l + (spare * weights[i]!) / total), tight: true };
}
