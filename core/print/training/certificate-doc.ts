/**
 * 수료증: A4 portrait in 명조, one page per trainee — 번호 (제2024-0012호), the person's real name (a
 * certificate is for the person: the handler asks a reason and logs the print), 생년월일 when known,
 * 과정명, 교육기간, 총 시간, the date '2024. 9. 27.' and the issuer ('○○구청장', a setting).
 */
import { formatKoreanDate } from '../../../shared/text/korean-date.ts';
import { SERIF_FAMILY } from '../fonts.ts';
import { keepWords } from '../keep-words.ts';
import type { ClassPrintData, PrintTrainee } from './class-data.ts';
import { classPeriod } from './class-lines.ts';

export interface CertificateOptions {
  /** enrolmentId → '제2024-0012호'. */
  numbers: ReadonlyMap<string, string>;
  issuer: string;
  /** ISO date written under the text: the class's last day, else the print date. */
  issuedOn: string;
}

/** '수료증' spaced as certificates set it. */
const TITLE = '수 료 증';

function row(label: string, value: string): object {
  return {
    columns: [
      { width: 110, text: label, characterSpacing: 1 },
      { width: 18, text: ':' },
      { width: '*', text: keepWords(value), bold: true },
    ],
    margin: [40, 0, 0, 10],
  };
}

function page(d: ClassPrintData, t: PrintTrainee, o: CertificateOptions, first: boolean): object[] {
  const facts = [
    row('성      명', t.name),
    ...(t.birthDate ? [row('생 년 월 일', formatKoreanDate(t.birthDate))] : []),
    row('과  정  명', d.courseName || d.className),
    ...(classPeriod(d) ? [row('교 육 기 간', classPeriod(d))] : []),
    ...(d.courseHours ? [row('총  시  간', `${d.courseHours}시간`)] : []),
  ];
  const body = `위 사람은 「${d.courseName || d.className}」(${d.className}) 과정을 성실히 이수하였으므로 이 증서를 수여합니다.`;
  return [
    { text: o.numbers.get(t.enrolmentId) ?? '', fontSize: 12, margin: [0, 0, 0, 60], ...(!first && { pageBreak: 'before' }) },
    { text: TITLE, fontSize: 40, bold: true, alignment: 'center', characterSpacing: 8, margin: [0, 0, 0, 70] },
    ...facts,
    { text: keepWords(body, 30), fontSize: 17, lineHeight: 1.7, margin: [20, 50, 20, 70] },
    { text: formatKoreanDate(o.issuedOn), fontSize: 16, alignment: 'center', margin: [0, 0, 0, 60] },
    { text: keepWords(o.issuer), fontSize: 26, bold: true, alignment: 'center', characterSpacing: 4 },
  ];
}

export function certificateDocument(d: ClassPrintData, people: readonly PrintTrainee[], o: CertificateOptions): object {
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [70, 80, 70, 70],
    info: { title: `${d.className} 수료증`, creator: 'GuDesk' },
    defaultStyle: { font: SERIF_FAMILY, fontSize: 15, lineHeight: 1.3 },
    content: people.flatMap((t, i) => page(d, t, o, i === 0)),
  };
}
