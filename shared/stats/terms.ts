/**
 * 민선기: the terms of the elected 구청장, as the council reports count 보도실적 by them (seed 000:
 * 민선5기 5,479건, 민선6기 8,077건, …). Terms start in July after the local elections and end in
 * June four years later; the newest has no end yet. Terms are whole months, so a 'YYYY-MM' key
 * (or any date starting with one) decides the term.
 */
export interface Term {
  /** '8기' */
  key: string;
  /** '민선8기' */
  label: string;
  /** First month, 'YYYY-MM'. */
  start: string;
  /** Last month, 'YYYY-MM'; null while it runs. */
  end: string | null;
}

/** Oldest first. Earlier terms go here once a report quotes them. */
export const TERMS: readonly Term[] = [
  { key: '5기', label: '민선5기', start: '2010-07', end: '2014-06' },
  { key: '6기', label: '민선6기', start: '2014-07', end: '2018-06' },
  { key: '7기', label: '민선7기', start: '2018-07', end: '2022-06' },
  { key: '8기', label: '민선8기', start: '2022-07', end: '2026-06' },
  { key: '9기', label: '민선9기', start: '2026-07', end: null },
];

/** Dates before the first term in TERMS are counted here rather than dropped. */
export const BEFORE_TERMS: Term = { key: '이전', label: `${TERMS[0]!.label} 이전`, start: '0000-01', end: '2010-06' };

/** The term a date ('YYYY-MM-DD' or 'YYYY-MM') falls in; BEFORE_TERMS before 민선5기, undefined for no date. */
export function termOf(date: string): Term | undefined {
  const month = date.slice(0, 7);
  if (!/^\d{4}-\d{2}$/.test(month)) return undefined;
  for (let i = TERMS.length - 1; i >= 0; i--) if (month >= TERMS[i]!.start) return TERMS[i];
  return BEFORE_TERMS;
}

/** Order of a term key in tables: BEFORE_TERMS first, then oldest to newest. */
export function termRank(key: string): number {
  return key === BEFORE_TERMS.key ? -1 : TERMS.findIndex((t) => t.key === key);
}

/** "'18.7월" as the reports write a month in a term's span. */
function shortMonth(month: string): string {
  return `${month.slice(2, 4)}.${Number(month.slice(5, 7))}월`;
}

/**
 * '민선7기', or '민선7기 (18.7월~20.12월)' as seed 000 writes it when the period covers only part
 * of the term (from/to are the period's ISO ends, null when open).
 */
export function termLabel(term: Term, from: string | null, to: string | null): string {
  const first = from && from.slice(0, 7) > term.start ? from.slice(0, 7) : term.start;
  const last = to && (term.end === null || to.slice(0, 7) < term.end) ? to.slice(0, 7) : term.end;
  const partial = first !== term.start || (last !== term.end && last !== null);
  if (!partial || term === BEFORE_TERMS) return term.label;
  return `${term.label} (${shortMonth(first)}~${last ? shortMonth(last) : ''})`;
}
