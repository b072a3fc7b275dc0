/**
 * The council report's PDF writer: ReportDocument → pdfmake, A4 portrait, Korean faces embedded,
 * words kept whole (core/print/keep-words.ts). Page numbers: the cover and contents are not
 * numbered and the body's first page is '- 1 -', as in the seeds. The contents list the pages the
 * headings really start on: the document is laid out once to learn them (pdfmake reports each
 * node's page to pageBreakBefore), then again with the numbers written in — the contents' lines
 * have the same size either way, so the second layout moves nothing.
 */
import { OUTLINE_MARKERS, anchorsOf, type ReportBlock, type ReportDocument, type ReportTable } from '../../shared/reports/report-document.ts';
import { keepWords } from '../print/keep-words.ts';
import { renderPdf } from '../print/render-pdf.ts';
import { PDF_FAMILY } from './report-fonts.ts';
import { REPORT_TYPE, outlineIndent } from './report-typography.ts';
import { TIGHT_PADDING, fitTable, tableColumns } from './report-table-fit.ts';

type Pages = ReadonlyMap<string, number>;
type Node = Record<string, unknown>;

const BODY_START = '__body-start';
/** A4 portrait with 20 mm margins. */
const MARGINS: [number, number, number, number] = [57, 57, 57, 62];
const TEXT_WIDTH = 595.28 - MARGINS[0] - MARGINS[2];

function words(text: string): unknown {
  return keepWords(text);
}

function tableNode(t: ReportTable): Node[] {
  const cols = tableColumns(t);
  const fit = fitTable(t, TEXT_WIDTH, REPORT_TYPE.table.fontSize);
  const given = fit.widths ?? t.widths;
  const widths = given && given.length === cols ? given.map((w) => `${(w / given.reduce((s, x) => s + x, 0)) * 100}%`) : Array.from({ length: cols }, () => '*');
  const cell = (c: ReportTable['body'][number][number], head: boolean): Node => ({
    text: words(c.text),
    alignment: c.align ?? (head ? 'center' : 'left'),
    bold: head || c.bold,
    ...(c.colSpan ? { colSpan: c.colSpan } : {}),
    ...(c.rowSpan ? { rowSpan: c.rowSpan } : {}),
    ...(head ? { fillColor: '#e8ecf2' } : {}),
  });
  // pdfmake wants a placeholder for every cell a span covers.
  const row = (r: ReportTable['body'][number], head: boolean): Node[] =>
    r.flatMap((c) => [cell(c, head), ...Array.from({ length: (c.colSpan ?? 1) - 1 }, () => ({}))]);
  const out: Node[] = [];
  if (t.caption) out.push({ text: words(t.caption), style: 'tableCaption' });
  if (t.unit) out.push({ text: t.unit, style: 'tableUnit' });
  out.push({
    table: { headerRows: t.header.length, dontBreakRows: true, widths, body: [...t.header.map((r) => row(r, true)), ...t.body.map((r) => row(r, false))] },
    layout: {
      hLineWidth: () => 0.6,
      vLineWidth: () => 0.6,
      hLineColor: () => '#555555',
      vLineColor: () => '#555555',
      paddingTop: () => 2,
      paddingBottom: () => 2,
      ...(fit.tight ? { paddingLeft: () => TIGHT_PADDING, paddingRight: () => TIGHT_PADDING } : {}),
    },
    style: 'table',
    ...(fit.fontSize !== REPORT_TYPE.table.fontSize ? { fontSize: fit.fontSize } : {}),
  });
  return out;
}

function contentsNode(b: Extract<ReportBlock, { kind: 'contents' }>, pages: Pages): Node[] {
  const page = (anchor: string) => String(pages.get(anchor) ?? '');
  const title: Node[] = b.title ? [{ text: b.title, style: 'contentsTitle' }] : [];
  if (b.asTable) {
    const header = b.asTable.header.map((h) => ({ text: h, bold: true, alignment: 'center', fillColor: '#e8ecf2' }));
    const body = b.entries.map((e, i) => [
      { text: b.asTable!.serials[i] ?? String(i + 1), alignment: 'center' },
      { text: words(e.label) },
      ...(e.cells ?? []).map((c) => ({ text: c, alignment: 'center' })),
      { text: page(e.anchor), alignment: 'center' },
    ]);
    const widths = header.map((_h, j) => (j === 1 ? '*' : j === 0 ? 36 : 48));
    return [...title, { table: { headerRows: 1, widths, body: [header, ...body] }, layout: { hLineWidth: () => 0.6, vLineWidth: () => 0.6 }, style: 'table' }];
  }
  return [
    ...title,
    ...b.entries.map((e) => ({
      columns: [{ width: '*', text: words(e.label) }, { width: 'auto', text: `· · · ${page(e.anchor)}` }],
      style: 'contentsLine',
    })),
  ];
}

