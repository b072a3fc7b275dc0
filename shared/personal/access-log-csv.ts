/**
 * 접속기록 as CSV for the monthly review (접속기록 점검 › CSV로 내보내기): UTF-8 with a BOM so
 * Excel reads the Korean, times in Korean time, and text Excel could take for a formula
 * (=, +, -, @ first) written with a leading apostrophe.
 */
import { ACCESS_ACTION_LABELS, type AccessLogEntry } from '../domain/access-log.ts';

export const ACCESS_LOG_CSV_HEADERS = ['일시(KST)', '사용자', '로그인', 'PC', '대장', '기록 ID', '대상', '작업', '항목', '사유', '건수'] as const;

/** '2026-11-02 10:05' in Korean time. */
export function kstMinute(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  return new Date(ms + 9 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

function cell(text: string): string {
  const guarded = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

export function accessLogCsv(entries: readonly AccessLogEntry[], registerLabel: (name: string) => string = (n) => n): string {
  const rows = entries.map((e) => [
    kstMinute(e.at), e.actor, e.login, e.pcName, registerLabel(e.register), e.recordId, e.person, ACCESS_ACTION_LABELS[e.action], e.field, e.reason, String(e.count),
  ]);
  return `\uFEFF${[ACCESS_LOG_CSV_HEADERS, ...rows].map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
