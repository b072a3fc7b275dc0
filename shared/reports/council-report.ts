/**
 * The council report, built: registers' data (council-input.ts) → ReportDocument. A pure function:
 * live figures are answered by the `figure` callback (the core runs the statistics registry), so
 * the preview, the CLI and the tests build the same document. Every derived figure — 과부족,
 * 집행률, 증감, 증감률, totals — is computed here. What cannot be built right is not guessed: it
 * comes back in `problems` (Korean, naming what to fix) and shows in the text as 〔확인 필요: …〕.
 */
import { formatKoreanDate } from '../text/korean-date.ts';
import type { StatTable } from '../stats/types.ts';
import type { CouncilProject, CouncilReportInput, DepartmentProfile, ProjectBudget } from './council-input.ts';
import { GRADES, REPORT_TYPE_TITLES, STAFF_GROUPS } from './council-input.ts';
import { fillFigures, parseOutline, tableBlock } from './outline-text.ts';
import type { ContentsEntry, ReportBlock, ReportDocument, TableCell } from './report-document.ts';
import { figureText, parseFigure, statReportTable, type FigureRequest } from './report-figures.ts';
import { reportAmount, reportChange, reportRate } from './report-numbers.ts';

/** Answers one live figure over a period (the report's, unless the text names one). */
export type FigureSource = (request: FigureRequest, period: { from: string | null; to: string | null }) => StatTable;

export interface BuiltReport {
  document: ReportDocument;
  problems: string[];
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V'];
/** An ISO UTC instant as Korea reads it ('2019. 6. 3. 18:12'; KST is UTC+9 all year). */
function koreanTime(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  const k = new Date(t + 9 * 3_600_000).toISOString();
  return `${formatKoreanDate(k.slice(0, 10))} ${k.slice(11, 16)}`;
}
const circled = (i: number) => (i < 20 ? String.fromCodePoint(0x2460 + i) : `(${i + 1})`);
const num = (n: number | undefined): TableCell => ({ text: reportAmount(n ?? null), align: 'right' });
const rate = (text: string): TableCell => ({ text, align: 'right' });
const head = (...texts: string[]): TableCell[] => texts.map((text) => ({ text }));
const sum = (xs: readonly (number | undefined)[]) => xs.reduce<number>((s, x) => s + (x ?? 0), 0);

class Builder {
  readonly problems: string[] = [];
  private readonly input: CouncilReportInput;
  private readonly figure: FigureSource;
  constructor(input: CouncilReportInput, figure: FigureSource) {
    this.input = input;
    this.figure = figure;
  }

  private get period() {
    return { from: `${this.input.settings.year}-01-01`, to: this.input.settings.asOf };
  }

  private fail(where: string, message: string): void {
    this.problems.push(`${where}: ${message}`);
  }

  private liveFigure(where: string, written: string, asTable: true): ReportBlock[];
  private liveFigure(where: string, written: string, asTable: false): string;
  private liveFigure(where: string, written: string, asTable: boolean): string | ReportBlock[] {
    try {
      const request = parseFigure(written);
      const answer = this.figure(request, request.period ?? this.period);
      return asTable ? [statReportTable(answer)] : figureText(answer);
    } catch (e) {
      this.fail(where, e instanceof Error ? e.message : String(e));
      const shown = `〔확인 필요: ${written}〕`;
      return asTable ? [{ kind: 'outline', level: 2, text: shown }] : shown;
    }
  }

  private outline(where: string, text: string): ReportBlock[] {
    const fill = (t: string) => fillFigures(t, (ref) => this.liveFigure(where, ref.name, false));
    return parseOutline(text).flatMap((item): ReportBlock[] => {
      switch (item.kind) {
        case 'outline':
          return [{ kind: 'outline', level: item.level, text: fill(item.text), ...(item.marker ? { marker: item.marker } : {}) }];
        case 'note':
          return [{ kind: 'note', level: item.level, text: fill(item.text) }];
        case 'table':
          return item.rows.length > 0 ? [tableBlock(item.rows.map((r) => r.map(fill)), item.unit)] : [];
        case 'figureTable': {
          const blocks = this.liveFigure(where, item.ref.name, true);
          return item.unit ? blocks.map((b) => (b.kind === 'table' ? { ...b, unit: item.unit } : b)) : blocks;
        }
      }
    });
  }

