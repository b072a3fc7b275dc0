/**
 * The demo's three-year window of days. Offices publish releases on working days only, so the
 * calendar knows weekends and Korean public holidays (lunar ones from a fixed table).
 */
import type { Rng } from './random.ts';

const DAY_MS = 86_400_000;

const FIXED_HOLIDAYS = new Set(['01-01', '03-01', '05-05', '06-06', '08-15', '10-03', '10-09', '12-25']);

/** 설날·추석 (with the day before and after) and 부처님오신날, 2020–2030. */
const LUNAR_HOLIDAYS: ReadonlyArray<readonly [number, number, number]> = [
  // [설날 MMDD, 추석 MMDD, 부처님오신날 MMDD] for 2020 + index
  [125, 1001, 430], [212, 921, 519], [201, 910, 508], [122, 929, 527], [210, 917, 515],
  [129, 1006, 505], [217, 925, 524], [207, 915, 513], [127, 1003, 502], [213, 922, 520],
  [203, 912, 509],
];

export function isoToDay(iso: string): number {
  return Math.floor(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS);
}

export function dayToIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function lunarHolidayDays(): Set<number> {
  const days = new Set<number>();
  LUNAR_HOLIDAYS.forEach((row, i) => {
    const year = 2020 + i;
    row.forEach((mmdd, kind) => {
      const day = Math.floor(Date.UTC(year, Math.floor(mmdd / 100) - 1, mmdd % 100) / DAY_MS);
      days.add(day);
      if (kind < 2) {
        days.add(day - 1);
        days.add(day + 1);
      }
    });
  });
  return days;
}

const LUNAR = lunarHolidayDays();

export function isWorkday(day: number): boolean {
  const weekday = (day + 4) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
  if (weekday === 0 || weekday === 6) return false;
  if (LUNAR.has(day)) return false;
  return !FIXED_HOLIDAYS.has(dayToIso(day).slice(5));
}

export interface Calendar {
  first: number;
  last: number;
  /** ISO text of a day in the window (cached: formatting dates is the slow part). */
  iso(day: number): string;
  randomWorkday(rng: Rng): number;
  randomDay(rng: Rng): number;
  /** The working day `lag` working days after `day`, never later than the window's end. */
  workdaysAfter(day: number, lag: number): number;
}

/** Window: the three years ending on `today` (inclusive). */
export function buildCalendar(today: string): Calendar {
  const last = isoToDay(today);
  const y = Number(today.slice(0, 4)) - 3;
  const md = today.slice(5) === '02-29' ? '02-28' : today.slice(5);
  const first = isoToDay(`${y}-${md}`) + 1;
  const isoCache: string[] = [];
  const workdays: number[] = [];
  /** index into workdays of the last working day on or before each day */
  const workIndex: number[] = [];
  for (let d = first; d <= last; d++) {
    isoCache.push(dayToIso(d));
    if (isWorkday(d)) workdays.push(d);
    workIndex.push(workdays.length - 1);
  }
  return {
    first,
    last,
    iso: (day) => isoCache[day - first] ?? dayToIso(day),
    randomWorkday: (rng) => (workdays.length ? (workdays[rng.int(workdays.length)] as number) : first + rng.int(last - first + 1)),
    randomDay: (rng) => first + rng.int(last - first + 1),
    workdaysAfter(day, lag) {
      const index = workIndex[day - first] ?? -1;
      const target = Math.min(index + lag, workdays.length - 1);
      const result = target >= 0 ? (workdays[target] as number) : day;
      return Math.max(Math.min(result, last), day);
    },
  };
}
