/** Periods and month labels of statistics, as Korean offices write them. */
import { formatKoreanDate } from '../text/korean-date.ts';

/** True when an ISO date lies in [from, to] (either end may be open). */
export function inPeriod(date: string, from: string | null, to: string | null): boolean {
  if (!date) return false;
  return (from === null || date >= from) && (to === null || date <= to);
}

/** '2024. 1. 1. ~ 2024. 12. 31.', '2024. 1. 1. 이후', '2024. 12. 31.까지' or '전체 기간'. */
export function periodText(from: string | null, to: string | null): string {
  if (from && to) return `${formatKoreanDate(from)} ~ ${formatKoreanDate(to)}`;
  if (from) return `${formatKoreanDate(from)} 이후`;
  if (to) return `${formatKoreanDate(to)}까지`;
  return '전체 기간';
}

/**
 * Labels for consecutive months: '9월', '10월', …, with the year on the first and where it
 * changes ('2024년 9월', '2025년 1월'). `year` is '' where it does not show.
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

/** '1,234' */
export function countText(n: number): string {
  return n.toLocaleString('ko-KR', { maximumFractionDigits: 1 });
}

/** A table cell: counts with thousands separators, percents with one decimal ('73.0'). */
export function cellText(n: number, unit: string): string {
  return unit === '%' ? n.toFixed(1) : countText(n);
}
