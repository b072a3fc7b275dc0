/**
 * A statistic: its description (StatInfo), its groupings and the pure function from facts to the
 * table. `run` takes every fact and applies the period itself (the renderer's current list, tests);
 * `aggregate` takes facts already limited to the period (the core, which filters in SQL and may
 * hand in one fact per month instead of per record).
 */
import type { RegisterName } from '../domain/register.ts';
import type { Grouping } from './groupings.ts';
import { countText, inPeriod, periodText } from './period.ts';
import { crossTabulate, tabulate, TOTAL_LABEL, type Derived, type Measure } from './tabulate.ts';
import type { StatInfo, StatParams, StatTable } from './types.ts';

export interface StatisticSpec<F> {
  name: string;
  label: string;
  register: RegisterName;
  description: string;
  /** '언론보도' in '언론보도 매체구분별 건수'. */
  subject: string;
  /** '건수' in '언론보도 매체구분별 건수'. */
  measureWord: string;
  dateField: { key: string; label: string };
  dateOf(fact: F): string;
  measures: readonly Measure<F>[];
  derived?: readonly Derived[];
  /** Index of the column the headline number sums (of the measures; 0 by default). */
  headline?: number;
  groupings: readonly Grouping<F>[];
  maxGroupings: 1 | 2;
}

export interface Statistic<F> {
  info: StatInfo;
  groupings: readonly Grouping<F>[];
  run(facts: readonly F[], params: StatParams): StatTable;
  aggregate(factsInPeriod: readonly F[], params: StatParams): StatTable;
}

export function defineStatistic<F>(spec: StatisticSpec<F>): Statistic<F> {
  const unit = spec.measures[spec.headline ?? 0]!.unit;
  const info: StatInfo = {
    name: spec.name,
    label: spec.label,
    register: spec.register,
    description: spec.description,
    unit,
    dateField: spec.dateField,
    groupings: spec.groupings.map(({ id, label }) => ({ id, label })),
    maxGroupings: spec.maxGroupings,
  };
  const grouping = (id: string) => spec.groupings.find((g) => g.id === id)!;

  function aggregate(facts: readonly F[], params: StatParams): StatTable {
    const groups = params.by.map(grouping);
    const t =
      groups.length === 2
        ? crossTabulate(facts, params, spec.measures[0]!, groups[0]!, groups[1]!)
        : tabulate(facts, params, spec.measures, spec.derived ?? [], groups[0]);
    const headline = groups.length === 2 ? t.total[0]! : t.total[spec.headline ?? 0]!;
    const period = { from: params.from, to: params.to, text: periodText(params.from, params.to) };
    const byPart = groups.length ? `${groups.map((g) => g.label).join('·')}별` : '';
    return {
      name: spec.name,
      label: spec.label,
      title: `${[spec.subject, byPart, spec.measureWord].filter(Boolean).join(' ')} (${period.text})`,
      unit,
      period,
      by: groups.map((g) => g.id),
      rowHeader: groups[0]?.label ?? '구분',
      columns: t.columns,
      rows: t.rows,
      total: { label: TOTAL_LABEL, values: t.total },
      headline,
      headlineText: `${countText(headline)}${unit}`,
    };
  }

  return {
    info,
    groupings: spec.groupings,
    aggregate,
    run: (facts, params) => aggregate(facts.filter((f) => inPeriod(spec.dateOf(f), params.from, params.to)), params),
  };
}
