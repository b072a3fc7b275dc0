/** How the CLI prints records: aligned Korean columns for people, one JSON object a line for scripts. */
import type { FieldSpec, RegisterSpec } from '../../shared/domain/register.ts';
import { valuesToCells } from '../io/mapping.ts';
import { exportableFields } from '../../shared/domain/register.ts';
// Personal fields are shown masked on every CLI line, as on every screen (shared/personal).
import { maskRecord } from '../../shared/personal/personal-record.ts';

/** East Asian wide characters take two terminal cells. */
export function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

function clip(text: string, max: number): string {
  let out = '';
  for (const ch of text.replace(/\s+/g, ' ')) {
    if (width(out + ch) > max - 1) return `${out}…`;
    out += ch;
  }
  return out;
}

export const pad = (text: string, w: number) => text + ' '.repeat(Math.max(0, w - width(text)));

export function jsonLines(rows: readonly unknown[]): string {
  return rows.map((r) => JSON.stringify(r)).join('\n');
}

/** Aligned columns, wide (Korean) characters counted as two cells. */
export function textTable(headers: readonly string[], body: ReadonlyArray<readonly string[]>): string {
  const widths = headers.map((h, i) => Math.max(width(h), ...body.map((row) => width(row[i] ?? ''))));
  return [headers, ...body].map((row) => row.map((c, i) => pad(c, widths[i]!)).join('  ').trimEnd()).join('\n');
}

/** A table of the first few fields of each record, id first (ids are what get/set/delete take). */
export function table(spec: RegisterSpec, rows: ReadonlyArray<Record<string, unknown>>, refText?: (field: FieldSpec, v: unknown) => string): string {
  rows = rows.map((r) => maskRecord(spec, r));
  const fields = exportableFields(spec).slice(0, 5);
  const headers = ['ID', ...fields.map((f) => f.label)];
  const body = rows.map((r) => {
    const cells = valuesToCells(spec, r, refText ? { refText } : {});
    return [String(r.id), ...fields.map((_, i) => clip(cells[i] ?? '', 40))];
  });
  return textTable(headers, body);
}

/** One record, one 'label: value' line per field. */
export function detail(spec: RegisterSpec, record: Record<string, unknown>, refText?: (field: FieldSpec, v: unknown) => string): string {
  record = maskRecord(spec, record);
  const cells = valuesToCells(spec, record, refText ? { refText } : {});
  const fields = exportableFields(spec);
  const lines = [`ID: ${String(record.id)}`, ...fields.map((f, i) => `${f.label}: ${cells[i] ?? ''}`)];
  lines.push(`등록: ${String(record.createdAt)} ${String(record.createdBy)}`, `수정: ${String(record.updatedAt)} ${String(record.updatedBy)}`);
  return lines.join('\n');
}
