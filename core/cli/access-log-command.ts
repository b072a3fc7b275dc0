/**
 * `gudesk access-log [--from DATE --to DATE] [--json]`: the 접속기록 of this PC, newest first —
 * aligned Korean columns for a person, one JSON object a line for scripts. Dates are days in
 * Korean time, both included.
 */
import type { Core } from '../api/core-types.ts';
import { ACCESS_ACTION_LABELS, type AccessLogEntry, type AccessLogPage } from '../../shared/domain/access-log.ts';
import { jsonLines, textTable } from './format.ts';

export interface AccessLogCliOptions {
  from?: string;
  to?: string;
  json?: boolean;
}

const PAGE = 10_000;

function kst(iso: string): string {
  return new Date(Date.parse(iso) + 9 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

function line(e: AccessLogEntry): string[] {
  return [kst(e.at), e.actor, e.pcName, e.register, e.person || (e.count > 1 ? `${e.count}건` : ''), ACCESS_ACTION_LABELS[e.action], e.field, e.reason];
}

export async function runAccessLogCommand(command: string, opts: AccessLogCliOptions, core: () => Core, usage: (msg: string) => Error): Promise<boolean> {
  if (command !== 'access-log') return false;
  for (const [flag, value] of [['--from', opts.from], ['--to', opts.to]] as const) {
    if (value !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(value)) throw usage(`${flag}에는 2026-11-01처럼 날짜를 쓰세요.`);
  }
  const entries: AccessLogEntry[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await core().call('accessLog.list', { from: opts.from, to: opts.to, limit: PAGE, offset });
    entries.push(...(page as AccessLogPage).entries);
    if (entries.length >= page.total || page.entries.length === 0) break;
  }
  if (opts.json) {
    if (entries.length) console.log(jsonLines(entries));
    return true;
  }
  if (entries.length === 0) {
    console.log('(접속기록 0건)');
    return true;
  }
  console.log(`${textTable(['일시(KST)', '사용자', 'PC', '대장', '대상', '작업', '항목', '사유'], entries.map(line))}\n(${entries.length}건)`);
  return true;
}
