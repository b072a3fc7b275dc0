/**
 * The columns of a child grid, from the child register's definition: the fields named, in that
 * order, each shown as the main grid shows it ('2024. 9. 2.', '1,234,000원', 예/아니오).
 */
import type { FieldSpec, RegisterSpec } from '../../../../shared/domain/register.ts';
import { formatKernelValue, isKernelKind } from '../../../../shared/registers/field-values.ts';
import { formatKoreanDate, isIsoDate } from '../../../../shared/text/korean-date.ts';
import type { ReactNode } from 'react';

export interface ChildColumn<R> {
  key: string;
  label: string;
  /** The cell's content; text by field kind unless the page gives its own. */
  render: (row: R) => ReactNode;
  /** Keeps the cell on one line (dates, names). */
  nowrap: boolean;
}

export function shownText(f: Pick<FieldSpec, 'kind'> & { shownAs?: string; key: string }, row: Readonly<Record<string, unknown>>): string {
  const v = f.kind === 'ref' ? row[f.shownAs ?? `${f.key}Name`] : row[f.key];
  if (f.kind === 'date') return typeof v === 'string' ? formatKoreanDate(v) : '';
  // A link to a record named by its date (교육회차 '2027-03-02') reads as the grid's dates do.
  if (f.kind === 'ref' && typeof v === 'string' && isIsoDate(v)) return formatKoreanDate(v);
  if (f.kind === 'boolean') return v === true ? '예' : '아니오';
  if (f.kind === 'tags') return Array.isArray(v) ? v.join(', ') : '';
  if (isKernelKind(f.kind)) return formatKernelValue(f.kind, v);
  return v == null ? '' : String(v);
}

export function childColumns<R extends object>(
  spec: RegisterSpec,
  keys: readonly string[],
  renderers: Readonly<Record<string, (row: R) => ReactNode>> = {},
): ChildColumn<R>[] {
  return keys.map((key) => {
    const f = spec.fields.find((x) => x.key === key);
    const d = spec.derived?.find((x) => x.key === key);
    if (!f && !d) throw new Error(`${spec.label}에 '${key}' 항목이 없습니다.`);
    const field = f ?? { key, kind: d!.kind };
    const label = f?.label ?? d!.label;
    const own = renderers[key];
    return {
      key,
      label,
      render: own ?? ((row: R) => shownText(field, row as Readonly<Record<string, unknown>>)),
      // Dates, numbers, choices and short names stay on one line; titles and summaries wrap.
      nowrap: field.kind === 'text' ? (f?.maxLength ?? 1000) <= 100 : field.kind !== 'longText' && field.kind !== 'tags',
    };
  });
}
