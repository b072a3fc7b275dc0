/**
 * Groupings a statistic may offer: by the month, year or 민선기 of a date, or by a field's value.
 * Each turns a fact into a row key and orders and labels the keys for a table.
 */
import type { StatParams } from './types.ts';
import { monthLabels } from './period.ts';
import { BEFORE_TERMS, TERMS, termLabel, termOf, termRank } from './terms.ts';

/** Shown for a record whose field is empty (the grid's value lists say the same). */
export const EMPTY_VALUE_LABEL = '(비어 있음)';

export interface Grouping<F> {
  id: string;
  label: string;
  /** The row key of a fact; null leaves the fact out of the table. */
  key(fact: F): string | null;
  /** Keys in table order; `count` gives each key's total (for 'most first' orders). */
  order(keys: string[], count: (key: string) => number): string[];
  /** Row labels, in the order given (a month's label depends on the month before it). */
  labels(keys: readonly string[], params: StatParams): string[];
  /** Keys shown even with no record: 논조's 긍정·중립·부정, each month or year of a closed period. */
  fixed?(params: StatParams): readonly string[];
}

const MONTH = /^\d{4}-\d{2}$/;
const ascending = (keys: string[]) => [...keys].sort((a, b) => a.localeCompare(b));
/** Longest closed period whose every month gets a row (a longer one lists only months with data). */
const MAX_FILLED_MONTHS = 240;

/** 'YYYY-MM' of every month from `from` to `to` (ISO dates), [] for an open or too long period. */
export function monthsOf(p: StatParams): string[] {
  if (!p.from || !p.to) return [];
  let y = Number(p.from.slice(0, 4));
  let m = Number(p.from.slice(5, 7));
  const last = p.to.slice(0, 7);
  const out: string[] = [];
  for (let key = p.from.slice(0, 7); key <= last; key = `${y}-${String(m).padStart(2, '0')}`) {
    if (out.length === MAX_FILLED_MONTHS) return [];
    out.push(key);
    if (++m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}

export function byMonth<F>(dateOf: (f: F) => string): Grouping<F> {
  return {
    id: 'month',
    label: '월',
    key: (f) => {
      const m = dateOf(f).slice(0, 7);
      return MONTH.test(m) ? m : null;
    },
    // A closed period shows each of its months, 0 where nothing was counted.
    fixed: monthsOf,
    order: ascending,
    // '2024년 9월', '10월', …, '2025년 1월': the year where it changes, as the window's chart shows.
    labels: (keys) => monthLabels(keys).map((l) => (l.year ? `${l.year} ${l.month}` : l.month)),
  };
}

export function byYear<F>(dateOf: (f: F) => string): Grouping<F> {
  return {
    id: 'year',
    label: '연도',
    key: (f) => {
      const y = dateOf(f).slice(0, 4);
      return /^\d{4}$/.test(y) ? y : null;
    },
    fixed: (p) => {
      if (!p.from || !p.to) return [];
      const [first, last] = [Number(p.from.slice(0, 4)), Number(p.to.slice(0, 4))];
      return last - first < 100 ? Array.from({ length: last - first + 1 }, (_, i) => String(first + i)) : [];
    },
    order: ascending,
    labels: (keys) => keys.map((y) => `${y}년`),
  };
}

export function byTerm<F>(dateOf: (f: F) => string): Grouping<F> {
  const all = [BEFORE_TERMS, ...TERMS];
  return {
    id: 'term',
    label: '민선기',
    key: (f) => termOf(dateOf(f))?.key ?? null,
    // A closed period shows each term it overlaps, 0 where nothing was counted.
    fixed: (p) => (p.from && p.to ? all.filter((t) => t.start <= p.to!.slice(0, 7) && (t.end === null || t.end >= p.from!.slice(0, 7))).map((t) => t.key) : []),
    order: (keys) => [...keys].sort((a, b) => termRank(a) - termRank(b)),
    labels: (keys, p) => keys.map((k) => termLabel(all.find((t) => t.key === k)!, p.from, p.to)),
  };
}

/** A field's values, most records first (ties in Korean order, empty last). */
export function byValue<F>(id: string, label: string, valueOf: (f: F) => string, fixed?: readonly string[]): Grouping<F> {
  return {
    id,
    label,
    key: (f) => valueOf(f) ?? '',
    order: (keys, count) =>
      fixed
        ? [...fixed, ...keys.filter((k) => !fixed.includes(k)).sort((a, b) => a.localeCompare(b, 'ko'))]
        : [...keys].sort((a, b) => (a === '' ? 1 : 0) - (b === '' ? 1 : 0) || count(b) - count(a) || a.localeCompare(b, 'ko')),
    labels: (keys) => keys.map((k) => (k === '' ? EMPTY_VALUE_LABEL : k)),
    ...(fixed ? { fixed: () => fixed } : {}),
  };
}