function blockNode(b: ReportBlock, pages: Pages): Node | Node[] {
  switch (b.kind) {
    case 'heading':
      // pdfmake tells pageBreakBefore the page of every node except one that breaks the page
      // itself: the id sits on the text inside, the break on the stack around it.
      return { stack: [{ text: words(b.text), ...(b.anchor ? { id: b.anchor } : {}) }], style: `h${b.level}`, ...(b.pageBreakBefore ? { pageBreak: 'before' } : {}) };
    case 'outline': {
      const t = REPORT_TYPE.outline[b.level];
      return {
        columns: [
          { width: t.fontSize * 1.1, text: b.marker ?? OUTLINE_MARKERS[b.level] },
          { width: '*', text: words(b.text) },
        ],
        columnGap: t.fontSize * 0.3,
        margin: [outlineIndent(b.level), t.spaceBefore, 0, 0],
        font: t.face === 'headline' ? PDF_FAMILY.headline : PDF_FAMILY.body,
        fontSize: t.fontSize,
        bold: t.bold,
      };
    }
    case 'note': {
      const t = REPORT_TYPE.note;
      return {
        columns: [{ width: t.fontSize * 1.1, text: '※' }, { width: '*', text: words(b.text) }],
        columnGap: t.fontSize * 0.3,
        margin: [b.level ? outlineIndent(b.level) + REPORT_TYPE.outline[b.level].fontSize * 1.4 : 0, t.spaceBefore, 0, 0],
        font: PDF_FAMILY.note,
        fontSize: t.fontSize,
      };
    }
    case 'paragraph':
      return b.framed
        ? { table: { widths: ['*'], body: [[{ text: words(b.text), margin: [6, 5, 6, 5] }]] }, layout: { hLineWidth: () => 0.8, vLineWidth: () => 0.8 }, style: 'purpose' }
        : { text: words(b.text), alignment: b.align ?? 'left', style: 'paragraph' };
    case 'table':
      return tableNode(b);
    case 'contents':
      return contentsNode(b, pages);
    case 'pageBreak':
      return { text: '', pageBreak: 'after' };
  }
}

function coverNodes(doc: ReportDocument): Node[] {
  const c = doc.cover;
  if (!c) return [];
  return [
    { text: words(c.session ?? ''), style: 'coverSession', margin: [0, 150, 0, 6] },
    { text: c.period ?? '', style: 'coverPeriod' },
    { text: words(c.title), style: 'coverTitle', margin: [0, 120, 0, 0] },
    { text: c.dateLine ?? '', style: 'coverPeriod', margin: [0, 16, 0, 0] },
    { text: words(c.department), style: 'coverDepartment', margin: [0, 190, 0, 0], ...(doc.front.length > 0 ? { pageBreak: 'after' } : {}) },
  ];
}

/** The body begins with a heading (the builders make it so); it is the mark of page 1. */
function withBodyMark(doc: ReportDocument): ReportDocument {
  const first = doc.body[0];
  if (first?.kind !== 'heading') throw new Error('보고서 본문은 제목으로 시작해야 합니다.');
  return first.anchor ? doc : { ...doc, body: [{ ...first, anchor: BODY_START }, ...doc.body.slice(1)] };
}

function bodyStart(doc: ReportDocument): string {
  const first = doc.body[0];
  return first?.kind === 'heading' && first.anchor ? first.anchor : BODY_START;
}

function definition(doc: ReportDocument, pages: Pages, frontPages: number, onNode?: (id: string, page: number) => void): Node {
  const body = doc.body.flatMap((b) => [blockNode(b, pages)].flat());
  // A space after the last node that does not fit on its page makes pdfmake add an empty page.
  const last = body.at(-1);
  if (last) body[body.length - 1] = { ...last, margin: Array.isArray(last.margin) ? [...(last.margin as number[]).slice(0, 3), 0] : [0, 2, 0, 0] };
  const content: Node[] = [
    ...coverNodes(doc),
    ...doc.front.flatMap((b) => [blockNode(b, pages)].flat()),
    // The body's first page is page 1: its first heading's page tells the first layout where that is.
    // (a first heading that breaks the page itself must not get a second, empty page)
    { stack: body, ...((doc.cover || doc.front.length > 0) && !(doc.body[0]?.kind === 'heading' && doc.body[0].pageBreakBefore) ? { pageBreak: 'before' } : {}) },
  ];
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: MARGINS,
    info: { title: doc.title, creator: 'GuDesk' },
    defaultStyle: { font: PDF_FAMILY.body, fontSize: REPORT_TYPE.body.fontSize, lineHeight: REPORT_TYPE.lineHeight },
    styles: REPORT_TYPE.pdfStyles(PDF_FAMILY),
    content,
    footer: (page: number) => (page > frontPages ? { text: `- ${page - frontPages} -`, alignment: 'center', font: PDF_FAMILY.note, fontSize: 10, margin: [0, 24, 0, 0] } : null),
    // Only to learn pages: never asks for a break.
    pageBreakBefore: onNode
      ? (node: { id?: string; pageNumbers?: number[] }) => {
          if (node.id && node.pageNumbers?.[0]) onNode(node.id, node.pageNumbers[0]);
          return false;
        }
      : undefined,
  };
}

/** The pages the headings start on, numbered as printed (the body's first page is 1), and how many pages come before the body. */
async function learnPages(doc: ReportDocument): Promise<{ pages: Map<string, number>; front: number }> {
  const raw = new Map<string, number>();
  await renderPdf(definition(doc, new Map(), 0, (id, page) => raw.set(id, page)), { serif: true });
  const front = (raw.get(bodyStart(doc)) ?? 1) - 1;
  const pages = new Map<string, number>();
  for (const anchor of anchorsOf(doc)) {
    const page = raw.get(anchor);
    if (page !== undefined) pages.set(anchor, page - front);
  }
  return { pages, front };
}

/** The PDF, and the page (as printed) each heading starts on. */
export async function writeReportPdf(input: ReportDocument): Promise<{ pdf: Buffer; pages: Map<string, number> }> {
  const doc = withBodyMark(input);
  const { pages, front } = await learnPages(doc);
  const pdf = await renderPdf(definition(doc, pages, front), { serif: true });
  return { pdf, pages };
}
