/**
 * The council report (구의회 주요업무 보고) as a document model: what the page says, not how a
 * writer lays it out. Built by pure functions from the registers' data (core/reports/), written by
 * the PDF writer (pdfmake) and the DOCX writer (docx) from this one model, so both carry the same
 * text; the renderer's preview and the manager's text edits work on it too. Korean typography
 * (../shared/REPORT-FORMAT.md): □ ○ - · outline levels with hanging indents, ※ notes, tables
 * captioned '(단위 : 천원)', contents with the real page numbers.
 */

/** □ (1) → ○ (2) → - (3) → · (4). */
export type OutlineLevel = 1 | 2 | 3 | 4;

export const OUTLINE_MARKERS: Readonly<Record<OutlineLevel, string>> = { 1: '□', 2: '○', 3: '-', 4: '·' };

export type Align = 'left' | 'center' | 'right';

export interface TableCell {
  text: string;
  align?: Align;
  bold?: boolean;
  colSpan?: number;
  rowSpan?: number;
}

export interface ReportTable {
  kind: 'table';
  /** '(단위 : 천원)' or '(단위 : 천원, %)', right-aligned above the table. */
  unit?: string;
  /** A caption line above the unit ('보도실적 (민선기별)'). */
  caption?: string;
  /** Header rows (shaded, repeated on every page the table spans). */
  header: TableCell[][];
  body: TableCell[][];
  /** Relative column widths (default: equal). */
  widths?: number[];
}

/** A heading a contents list can point to: `anchor` names it in both writers (PDF node id, DOCX bookmark). */
export interface ReportHeading {
  kind: 'heading';
  /** 1: 'I. 일반현황' (a chapter, new page); 2: '1 조직' within a chapter; 3: a project's title (new page). */
  level: 1 | 2 | 3;
  text: string;
  anchor?: string;
  /** Starts a new page (chapters and projects do). */
  pageBreakBefore?: boolean;
}

export type ReportBlock =
  | ReportHeading
  | { kind: 'outline'; level: OutlineLevel; text: string; /** ① ② … instead of the level's symbol. */ marker?: string }
  | { kind: 'note'; text: string; /** Indented under this outline level (0: flush). */ level?: OutlineLevel | 0 }
  /** A plain paragraph: a project's purpose sentence, framed as the seeds print it. */
  | { kind: 'paragraph'; text: string; align?: Align; framed?: boolean }
  | ReportTable
  | { kind: 'contents'; title: string; entries: ContentsEntry[]; /** A table (연번, 사업명, 쪽) rather than dot leaders. */ asTable?: { header: string[]; serials: string[] } }
  | { kind: 'pageBreak' };

export interface ContentsEntry {
  label: string;
  /** The heading's anchor; its page number is filled in by the writer (the page the heading starts on). */
  anchor: string;
  /** Extra cells when the contents is a table (구분 계속/신규). */
  cells?: string[];
}

export interface ReportCover {
  /** '제214회 구의회 제1차 정례회'. */
  session?: string;
  /** '2019. 6. 12. ~ 6. 25.'. */
  period?: string;
  /** '2019년 주요업무 보고'. */
  title: string;
  department: string;
  /** '2024. 9.' under the title (002's cover). */
  dateLine?: string;
}

export interface ReportDocument {
  /** The file's title (PDF metadata, DOCX core properties). */
  title: string;
  cover?: ReportCover;
  /** Pages before the body (cover, contents): not numbered; the body's first page is 1. */
  front: ReportBlock[];
  body: ReportBlock[];
}

/** Anchors of every heading, in order (writers check that contents entries point at one). */
export function anchorsOf(doc: ReportDocument): string[] {
  return [...doc.front, ...doc.body].flatMap((b) => (b.kind === 'heading' && b.anchor ? [b.anchor] : []));
}
