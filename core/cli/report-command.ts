/**
 * `gudesk report council --year Y [--type 보고|계획|진행] [--session "…"] [--session-period "…"]
 * [--as-of DATE] --format docx|pdf --out FILE`: the council report from the registers, written to
 * a file; what to fix is printed after it (the file is written all the same).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { REPORT_TYPES, type CouncilReportType } from '../../shared/reports/council-input.ts';
import { parseKoreanDate } from '../../shared/text/korean-date.ts';

export interface ReportCliOptions {
  year?: string;
  type?: string;
  session?: string;
  'session-period'?: string;
  'as-of'?: string;
  format?: string;
  out?: string;
  json?: boolean;
}

export interface CouncilReportResult {
  fileName: string;
  data: string;
  pages: Record<string, number>;
  problems: string[];
}

function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export async function runReportCommand(
  rest: readonly string[],
  opts: ReportCliOptions,
  call: <T>(op: string, input: unknown) => Promise<T>,
  usage: (message: string) => Error,
): Promise<void> {
  if (rest[0] !== 'council') throw usage("보고서 종류가 필요합니다: 'npx gudesk report council --year 2024 --format pdf --out 보고.pdf'");
  const year = Number(opts.year);
  if (!opts.year || !Number.isInteger(year) || year < 2000 || year > 2100) throw usage('--year에 보고 연도를 적으세요 (예: --year 2024).');
  const type = (opts.type ?? '보고') as CouncilReportType;
  if (!REPORT_TYPES.includes(type)) throw usage(`--type은 ${REPORT_TYPES.join(', ')} 중 하나입니다.`);
  const format = opts.format ?? (opts.out?.toLowerCase().endsWith('.docx') ? 'docx' : 'pdf');
  if (format !== 'pdf' && format !== 'docx') throw usage('--format은 pdf 또는 docx입니다.');
  if (!opts.out) throw usage('--out에 저장할 파일 이름을 적으세요 (예: --out 주요업무보고.pdf).');
  const today = localToday();
  const asOf = opts['as-of'] ? parseKoreanDate(opts['as-of']) : today.startsWith(String(year)) ? today : `${year}-12-31`;
  if (!asOf) throw usage(`--as-of 날짜를 읽을 수 없습니다: ${opts['as-of']} (예: 2024-09-02, 2024. 9. 2.)`);
  const r = await call<CouncilReportResult>('report.council', {
    type,
    year,
    asOf,
    format,
    ...(opts.session ? { session: opts.session } : {}),
    ...(opts['session-period'] ? { sessionPeriod: opts['session-period'] } : {}),
  });
  const out = resolve(opts.out);
  writeFileSync(out, Buffer.from(r.data, 'base64'));
  if (opts.json) {
    console.log(JSON.stringify({ file: out, pages: r.pages, problems: r.problems }));
    return;
  }
  console.log(`보고서를 저장했습니다: ${out}`);
  if (r.problems.length > 0) console.error(`확인할 것 ${r.problems.length}건:\n${r.problems.map((p) => `  - ${p}`).join('\n')}`);
}
