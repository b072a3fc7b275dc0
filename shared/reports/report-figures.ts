/**
 * Live figures in a report's text: what the manager writes between braces, and how a statistic's
 * answer prints. '{보도자료 배포 건수}' is the headline of a statistic (by its Korean label or
 * name) over the report's period; '{{표: 언론보도 건수 민선기×매체구분별}}' is its table, grouped;
 * a period may follow after a comma ('…, 2019. 1. 1. ~ 2019. 5. 31.' or '…, 전체 기간'). The
 * statistics registry answers; nothing here counts.
 */
import { AppError } from '../api/errors.ts';
import { STATISTICS, STAT_NAMES, resolveGroupings, type StatName } from '../stats/registry.ts';
import { cellText } from '../stats/period.ts';
import type { StatTable } from '../stats/types.ts';
import { parseKoreanDate } from '../text/korean-date.ts';
import type { ReportTable, TableCell } from './report-document.ts';
import { reportAmount } from './report-numbers.ts';

export interface FigureRequest {
  stat: StatName;
  /** Grouping ids, in order (rows, then columns). */
  by: string[];
  /** The period written with the figure; undefined: the report's own period. */
  period?: { from: string | null; to: string | null };
}

const squeeze = (s: string) => s.replace(/\s+/g, '');

function parsePeriod(text: string): { from: string | null; to: string | null } {
  const t = text.trim();
  if (squeeze(t) === '전체기간' || squeeze(t) === '전체') return { from: null, to: null };
  const [a = '', b = ''] = t.split(/~|∼|〜/);
  const year = a.match(/^\s*(\d{4})\.?/)?.[1];
  const from = parseKoreanDate(a.trim());
  // '2019. 1. 1. ~ 5. 31.': the end takes the start's year, as the seeds write it.
  const to = parseKoreanDate(b.trim()) ?? (year && b.trim() ? parseKoreanDate(`${year}. ${b.trim()}`) : undefined);
  if (!from || !to) throw new AppError('invalid_input', `기간을 읽을 수 없습니다: '${t}' (예: 2019. 1. 1. ~ 2019. 5. 31., 전체 기간)`);
  return { from, to };
}

/** '언론보도 건수 민선기×매체구분별, 2019. 1. 1. ~ 5. 31.' → the statistic, groupings and period. */
export function parseFigure(written: string): FigureRequest {
  const [head = '', ...rest] = written.split(',');
  const periodText = rest.join(',').trim();
  const compact = squeeze(head);
  // The longest label (or ASCII name) the text starts with: '보도자료 기사화 건수' before '보도자료'.
  const candidates = STAT_NAMES.flatMap((n) => [
    { n, key: squeeze(STATISTICS[n].info.label) },
    { n, key: n },
  ]).sort((x, y) => y.key.length - x.key.length);
  const hit = candidates.find((c) => compact.startsWith(c.key));
  if (!hit) {
    const known = STAT_NAMES.map((n) => STATISTICS[n].info.label).join(', ');
    throw new AppError('invalid_input', `알 수 없는 통계입니다: '${head.trim()}' (쓸 수 있는 통계: ${known})`);
  }
  const groupText = compact.slice(hit.key.length).replace(/별$/, '');
  // The text was read without spaces: give each grouping back its label ('교육장구분' → '교육장 구분').
  const offered = STATISTICS[hit.n].info.groupings;
  const parts = groupText.split(/[×x*·,]/).filter((g) => g !== '').map((g) => offered.find((o) => squeeze(o.label) === g)?.label ?? g);
  const by = resolveGroupings(hit.n, parts);
  return { stat: hit.n, by, ...(periodText ? { period: parsePeriod(periodText) } : {}) };
}

/** A figure inside a sentence: the headline number with separators and no unit ('195'). */
export function figureText(t: StatTable): string {
  return reportAmount(t.headline, Number.isInteger(t.headline) ? 0 : 1);
}

/**
 * A statistic's table as the report prints it: the grouping's header, '계' first (as the seeds'
 * tables put it), numbers right-aligned with separators, '-' for zero.
 */
export function statReportTable(t: StatTable): ReportTable {
  const num = (n: number, unit: string): TableCell => ({ text: n === 0 ? '-' : cellText(n, unit), align: 'right' });
  const header: TableCell[] = [{ text: t.rowHeader }, ...t.columns.map((c) => ({ text: c.label }))];
  const total: TableCell[] = [{ text: '계', align: 'center', bold: true }, ...t.total.values.map((v, i) => ({ ...num(v, t.columns[i]?.unit ?? ''), bold: true }))];
  const rows = t.rows.map((r): TableCell[] => [{ text: r.label }, ...r.values.map((v, i) => num(v, t.columns[i]?.unit ?? ''))]);
  const units = [...new Set(t.columns.map((c) => c.unit))];
  return {
    kind: 'table',
    caption: t.title,
    unit: `(단위 : ${units.join(', ')})`,
    header: [header],
    body: t.rows.length > 0 ? [total, ...rows] : [total],
    widths: [3, ...t.columns.map(() => 2)],
  };
}
