/**
 * `gudesk stats --list` and `gudesk stats NAME [--from 날짜 --to 날짜] [--by 묶음]`: the statistics
 * registry from the command line, as an aligned Korean table (단위, 합계) or, with --json, the
 * op's result as one JSON line (what the council report and scripts read).
 */
import type { StatInfo, StatTable } from '../../shared/stats/types.ts';
import { cellText } from '../../shared/stats/period.ts';
import { pad, width } from './format.ts';

export interface StatsCliOptions {
  list?: boolean;
  from?: string;
  to?: string;
  by?: string;
  json?: boolean;
}

const padStart = (text: string, w: number) => ' '.repeat(Math.max(0, w - width(text))) + text;

function listText(list: readonly StatInfo[]): string {
  const names = Math.max(...list.map((s) => width(s.name)));
  const labels = Math.max(...list.map((s) => width(s.label)));
  return list
    .map((s) => `${pad(s.name, names)}  ${pad(s.label, labels)}  기간: ${s.dateField.label} · 묶음: ${s.groupings.map((g) => `${g.label}(${g.id})`).join(', ')}`)
    .join('\n');
}

/** Title, unit, header row, rows and 합계, numbers right-aligned with thousands separators. */
export function statTableText(t: StatTable): string {
  const units = [...new Set(t.columns.map((c) => c.unit))];
  const header = [t.rowHeader, ...t.columns.map((c) => (units.length > 1 ? `${c.label}(${c.unit})` : c.label))];
  const body = [...t.rows, t.total].map((r) => [r.label, ...r.values.map((v, i) => cellText(v, t.columns[i]!.unit))]);
  const widths = header.map((h, i) => Math.max(width(h), ...body.map((row) => width(row[i] ?? ''))));
  const line = (row: readonly string[]) => row.map((c, i) => (i === 0 ? pad(c, widths[0]!) : padStart(c, widths[i]!))).join('  ').trimEnd();
  return [t.title, units.length === 1 ? `(단위: ${units[0]})` : '', line(header), ...body.map(line)].filter((l) => l !== '').join('\n');
}

export async function runStatsCommand(
  rest: readonly string[],
  opts: StatsCliOptions,
  call: <T>(op: string, input: unknown) => Promise<T>,
  usage: (message: string) => Error,
): Promise<void> {
  if (opts.list) {
    const list = await call<StatInfo[]>('stats.list', {});
    console.log(opts.json ? JSON.stringify(list) : listText(list));
    return;
  }
  const name = rest[0];
  if (!name) throw usage("통계 이름이 필요합니다. 'npx gudesk stats --list'로 이름을 보세요.");
  if (rest.length > 1) throw usage(`통계 이름은 하나만 쓰세요 (받은 값: ${rest.join(' ')}).`);
  const input = { name, ...(opts.from !== undefined && { from: opts.from }), ...(opts.to !== undefined && { to: opts.to }), ...(opts.by !== undefined && { by: opts.by }) };
  const table = await call<StatTable>('stats.run', input);
  console.log(opts.json ? JSON.stringify(table) : statTableText(table));
}
