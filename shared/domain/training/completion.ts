/**
 * 출석률 and 수료 가능, one definition for the form, the grid (derived values), the 출석부 and 수료증
 * prints and the statistics: 출석 + 지각 + 공결 count as present, over the sessions already held.
 */
import type { ATTENDANCE_MARKS } from './attendance.ts';

export type AttendanceMark = (typeof ATTENDANCE_MARKS)[number];

/** Marks that count as present (공결 is an excused absence: it does not count against the trainee). */
export const PRESENT_MARKS: readonly AttendanceMark[] = ['출석', '지각', '공결'];

/** The default 수료 기준 when a course sets none. */
export const DEFAULT_PASS_RATE = 80;

/** Whole-percent attendance over held sessions; undefined when no session has been held yet. */
export function attendanceRate(marks: readonly (AttendanceMark | string)[], heldSessions: number): number | undefined {
  if (heldSessions <= 0) return undefined;
  const present = marks.filter((m) => (PRESENT_MARKS as readonly string[]).includes(m)).length;
  return Math.round((Math.min(present, heldSessions) / heldSessions) * 100);
}

/** 수료 가능: the rate reaches the course's 수료 기준 (%). */
export function canComplete(rate: number | undefined, passRate: number | undefined): boolean {
  if (rate === undefined) return false;
  return rate >= (passRate && passRate > 0 ? passRate : DEFAULT_PASS_RATE);
}
