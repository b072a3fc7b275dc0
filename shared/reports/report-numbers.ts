/**
 * Figures as Korean council reports print them (REPORT-FORMAT.md): thousands separators, △ for a
 * decrease, '-' for zero or nothing, 천원 from 원, percentages to one decimal.
 */

/** 1234567 → '1,234,567'; -455729 → '△455,729'; 0, null, NaN → '-'. */
export function reportAmount(value: number | null | undefined, digits = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '-';
  const rounded = Number(value.toFixed(digits));
  if (rounded === 0) return '-';
  const text = Math.abs(rounded).toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return rounded < 0 ? `△${text}` : text;
}

/** 원 → 천원, rounded half away from zero as budget tables do (1,500원 → 2천원). */
export function toThousandWon(won: number): number {
  const k = Math.abs(won) / 1000;
  const r = Math.floor(k + 0.5);
  return won < 0 ? -r : r;
}

/** part / whole as a percentage to one decimal ('60.5'); '-' when whole is 0. */
export function reportRate(part: number, whole: number): string {
  if (!whole) return '-';
  return reportAmount((part / whole) * 100, 1);
}

/** The change from before to now, with △ for a decrease. */
export function reportChange(now: number, before: number): { amount: string; rate: string } {
  return { amount: reportAmount(now - before), rate: before ? reportAmount(((now - before) / before) * 100, 1) : '-' };
}
