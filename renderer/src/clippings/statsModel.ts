/**
 * 한눈에 보기 over the current list: counts by 매체구분, 논조 and month, computed in the renderer
 * from the rows the grid holds (search applied) with the statistics registry's own function
 * (shared/stats), the one `gudesk stats clippings` and the council report use over the whole
 * register. Each breakdown counts the rows the *other* filters leave, as Excel's filter lists
 * do: with 'KBS' picked, the 매체 chart still shows every 매체 (KBS highlighted) while the month
 * and 논조 charts show KBS's months and tones.
 */
import type { GridApi, IRowNode } from 'ag-grid-community';
import type { Clipping } from '../../../shared/domain/clipping.ts';
import { clippingFact, type ClippingFact } from '../../../shared/stats/clippings.ts';
import { STATISTICS } from '../../../shared/stats/registry.ts';
import type { StatTable } from '../../../shared/stats/types.ts';
import { forEachRowPassingAllBut } from '../common/filters/otherFilters.ts';

export { monthLabels } from '../../../shared/stats/period.ts';

export interface ListStats {
  /** Rows in the current list (search and every filter applied). */
  total: number;
  /** `mediaType` is the filter's value ('' for none), `label` what the bar reads. */
  byMediaType: Array<{ mediaType: string; label: string; count: number }>;
  /** The 12 calendar months up to the latest month with data, oldest first, 'YYYY-MM' (0 where none). */
  byMonth: Array<{ month: string; count: number }>;
  byTone: Array<{ tone: string; count: number; share: number }>;
}

const CHART_COLUMNS = ['mediaType', 'publishedOn', 'tone'] as const;

/** The whole list, no period: the grid's own filters chose the rows. */
const countBy = (facts: readonly ClippingFact[], by: string): StatTable => STATISTICS.clippings.run(facts, { from: null, to: null, by: [by] });

export function computeListStats(api: GridApi<Clipping>): ListStats {
  const media: ClippingFact[] = [];
  const months: ClippingFact[] = [];
  const tones: ClippingFact[] = [];
  forEachRowPassingAllBut(api as GridApi, CHART_COLUMNS, (node: IRowNode, counts) => {
    const f = clippingFact(node.data as Clipping);
    if (counts[0]) media.push(f);
    if (counts[1]) months.push(f);
    if (counts[2]) tones.push(f);
  });
  const byTone = countBy(tones, 'tone');
  const toneTotal = byTone.total.values[0]!;
  return {
    total: api.getDisplayedRowCount(),
    byMediaType: countBy(media, 'mediaType').rows.map((r) => ({ mediaType: r.key, label: r.label, count: r.values[0]! })),
    byMonth: twelveMonthsEndingAtLatest(countBy(months, 'month').rows.map((r) => ({ month: r.key, count: r.values[0]! }))),
    byTone: byTone.rows.map((r) => ({ tone: r.key, count: r.values[0]!, share: toneTotal > 0 ? r.values[0]! / toneTotal : 0 })),
  };
}

/**
 * Twelve consecutive months ending at the latest one counted, with 0 for the empty ones: bars
 * stand for equal spans of time, so a search whose hits are years apart does not draw 2024. 3
 * next to 2026. 1 as if they were neighbours.
 */
export function twelveMonthsEndingAtLatest(counted: ReadonlyArray<{ month: string; count: number }>): Array<{ month: string; count: number }> {
  const last = counted.at(-1)?.month;
  if (!last || !/^\d{4}-\d{2}$/.test(last)) return [...counted].slice(-12);
  const byMonth = new Map(counted.map((m) => [m.month, m.count]));
  const [y, m] = last.split('-').map(Number) as [number, number];
  const out: Array<{ month: string; count: number }> = [];
  for (let i = 11; i >= 0; i--) {
    const index = y * 12 + (m - 1) - i;
    const month = `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
    out.push({ month, count: byMonth.get(month) ?? 0 });
  }
  return out;
}

/** '34%' ('0%' for none, '<1%' for a handful among thousands). */
export function shareText(share: number): string {
  if (share === 0) return '0%';
  if (share < 0.01) return '1% 미만';
  return `${Math.round(share * 100)}%`;
}