  // ── I. 일반현황 ──────────────────────────────────────────────────────────────────────────
  private general(profile: DepartmentProfile | undefined): ReportBlock[] {
    const blocks: ReportBlock[] = [{ kind: 'heading', level: 1, text: `${ROMAN[0]}. 일반현황`, anchor: 'general', pageBreakBefore: true }];
    if (!profile) {
      blocks.push({ kind: 'outline', level: 2, text: '부서 현황 자료가 없습니다.' });
      this.fail('일반현황', '부서 현황(기준일별)을 입력하세요: 조직, 인력, 주요시설 및 장비, 예산현황이 여기에 들어갑니다.');
      return blocks;
    }
    const asOf = `(기준일 : ${formatKoreanDate(profile.asOf)})`;
    blocks.push({ kind: 'heading', level: 2, text: '1. 조직' });
    blocks.push({ kind: 'outline', level: 2, text: `${profile.department} - ${profile.teams.length}개 팀` });
    if (profile.teams.length > 0) {
      blocks.push({ kind: 'table', widths: [1, 3], header: [head('팀명', '주요업무')], body: profile.teams.map((t) => [{ text: t.team, align: 'center' }, { text: t.duties.map((d) => `◦ ${d}`).join('\n') }]) });
    } else this.fail('일반현황 · 조직', `${formatKoreanDate(profile.asOf)} 부서 현황에 팀이 없습니다.`);

    blocks.push({ kind: 'heading', level: 2, text: '2. 인력' });
    blocks.push(...this.staffing(profile, asOf));
    blocks.push({ kind: 'heading', level: 2, text: '3. 주요시설 및 장비' });
    if (profile.facilities.length > 0) {
      blocks.push({
        kind: 'table',
        widths: [1, 2, 4, 1.4],
        header: [head('구분', '명칭', '현황', '비고')],
        body: profile.facilities.map((f) => [
          { text: f.kind, align: 'center' },
          { text: f.name },
          { text: f.status.map((s) => fillFigures(s, (ref) => this.liveFigure(`주요시설 및 장비 · ${f.name}`, ref.name, false))).join('\n') },
          { text: f.note ?? '', align: 'center' },
        ]),
      });
    } else blocks.push({ kind: 'outline', level: 2, text: '해당 없음' });
    blocks.push({ kind: 'heading', level: 2, text: '4. 예산현황' });
    blocks.push(...this.budget(profile));
    return blocks;
  }

  private staffing(profile: DepartmentProfile, asOf: string): ReportBlock[] {
    if (profile.staffing.length === 0) {
      this.fail('일반현황 · 인력', `${formatKoreanDate(profile.asOf)} 부서 현황에 인력(직급별 정원·현원) 행이 없습니다.`);
      return [{ kind: 'outline', level: 2, text: '인력 현황 자료가 없습니다.' }];
    }
    // Only the grades someone holds or may hold: a 15-column table of blanks helps no reader.
    const groups = STAFF_GROUPS.map((g) => ({ group: g, grades: GRADES.filter((gr) => profile.staffing.some((s) => s.group === g && s.grade === gr && (s.authorized || s.filled))) })).filter((g) => g.grades.length > 0);
    const cells = groups.flatMap((g) => g.grades.map((gr) => profile.staffing.filter((s) => s.group === g.group && s.grade === gr)));
    const line = (label: string, of: (rows: typeof profile.staffing) => number): TableCell[] => {
      const values = cells.map(of);
      return [{ text: label, align: 'center' }, num(sum(values)), ...values.map((v) => num(v))];
    };
    return [
      { kind: 'note', level: 0, text: asOf },
      {
        kind: 'table',
        unit: '(단위 : 명)',
        widths: [1.4, 1, ...cells.map(() => 0.8)],
        header: [
          [{ text: '구 분' }, { text: '계' }, ...groups.map((g) => ({ text: g.group, colSpan: g.grades.length }))],
          [{ text: '' }, { text: '' }, ...groups.flatMap((g) => g.grades.map((gr) => ({ text: gr })))],
        ],
        body: [
          line('정 원', (rows) => sum(rows.map((r) => r.authorized))),
          line('현 원', (rows) => sum(rows.map((r) => r.filled))),
          line('과부족', (rows) => sum(rows.map((r) => r.filled - r.authorized))),
        ],
      },
    ];
  }

