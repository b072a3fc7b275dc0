/**
 * Sizes, faces and spacing of the council report (REPORT-FORMAT.md: □ headings 16 pt in a headline
 * face, ○ and - 15 pt 명조, ※ 13 pt 고딕, tables about 12 pt, line spacing 150–160 %, more space
 * before □ than before ○, more before ○ than before -). One table for both writers, so the PDF
 * and the DOCX look alike.
 */
import type { OutlineLevel } from '../../shared/reports/report-document.ts';
import type { ReportFace } from './report-fonts.ts';

export interface TextType {
  face: ReportFace;
  fontSize: number;
  bold?: boolean;
  /** Space above, in points. */
  spaceBefore: number;
}

const outline: Readonly<Record<OutlineLevel, TextType>> = {
  1: { face: 'headline', fontSize: 16, bold: true, spaceBefore: 16 },
  2: { face: 'body', fontSize: 15, spaceBefore: 8 },
  3: { face: 'body', fontSize: 15, spaceBefore: 4 },
  4: { face: 'body', fontSize: 14, spaceBefore: 2 },
};

/** Where each level's symbol starts, in points from the margin; the text hangs after the symbol. */
const INDENT: Readonly<Record<OutlineLevel, number>> = { 1: 0, 2: 14, 3: 30, 4: 44 };

export function outlineIndent(level: OutlineLevel): number {
  return INDENT[level];
}

/** The symbol's box: the text of every line starts after it (hanging indent). */
export function markerWidth(level: OutlineLevel): number {
  return outline[level].fontSize * 1.4;
}

export const REPORT_TYPE = {
  lineHeight: 1.3,
  /** DOCX line spacing (240 = single): 160 %, as 한/글 documents set. */
  docxLine: 384,
  body: { face: 'body', fontSize: 15, spaceBefore: 4 } satisfies TextType,
  outline,
  note: { face: 'note', fontSize: 13, spaceBefore: 3 } satisfies TextType,
  table: { face: 'body', fontSize: 11.5, spaceBefore: 6 } satisfies TextType,
  headings: {
    1: { face: 'headline', fontSize: 20, bold: true, spaceBefore: 0 },
    2: { face: 'headline', fontSize: 16, bold: true, spaceBefore: 14 },
    3: { face: 'headline', fontSize: 18, bold: true, spaceBefore: 0 },
  } satisfies Record<1 | 2 | 3, TextType>,
  cover: { session: 18, title: 30, department: 22, period: 15 },
  /** pdfmake styles, by family name per face. */
  pdfStyles(family: Readonly<Record<ReportFace, string>>): Record<string, unknown> {
    const h = REPORT_TYPE.headings;
    return {
      h1: { font: family.headline, fontSize: h[1].fontSize, bold: true, margin: [0, 0, 0, 12] },
      h2: { font: family.headline, fontSize: h[2].fontSize, bold: true, margin: [0, h[2].spaceBefore, 0, 4] },
      h3: { font: family.headline, fontSize: h[3].fontSize, bold: true, margin: [0, 0, 0, 10] },
      paragraph: { margin: [0, 4, 0, 0] },
      purpose: { margin: [0, 2, 0, 6] },
      table: { fontSize: REPORT_TYPE.table.fontSize, lineHeight: 1.15, margin: [0, 2, 0, 6] },
      tableCaption: { font: family.headline, fontSize: 13, bold: true, margin: [0, 8, 0, 2] },
      tableUnit: { font: family.note, fontSize: 11, alignment: 'right', margin: [0, 4, 0, 2] },
      contentsTitle: { font: family.headline, fontSize: 22, bold: true, alignment: 'center', margin: [0, 40, 0, 30] },
      contentsLine: { font: family.headline, fontSize: 16, margin: [30, 0, 30, 14] },
      coverSession: { font: family.headline, fontSize: REPORT_TYPE.cover.session, alignment: 'center' },
      coverPeriod: { font: family.body, fontSize: REPORT_TYPE.cover.period, alignment: 'center' },
      coverTitle: { font: family.headline, fontSize: REPORT_TYPE.cover.title, bold: true, alignment: 'center' },
      coverDepartment: { font: family.headline, fontSize: REPORT_TYPE.cover.department, bold: true, alignment: 'center' },
    };
  },
};
