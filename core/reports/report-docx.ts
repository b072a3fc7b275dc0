/**
 * The council report's DOCX writer: the same ReportDocument as the PDF, for the manager who edits
 * it further in Word or 한/글. Three sections — cover and contents unnumbered, the body numbered
 * from '- 1 -' — and the contents' page numbers are PAGEREF fields to bookmarks on the headings, so
 * Word and LibreOffice print the pages the headings really start on after any edit.
 * Korean lines keep words whole: every paragraph sets w:wordWrap (Word breaks 어절 only with it;
 * LibreOffice breaks Korean at spaces already).
 */
import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  Document,
  Footer,
  Packer,
  PageNumber,
  PageReference,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlignSection,
  WidthType,
  type ISectionOptions,
} from 'docx';
import { OUTLINE_MARKERS, type Align, type ReportBlock, type ReportDocument, type ReportTable } from '../../shared/reports/report-document.ts';
import { DOCX_FONT, type ReportFace } from './report-fonts.ts';
import { TIGHT_PADDING, fitTable, tableColumns } from './report-table-fit.ts';
import { REPORT_TYPE, markerWidth, outlineIndent } from './report-typography.ts';

const PT = 20; // twips per point
const PAGE = { width: 11906, height: 16838, margin: 1134 };
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;

function font(face: ReportFace) {
  const name = DOCX_FONT[face];
  return { ascii: name, hAnsi: name, eastAsia: name, cs: name };
}

function run(text: string, face: ReportFace, size: number, bold = false): TextRun {
  return new TextRun({ text, font: font(face), size: Math.round(size * 2), bold });
}

const ALIGN: Readonly<Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]>> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
};

function paragraph(children: (TextRun | Bookmark | PageReference)[], opts: { before?: number; after?: number; align?: Align; indent?: { left: number; hanging?: number }; tabAt?: number; pageBreakBefore?: boolean; line?: number } = {}): Paragraph {
  return new Paragraph({
    children,
    wordWrap: true,
    // No extra gap between Hangul and figures ('195건', not '195 건'), as 한/글 prints them.
    autoSpaceEastAsianText: false,
    alignment: opts.align ? ALIGN[opts.align] : undefined,
    spacing: { before: Math.round((opts.before ?? 0) * PT), after: Math.round((opts.after ?? 0) * PT), line: opts.line ?? REPORT_TYPE.docxLine },
    indent: opts.indent,
    tabStops: opts.tabAt !== undefined ? [{ type: TabStopType.LEFT, position: opts.tabAt }] : undefined,
    pageBreakBefore: opts.pageBreakBefore,
  });
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '555555' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };

function table(t: ReportTable): (Paragraph | Table)[] {
  const cols = tableColumns(t);
  const fit = fitTable(t, TEXT_WIDTH / PT, REPORT_TYPE.table.fontSize);
  const size = fit.fontSize;
  const given = fit.widths ?? t.widths;
  const weights = given && given.length === cols ? given : Array.from({ length: cols }, () => 1);
  const total = weights.reduce((s, w) => s + w, 0);
  const columnWidths = weights.map((w) => Math.floor((w / total) * TEXT_WIDTH));
  const row = (cells: ReportTable['body'][number], head: boolean) =>
    new TableRow({
      tableHeader: head,
      cantSplit: true,
      children: cells.map(
        (c) =>
          new TableCell({
            columnSpan: c.colSpan,
            rowSpan: c.rowSpan,
            borders: BORDERS,
            shading: head ? { type: ShadingType.CLEAR, fill: 'E8ECF2', color: 'auto' } : undefined,
            margins: fit.tight ? { left: TIGHT_PADDING * PT, right: TIGHT_PADDING * PT, top: 30, bottom: 30 } : { left: 80, right: 80, top: 30, bottom: 30 },
            children: [paragraph([run(c.text, 'body', size, head || c.bold)], { align: c.align ?? (head ? 'center' : 'left'), line: 276 })],
          }),
      ),
    });
  const out: (Paragraph | Table)[] = [];
  if (t.caption) out.push(paragraph([run(t.caption, 'headline', 13, true)], { before: 8, after: 2 }));
  if (t.unit) out.push(paragraph([run(t.unit, 'note', 11)], { align: 'right', before: 4, after: 2, line: 240 }));
  out.push(new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths, rows: [...t.header.map((r) => row(r, true)), ...t.body.map((r) => row(r, false))] }));
  out.push(paragraph([], { after: 4, line: 240 }));
  return out;
}

