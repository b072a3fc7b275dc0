/** Months as the app says them: '2026-11' ↔ '2026년 11월', and a month before or after. */

export function koreanMonth(month: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  return m ? `${m[1]}년 ${Number(m[2])}월` : month;
}

/** '2026-01' shifted by -1 → '2025-12'. */
export function shiftMonth(month: string, by: number): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return month;
  const index = Number(m[1]) * 12 + Number(m[2]) - 1 + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}
