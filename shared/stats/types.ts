/**
 * What a statistic is and what it answers. A statistic belongs to one register, counts that
 * register's records over a period, optionally grouped; its answer is a self-describing table
 * (title, unit, Korean headers, numbers, 합계) plus one headline number, so that the window's
 * charts, the CLI and the council report print the same figures from the same function.
 */
import type { RegisterName } from '../domain/register.ts';

/** A way to group records: a field's values, the month, the year or the 민선기 of its date. */
export interface GroupingInfo {
  /** What `--by` takes (the Korean label is accepted too). */
  id: string;
  label: string;
}

/** A statistic as `stats.list` names it. */
export interface StatInfo {
  /** Stable ASCII name a CLI user types: `gudesk stats clippings`. */
  name: string;
  /** Korean name for screens and reports ('언론보도 건수'). */
  label: string;
  register: RegisterName;
  description: string;
  unit: string;
  /** The date field the period (from/to) applies to. */
  dateField: { key: string; label: string };
  groupings: GroupingInfo[];
  /** 2: `--by 민선기,매체구분` makes a cross table (rows × columns); 1: one grouping at most. */
  maxGroupings: 1 | 2;
}

/** A request after validation: ISO dates or null for an open end, grouping ids in order. */
export interface StatParams {
  from: string | null;
  to: string | null;
  by: readonly string[];
}

export interface StatColumn {
  key: string;
  label: string;
  unit: string;
}

export interface StatRow {
  /** Stable key (the value, 'YYYY-MM', '8기', …): the chart filters by it. */
  key: string;
  label: string;
  /** One number per column. */
  values: number[];
}

export interface StatTable {
  name: string;
  label: string;
  /** '언론보도 매체구분별 건수 (2024. 1. 1. ~ 2024. 12. 31.)' */
  title: string;
  unit: string;
  period: { from: string | null; to: string | null; text: string };
  by: string[];
  /** Header of the row label column: the grouping's label, '구분' without one. */
  rowHeader: string;
  columns: StatColumn[];
  rows: StatRow[];
  total: { label: string; values: number[] };
  /** The one number a sentence quotes ('보도자료 작성 및 배포: 195건'). */
  headline: number;
  /** The headline with its unit and thousands separators: '1,234건'. */
  headlineText: string;
}