  private budget(profile: DepartmentProfile): ReportBlock[] {
    const rows = profile.budget;
    if (rows.length === 0) return [{ kind: 'outline', level: 2, text: '예산 자료가 없습니다.' }];
    const y = this.input.settings.year;
    if (rows.some((r) => r.previous !== undefined)) {
      const total = { unit: '계', budget: sum(rows.map((r) => r.budget)), previous: sum(rows.map((r) => r.previous)) };
      const line = (r: { unit: string; budget: number; previous?: number }, bold = false): TableCell[] => {
        const c = reportChange(r.budget, r.previous ?? 0);
        return [{ text: r.unit, align: bold ? 'center' : 'left', bold }, num(r.budget), num(r.previous), rate(c.amount), rate(r.previous ? c.rate : '-')];
      };
      return [{ kind: 'table', unit: '(단위 : 천원, %)', widths: [3, 1.3, 1.3, 1.2, 1], header: [head('단위사업명', `${y}년 예산`, `${y - 1}년 예산`, '증감', '증감률')], body: [line(total, true), ...rows.map((r) => line(r))] }];
    }
    const total = { unit: '계', budget: sum(rows.map((r) => r.budget)), spent: sum(rows.map((r) => r.spent)) };
    const line = (r: { unit: string; budget: number; spent?: number }, bold = false): TableCell[] => [
      { text: r.unit, align: bold ? 'center' : 'left', bold },
      num(r.budget),
      num(r.spent),
      rate(r.spent === undefined ? '-' : reportRate(r.spent, r.budget)),
    ];
    return [{ kind: 'table', unit: '(단위 : 천원, %)', widths: [3.4, 1.3, 1.3, 1], header: [head('단위사업명', '예산액', '집행액', '집행률')], body: [line(total, true), ...rows.map((r) => line(r))] }];
  }

  // ── projects ─────────────────────────────────────────────────────────────────────────────
  private projectBudget(where: string, b: ProjectBudget | undefined): ReportBlock[] {
    if (!b) return [];
    // A form that promises a budget but holds no amount: say so rather than print a table of blanks.
    const empty = b.kind === 'execution' ? !b.budget : b.years.length === 0 || b.sources.every((s) => s.amounts.every((a) => !a));
    if (empty) {
      this.fail(where, b.kind === 'execution' ? '소요예산의 예산액이 없습니다: 예산액을 입력하거나 소요예산 형식을 \'없음\'으로 바꾸세요.' : '소요예산(재원별·연차별) 행이 없습니다: 재원·연도별 금액을 입력하거나 소요예산 형식을 \'없음\'으로 바꾸세요.');
      return [{ kind: 'outline', level: 1, text: '소요예산 : 〔확인 필요: 금액 없음〕' }];
    }
    if (b.kind === 'execution') {
      return [
        { kind: 'outline', level: 1, text: `소요예산 : ${reportAmount(b.budget)}천원` },
        { kind: 'table', unit: '(단위 : 천원, %)', header: [head('예산액', '집행액', '집행률')], body: [[{ text: `${reportAmount(b.budget)}${b.source ? `(${b.source})` : ''}`, align: 'right' }, num(b.spent), rate(b.spent === undefined ? '-' : reportRate(b.spent, b.budget))]] },
      ];
    }
    if (b.sources.some((s) => s.amounts.length !== b.years.length)) {
      this.fail(where, '소요예산의 재원별 금액 수가 연차 수와 다릅니다.');
    }
    const total = sum(b.sources.flatMap((s) => s.amounts));
    const yearTotals = b.years.map((_y, i) => sum(b.sources.map((s) => s.amounts[i])));
    return [
      { kind: 'outline', level: 1, text: `${this.input.settings.year}년 소요예산 : ${reportAmount(total)}천원` },
      {
        kind: 'table',
        unit: '(단위 : 천원)',
        header: [head('구분', '계', ...b.years.map((y) => `${y}년`))],
        body: [
          [{ text: '계', align: 'center', bold: true }, num(total), ...yearTotals.map((v) => num(v))],
          ...b.sources.map((s): TableCell[] => [{ text: s.source, align: 'center' }, num(sum(s.amounts)), ...b.years.map((_y, i) => num(s.amounts[i]))]),
        ],
      },
    ];
  }