function contents(b: Extract<ReportBlock, { kind: 'contents' }>): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  if (b.title) out.push(paragraph([run(b.title, 'headline', 22, true)], { align: 'center', before: 40, after: 30 }));
  if (b.asTable) {
    const size = REPORT_TYPE.table.fontSize;
    const cell = (children: (TextRun | PageReference)[], align: Align, head = false) =>
      new TableCell({ borders: BORDERS, shading: head ? { type: ShadingType.CLEAR, fill: 'E8ECF2', color: 'auto' } : undefined, children: [paragraph(children, { align, line: 276 })] });
    const n = b.asTable.header.length;
    const fixed = 900;
    const columnWidths = b.asTable.header.map((_h, j) => (j === 1 ? TEXT_WIDTH - fixed * (n - 1) : fixed));
    const rows = [
      new TableRow({ tableHeader: true, children: b.asTable.header.map((h) => cell([run(h, 'body', size, true)], 'center', true)) }),
      ...b.entries.map(
        (e, i) =>
          new TableRow({
            cantSplit: true,
            children: [
              cell([run(b.asTable!.serials[i] ?? String(i + 1), 'body', size)], 'center'),
              cell([run(e.label, 'body', size)], 'left'),
              ...(e.cells ?? []).map((c) => cell([run(c, 'body', size)], 'center')),
              cell([new PageReference(e.anchor)], 'center'),
            ],
          }),
      ),
    ];
    out.push(new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths, rows }));
    return out;
  }
  for (const e of b.entries) {
    out.push(
      new Paragraph({
        wordWrap: true,
        autoSpaceEastAsianText: false,
        indent: { left: 30 * PT, right: 30 * PT },
        spacing: { after: 14 * PT },
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH - 60 * PT, leader: 'middleDot' }],
        children: [run(e.label, 'headline', 16), run('\t', 'headline', 16), new PageReference(e.anchor)],
      }),
    );
  }
  return out;
}

function block(b: ReportBlock): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'heading': {
      const t = REPORT_TYPE.headings[b.level];
      const text = run(b.text, 'headline', t.fontSize, true);
      return [paragraph([b.anchor ? new Bookmark({ id: b.anchor, children: [text] }) : text], { before: t.spaceBefore, after: b.level === 2 ? 4 : 10, pageBreakBefore: b.pageBreakBefore })];
    }
    case 'outline': {
      const t = REPORT_TYPE.outline[b.level];
      const left = Math.round((outlineIndent(b.level) + markerWidth(b.level)) * PT);
      return [paragraph([run(`${b.marker ?? OUTLINE_MARKERS[b.level]}\t${b.text}`, t.face, t.fontSize, t.bold)], { before: t.spaceBefore, indent: { left, hanging: Math.round(markerWidth(b.level) * PT) }, tabAt: left })];
    }
    case 'note': {
      const t = REPORT_TYPE.note;
      const base = b.level ? outlineIndent(b.level) + markerWidth(b.level) : 0;
      const left = Math.round((base + t.fontSize * 1.4) * PT);
      return [paragraph([run(`※\t${b.text}`, 'note', t.fontSize)], { before: t.spaceBefore, indent: { left, hanging: Math.round(t.fontSize * 1.4 * PT) }, tabAt: left })];
    }
    case 'paragraph':
      if (b.framed) {
        return [
          new Table({
            width: { size: TEXT_WIDTH, type: WidthType.DXA },
            columnWidths: [TEXT_WIDTH],
            rows: [new TableRow({ children: [new TableCell({ borders: BORDERS, margins: { left: 120, right: 120, top: 100, bottom: 100 }, children: [paragraph([run(b.text, 'body', REPORT_TYPE.body.fontSize)])] })] })],
          }),
          paragraph([], { line: 240 }),
        ];
      }
      return [paragraph([run(b.text, 'body', REPORT_TYPE.body.fontSize)], { align: b.align, before: 4 })];
    case 'table':
      return table(b);
    case 'contents':
      return contents(b);
    case 'pageBreak':
      return [paragraph([], { pageBreakBefore: true })];
  }
}

function coverChildren(doc: ReportDocument): Paragraph[] {
  const c = doc.cover;
  if (!c) return [];
  const size = REPORT_TYPE.cover;
  return [
    ...(c.session ? [paragraph([run(c.session, 'headline', size.session)], { align: 'center' })] : []),
    ...(c.period ? [paragraph([run(c.period, 'body', size.period)], { align: 'center', after: 100 })] : []),
    paragraph([run(c.title, 'headline', size.title, true)], { align: 'center', before: 60 }),
    ...(c.dateLine ? [paragraph([run(c.dateLine, 'body', size.period)], { align: 'center', before: 16 })] : []),
    paragraph([run(c.department, 'headline', size.department, true)], { align: 'center', before: 160 }),
  ];
}

const pageProps = { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin } };

export async function writeReportDocx(doc: ReportDocument): Promise<Buffer> {
  const sections: ISectionOptions[] = [];
  if (doc.cover) sections.push({ properties: { page: pageProps, verticalAlign: VerticalAlignSection.CENTER }, children: coverChildren(doc) });
  if (doc.front.length > 0) sections.push({ properties: { page: pageProps }, children: doc.front.flatMap(block) });
  sections.push({
    properties: { page: { ...pageProps, pageNumbers: { start: 1 } } },
    footers: {
      default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['- ', PageNumber.CURRENT, ' -'], font: font('note'), size: 20 })] })] }),
    },
    children: doc.body.flatMap(block),
  });
  const document = new Document({
    creator: 'GuDesk',
    title: doc.title,
    // Word recomputes the contents' PAGEREF fields when the file opens.
    features: { updateFields: true },
    styles: { default: { document: { run: { font: font('body'), size: REPORT_TYPE.body.fontSize * 2 } } } },
    sections,
  });
  return Packer.toBuffer(document);
}
