/** Display formats used across the UI (pure; unit-tested). */
import { formatKoreanDate } from '../../../shared/text/korean-date.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO timestamp → '2024. 9. 2. 14:05' in the clerk's local time; unparsable text as is. */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.getFullYear()}. ${d.getMonth() + 1}. ${d.getDate()}. ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** History values: dates read the Korean way, empty shown as '(없음)'. */
export function formatHistoryValue(value: string | null): string {
  if (value === null || value === '') return '(없음)';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatKoreanDate(value);
  if (value === 'true') return '예';
  if (value === 'false') return '아니오';
  return value;
}

/** '2024-09' → '2024. 9.' and a short axis label '9월' (January also shows the year: '24.1월'). */
export function formatMonth(month: string): { full: string; short: string } {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return { full: month, short: month };
  const mo = Number(m[2]);
  return { full: `${Number(m[1])}. ${mo}.`, short: mo === 1 ? `${m[1]!.slice(2)}.1월` : `${mo}월` };
}

export const num = (n: number): string => n.toLocaleString('ko-KR');

/** How long ago, for the status bar: '방금', '5분 전', '3시간 전', then the date and time. */
export function formatSince(iso: string, now: number = Date.now()): string {
  const t = new Date(iso).getTime();
  if (Number.isNaN(t)) return iso;
  const minutes = Math.floor((now - t) / 60_000);
  if (minutes < 1) return '방금';
  if (minutes < 60) return `${minutes}분 전`;
  if (minutes < 24 * 60) return `${Math.floor(minutes / 60)}시간 전`;
  return formatDateTime(iso);
}