  private project(p: CouncilProject, i: number, anchor: string): ReportBlock[] {
    const where = `${circled(i)} ${p.name}`;
    const blocks: ReportBlock[] = [{ kind: 'heading', level: 3, text: `${circled(i)} ${p.name}`, anchor, pageBreakBefore: true }];
    if (p.purpose?.trim()) blocks.push({ kind: 'paragraph', framed: true, text: p.purpose.trim() });
    for (const b of p.blocks) {
      blocks.push({ kind: 'outline', level: 1, text: b.title });
      blocks.push(...this.outline(`${where} · ${b.title}`, b.text));
    }
    blocks.push(...this.projectBudget(where, p.budget));
    if (p.blocks.length === 0 && !p.budget) this.fail(where, '내용(사업개요, 추진실적 …)이 없습니다.');
    return blocks;
  }

  private chapter(n: number, title: string, anchor: string, projects: readonly CouncilProject[], prefix: string): ReportBlock[] {
    const anchors = projects.map((_p, i) => `${prefix}-${i}`);
    const entries: ContentsEntry[] = projects.map((p, i) => ({ label: p.name, anchor: anchors[i]!, cells: [p.kind] }));
    return [
      { kind: 'heading', level: 1, text: `${ROMAN[n]}. ${title}`, anchor, pageBreakBefore: true },
      { kind: 'contents', title: '', entries, asTable: { header: ['연번', '사 업 명', '구분', '쪽'], serials: projects.map((_p, i) => circled(i)) } },
      ...projects.flatMap((p, i) => this.project(p, i, anchors[i]!)),
    ];
  }

  build(): ReportDocument {
    const { settings, profile, projects } = this.input;
    const names = REPORT_TYPE_TITLES[settings.type];
    const title = `${settings.year}년 ${names.title}`;
    const regular = projects.filter((p) => !p.priority);
    const priority = projects.filter((p) => p.priority);
    const body: ReportBlock[] = [...this.general(profile)];
    if (projects.length === 0) this.fail('주요사업', `${settings.year}년 주요사업이 없습니다: 보고할 사업을 등록하세요.`);
    const contents: ContentsEntry[] = [{ label: `${ROMAN[0]} . 일반현황`, anchor: 'general' }];
    body.push(...this.chapter(1, names.chapter, 'chapter-projects', regular, 'project'));
    contents.push({ label: `${ROMAN[1]} . ${names.chapter}`, anchor: 'chapter-projects' });
    if (priority.length > 0) {
      body.push(...this.chapter(2, names.priority, 'chapter-priority', priority, 'priority'));
      contents.push({ label: `${ROMAN[2]} . ${names.priority}`, anchor: 'chapter-priority' });
    }
    const freshness = [`통계 기준일 : ${formatKoreanDate(settings.asOf)}`, settings.lastSyncAt ? `마지막 동기화 : ${koreanTime(settings.lastSyncAt)}` : '동기화하지 않은 자료'].join(' · ');
    return {
      title,
      cover: {
        ...(settings.session ? { session: settings.session } : {}),
        ...(settings.sessionPeriod ? { period: settings.sessionPeriod } : {}),
        title,
        department: profile?.department ?? '',
        ...(settings.type === '진행' ? { dateLine: `${settings.year}. ${Number(settings.asOf.slice(5, 7))}.` } : {}),
      },
      front: [
        { kind: 'contents', title: settings.type === '보고' ? '보고 순서' : '목 차', entries: contents },
        { kind: 'note', level: 0, text: freshness },
      ],
      body,
    };
  }
}

export function buildCouncilReport(input: CouncilReportInput, figure: FigureSource): BuiltReport {
  const builder = new Builder(input, figure);
  const document = builder.build();
  return { document, problems: builder.problems };
}
