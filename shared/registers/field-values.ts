/**
 * The new field kinds by name: how a typed or imported text becomes a stored value, and how a
 * stored value is shown (grid, print) or written to a file. Import, the CLI, the forms and the
 * grid editors all go through these, so '1,234,000원' or '오후 2:00' read the same everywhere.
 */
import type { FieldKind } from '../domain/register.ts';
import { objectParticle } from '../text/particle.ts';
import {
  formatDateTime, formatInteger, formatMoney, formatMonth, formatTime,
  parseDateTime, parseInteger, parseMoney, parseMonth, parseTime,
} from './field-kinds.ts';

export type KernelKind = 'integer' | 'money' | 'month' | 'time' | 'datetime';

export function isKernelKind(kind: FieldKind): kind is KernelKind {
  return kind === 'integer' || kind === 'money' || kind === 'month' || kind === 'time' || kind === 'datetime';
}

const PARSERS: Record<KernelKind, (input: unknown) => string | number | undefined> = {
  integer: parseInteger,
  money: parseMoney,
  month: parseMonth,
  time: parseTime,
  datetime: parseDateTime,
};

/** What the clerk is shown as an example when a value cannot be read. */
const EXAMPLES: Record<KernelKind, string> = {
  integer: '정수로 읽을 수 없습니다',
  money: '금액으로 읽을 수 없습니다',
  month: '연월로 읽을 수 없습니다',
  time: '시각으로 읽을 수 없습니다',
  datetime: '일시로 읽을 수 없습니다',
};
const HINTS: Record<KernelKind, string> = {
  integer: '예: 12',
  money: '예: 1,234,000원',
  month: '예: 2024-09',
  time: '예: 14:30, 오후 2:30',
  datetime: '예: 2024-09-02 14:30',
};

export type Parsed = { ok: true; value: string | number } | { ok: false; reason: string };

/** A typed or imported value → the stored one, or a Korean reason naming the text. */
export function parseKernelValue(kind: KernelKind, label: string, input: unknown): Parsed {
  const value = PARSERS[kind](input);
  if (value !== undefined) return { ok: true, value };
  const text = typeof input === 'string' ? input.trim() : String(input);
  return { ok: false, reason: `${label}${objectParticle(label)} ${EXAMPLES[kind]}: '${text}' (${HINTS[kind]})` };
}

/** Placeholder of a form or grid editor. */
export function kernelHint(kind: KernelKind): string {
  return HINTS[kind];
}

/** A stored value as the grid and print show it: '1,234,000원', '2024. 9.', '2024. 9. 2. 14:30'. */
export function formatKernelValue(kind: KernelKind, value: unknown): string {
  switch (kind) {
    case 'integer':
      return formatInteger(value);
    case 'money':
      return formatMoney(value);
    case 'month':
      return formatMonth(value);
    case 'time':
      return formatTime(value);
    case 'datetime':
      return formatDateTime(value);
  }
}

/** A stored value as export writes it: numbers plain (Excel sums them), the stored form otherwise. */
export function exportKernelValue(kind: KernelKind, value: unknown): string {
  if (kind === 'integer' || kind === 'money') return typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
  if (kind === 'datetime' && typeof value === 'string') return value.replace('T', ' ');
  return typeof value === 'string' ? value : '';
}
