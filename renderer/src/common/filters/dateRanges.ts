/**
 * Quick date ranges relative to today, the way a Korean office counts: weeks start on Monday,
 * months and years by the calendar. Pure; ISO 'YYYY-MM-DD' in the clerk's local time.
 */

export interface DateRange {
  /** Inclusive ISO bounds; '' = open. */
  from: string;
  to: string;
}

export type QuickRange = 'thisWeek' | 'thisMonth' | 'lastMonth' | 'thisYear' | 'lastYear';

export const QUICK_RANGES: ReadonlyArray<{ key: QuickRange; label: string }> = [
  { key: 'thisWeek', label: '이번 주' },
  { key: 'thisMonth', label: '이번 달' },
  { key: 'lastMonth', label: '지난달' },
  { key: 'thisYear', label: '올해' },
  { key: 'lastYear', label: '지난해' },
];

const pad = (n: number) => String(n).padStart(2, '0');
export const isoOf = (d: Date): string => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

export function quickRange(key: QuickRange, today: Date = new Date()): DateRange {
  const y = today.getFullYear();
  const m = today.getMonth();
  switch (key) {
    case 'thisWeek': {
      const back = (today.getDay() + 6) % 7; // Monday → 0 … Sunday → 6
      const monday = new Date(y, m, today.getDate() - back);
      // Sunday counted from that Monday's own month (this week may have begun last month).
      const sunday = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + 6);
      return { from: isoOf(monday), to: isoOf(sunday) };
    }
    case 'thisMonth':
      return { from: isoOf(new Date(y, m, 1)), to: isoOf(new Date(y, m + 1, 0)) };
    case 'lastMonth':
      return { from: isoOf(new Date(y, m - 1, 1)), to: isoOf(new Date(y, m, 0)) };
    case 'thisYear':
      return { from: `${y}-01-01`, to: `${y}-12-31` };
    case 'lastYear':
      return { from: `${y - 1}-01-01`, to: `${y - 1}-12-31` };
  }
}

/** The whole month of 'YYYY-MM' (a month bar of the chart). */
export function monthRange(month: string): DateRange {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return { from: `${month}-01`, to: isoOf(new Date(y, m, 0)) };
}

export function inRange(value: unknown, r: DateRange): boolean {
  if (typeof value !== 'string' || value === '') return false;
  const day = value.slice(0, 10);
  return (r.from === '' || day >= r.from) && (r.to === '' || day <= r.to);
}
