/**
 * A register list printed as shown: A4 landscape, Korean fonts embedded, a title with what the
 * list was narrowed by and the day it was printed, the visible columns under a header row that
 * repeats on every page, 연번, and '- 1 -' page numbers. Words are kept whole (keep-words.ts).
 */
import { formatKoreanDate } from '../../shared/text/korean-date.ts';
import { FONT_FAMILY } from './fonts.ts';
import { renderPdf } from './render-pdf.ts';
import { keepWords, textWidth } from './keep-words.ts';

export interface PrintColumn {
  label: string;
  /** The column's width on screen (px); the page shares its width in these proportions. */
  width: number;
}

export interface ListPrint {
  title: string;
  description: string;
  columns: PrintColumn[];
  rows: string[][];
}

/** A4 landscape is 842 × 595 pt. */
const PAGE_MARGINS: [number, number, number, number] = [28, 36, 28, 36];
const TABLE_WIDTH = 842 - PAGE_MARGINS[0] - PAGE_MARGINS[2];
const SERIAL_WIDTH = 30;
/** Below this a column cannot hold a two-syllable word at 8.5 pt. */
const MIN_COLUMN = 34;

export function localIso(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The widest whole word a column must hold (a date, a name), within reason. */
const MAX_WORD_ROOM = 96;
const FONT_SIZE = 8.5;

function widestWord(texts: Iterable<string>): number {
  let widest = 0;
  for (const text of texts) {
    for (const part of keepWords(text)) if (part.noWrap) widest = Math.max(widest, textWidth(part.text, FONT_SIZE));
  }
  return Math.min(MAX_WORD_ROOM, Math.ceil(widest + 1));
}

/**
 * Screen widths scaled to the page; a column is never narrower than a readable minimum nor than
 * its widest kept word (so '2024. 11. 30.' or '일자리경제과' is not pushed over its border); the
 * other columns give up the room.
 */
export function pageWidths(columns: readonly PrintColumn[], rows: readonly string[][] = []): number[] {
  const room = TABLE_WIDTH - SERIAL_WIDTH - 6 * (columns.length + 1); // cell padding
  const total = columns.reduce((s, c) => s + c.width, 0) || 1;
  const least = columns.map((c, j) => Math.max(MIN_COLUMN, widestWord([c.label, ...rows.map((r) => r[j] ?? '')])));
  let widths = columns.map((c, j) => Math.max(least[j]!, (c.width / total) * room));
  for (let pass = 0; pass < 3; pass++) {
    const sum = widths.reduce((s, w) => s + w, 0);
    if (sum <= room + 0.01) break;
    // Shrink the columns above their least width, in proportion, and no further than that.
    const free = widths.reduce((s, w, j) => s + (w - least[j]!), 0);
    const cut = Math.min(1, (sum - room) / (free || 1));
    widths = widths.map((w, j) => w - (w - least[j]!) * cut);
  }
  return widths.map((w) => Math.floor(w * 10) / 10);
}

export function listDocument(p: ListPrint, today: Date = new Date()): object {
  const count = p.rows.length.toLocaleString('ko-KR');
  const header = [
    { text: '연번', style: 'th', alignment: 'center' },
    ...p.columns.map((c) => ({ text: keepWords(c.label), style: 'th' })),
  ];
  const body = p.rows.map((row, i) => [
    { text: String(i + 1), alignment: 'right' },
    ...p.columns.map((_c, j) => ({ text: keepWords(row[j] ?? '') })),
  ]);
  const subtitle = [p.description, `${count}건`, `인쇄일 ${formatKoreanDate(localIso(today))}`].filter((s) => s !== '').join(' · ');
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: PAGE_MARGINS,
    info: { title: p.title, creator: 'GuDesk' },
    defaultStyle: { font: FONT_FAMILY, fontSize: FONT_SIZE, lineHeight: 1.15 },
    styles: {
      title: { fontSize: 15, bold: true, margin: [0, 0, 0, 4] },
      subtitle: { fontSize: 9, color: '#444444', margin: [0, 0, 0, 8] },
      th: { bold: true, fillColor: '#e9eef5' },
    },
    content: [
      { text: keepWords(p.title), style: 'title' },
      { text: keepWords(subtitle, 40), style: 'subtitle' },
      {
        table: { headerRows: 1, dontBreakRows: true, widths: [SERIAL_WIDTH, ...pageWidths(p.columns, p.rows)], body: [header, ...body] },
        layout: {
          hLineWidth: () => 0.5,
          vLineWidth: () => 0.5,
          hLineColor: () => '#9aa5b4',
          vLineColor: () => '#9aa5b4',
          paddingLeft: () => 3,
          paddingRight: () => 3,
          paddingTop: () => 2,
          paddingBottom: () => 2,
        },
      },
    ],
    footer: (page: number) => ({ text: `- ${page} -`, alignment: 'center', fontSize: 8.5, margin: [0, 10, 0, 0] }),
  };
}

export async function printListPdf(p: ListPrint, today: Date = new Date()): Promise<Buffer> {
  return renderPdf(listDocument(p, today));
}
