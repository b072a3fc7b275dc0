/**
 * 출석부: A4 landscape, the class in the title (반 이름, 교육장·강의실, 기간, 강사), trainees down
 * (연번, 이름) and sessions across (일자 '9. 2.'), one mark per cell (○ 출석, △ 지각, × 결석, 공 공결)
 * and 출석률 at the end. Many sessions: the columns go on over pages of SESSIONS_PER_PAGE, each with
 * the names again; many trainees: the rows go on over pages under the repeated header row.
 */
import { maskName } from '../../../shared/personal/mask.ts';
import { FONT_FAMILY } from '../fonts.ts';
import { keepWords } from '../keep-words.ts';
import { SEATED_STATES, type ClassPrintData, type PrintSession } from './class-data.ts';
import { classPeriod, classPlace } from './class-lines.ts';

export const MARK_SYMBOLS: Readonly<Record<string, string>> = { 출석: '○', 지각: '△', 결석: '×', 공결: '공' };
/** 16 date columns of 30 pt beside 연번, 이름 and 출석률 fill the 786 pt of an A4 landscape line. */
export const SESSIONS_PER_PAGE = 16;
const SESSION_WIDTH = 30;

/** '2024-09-02' → '9. 2.' (the year is in the title). */
export function shortDate(iso: string): string {
  const m = /^\d{4}-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${Number(m[1])}. ${Number(m[2])}.` : iso;
}

const layout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => '#6b7686',
  vLineColor: () => '#6b7686',
  paddingLeft: () => 3,
  paddingRight: () => 3,
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

export interface AttendanceOptions {
  /** '실명으로 인쇄': only with a reason, logged by the handler. */
  realNames: boolean;
}

export function attendanceDocument(d: ClassPrintData, o: AttendanceOptions): object {
  const people = d.enrolments.filter((e) => SEATED_STATES.includes(e.status));
  const chunks: PrintSession[][] = [];
  for (let i = 0; i < d.sessions.length; i += SESSIONS_PER_PAGE) chunks.push(d.sessions.slice(i, i + SESSIONS_PER_PAGE));
  if (chunks.length === 0) chunks.push([]);
  const title = `${d.className} 출석부`;
  const lines = [
    [d.courseName && `과정 ${d.courseName}`, classPlace(d) && `교육장 ${classPlace(d)}`].filter(Boolean).join(' · '),
    [classPeriod(d) && `기간 ${classPeriod(d)}`, d.instructor && `강사 ${d.instructor}`, `수강생 ${people.length}명`, `회차 ${d.sessions.length}회`].filter(Boolean).join(' · '),
    `○ 출석  △ 지각  × 결석  공 공결 · 출석률은 지난 회차 기준${o.realNames ? '' : ' · 이름은 가려 인쇄했습니다'}`,
  ].filter((l) => l !== '');
  const content: object[] = [];
  chunks.forEach((chunk, c) => {
    const last = c === chunks.length - 1;
    const from = c * SESSIONS_PER_PAGE + 1;
    const heading = chunks.length > 1 ? `${title} (${from}–${from + chunk.length - 1}회차 / 전체 ${d.sessions.length}회)` : title;
    content.push({ text: keepWords(heading), style: 'title', ...(c > 0 && { pageBreak: 'before' }) });
    if (c === 0) for (const l of lines) content.push({ text: keepWords(l, 40), style: 'subtitle' });
    const header = [
      { text: '연번', style: 'th', alignment: 'center' },
      { text: '이름', style: 'th', alignment: 'center' },
      ...chunk.map((s) => ({ text: shortDate(s.heldOn), style: 'th', alignment: 'center', fontSize: 7 })),
      ...(last ? [{ text: '출석률', style: 'th', alignment: 'center' }] : []),
    ];
    const body = people.map((p, i) => [
      { text: String(i + 1), alignment: 'right' },
      { text: keepWords(o.realNames ? p.name : maskName(p.name)), noWrap: true },
      ...chunk.map((s) => ({ text: MARK_SYMBOLS[p.marks.get(s.id) ?? ''] ?? '', alignment: 'center' })),
      ...(last ? [{ text: p.rate === undefined ? '-' : `${p.rate}%`, alignment: 'right' }] : []),
    ]);
    const widths = [24, 64, ...chunk.map(() => SESSION_WIDTH), ...(last ? [40] : [])];
    content.push({ table: { headerRows: 1, dontBreakRows: true, widths, body: [header, ...body] }, layout });
  });
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [28, 36, 28, 36],
    info: { title, creator: 'GuDesk' },
    defaultStyle: { font: FONT_FAMILY, fontSize: 9, lineHeight: 1.1 },
    styles: {
      title: { fontSize: 15, bold: true, margin: [0, 0, 0, 4] },
      subtitle: { fontSize: 9, color: '#333333', margin: [0, 0, 0, 3] },
      th: { bold: true, fillColor: '#e9eef5' },
    },
    content,
    footer: (page: number) => ({ text: `- ${page} -`, alignment: 'center', fontSize: 8.5, margin: [0, 10, 0, 0] }),
  };
}

