/**
 * 한눈에 보기 over the current list: counts by 매체구분, 논조 and month, computed in the renderer
 * from the rows the grid holds (search applied). Each breakdown counts the rows the *other*
 * filters leave, as Excel's filter lists do: with 'KBS' picked, the 매체 chart still shows every
 * 매체 (KBS highlighted) while the month and 논조 charts show KBS's months and tones.
 */
import type { GridApi, IRowNode } from 'ag-grid-community';
import { TONES, type Clipping } from '../../../shared/domain/clipping.ts';
import { forEachRowPassingAllBut } from '../common/filters/otherFilters.ts';

export interface ListStats {
  /** Rows in the current list (search and every filter applied). */
  total: number;
  byMediaType: Array<{ mediaType: string; count: number }>;
  /** Last 12 months with data, oldest first, 'YYYY-MM'. */
  byMonth: Array<{ month: string; count: number }>;
  byTone: Array<{ tone: string; count: number; share: number }>;
}

const CHART_COLUMNS = ['mediaType', 'publishedOn', 'tone'] as const;

function bump(m: Map<string, number>, k: string): void {
  m.set(k, (m.get(k) ?? 0) + 1);
}

export function computeListStats(api: GridApi<Clipping>): ListStats {
  const media = new Map<string, number>();
  const months = new Map<string, number>();
  const tones = new Map<string, number>();
  forEachRowPassingAllBut(api as GridApi, CHART_COLUMNS, (node: IRowNode, counts) => {
    const c = node.data as Clipping;
    if (counts[0]) bump(media, c.mediaType ?? '');
    if (counts[1]) bump(months, (c.publishedOn ?? '').slice(0, 7));
    if (counts[2]) bump(tones, c.tone);
  });
  const toneTotal = [...tones.values()].reduce((s, n) => s + n, 0);
  return {
    total: api.getDisplayedRowCount(),
    byMediaType: [...media.entries()].map(([mediaType, count]) => ({ mediaType, count })).sort((a, b) => b.count - a.count || a.mediaType.localeCompare(b.mediaType, 'ko')),
    byMonth: [...months.entries()]
      .filter(([m]) => /^\d{4}-\d{2}$/.test(m))
      .sort(([a], [b]) => a.localeCompare(b))
      .slice(-12)
      .map(([month, count]) => ({ month, count })),
    byTone: TONES.map((tone) => {
      const count = tones.get(tone) ?? 0;
      return { tone, count, share: toneTotal > 0 ? count / toneTotal : 0 };
    }),
  };
}

/**
 * Axis labels for consecutive months: '9월', '10월', …, with the year where it changes and on
 * the first bar ('2024년 9월', '2025년 1월'). `year` is '' where it does not show.
 */
export function monthLabels(months: readonly string[]): Array<{ year: string; month: string; full: string }> {
  let lastYear = '';
  return months.map((m) => {
    const [y = '', mo = ''] = m.split('-');
    const month = `${Number(mo)}월`;
    const year = y !== lastYear ? `${y}년` : '';
    lastYear = y;
    return { year, month, full: `${y}년 ${month}` };
  });
}

/** '34%' ('0%' for none, '<1%' for a handful among thousands). */
export function shareText(share: number): string {
  if (share === 0) return '0%';
  if (share < 0.01) return '1% 미만';
  return `${Math.round(share * 100)}%`;
}
