/**
 * Proof of the council report a newcomer gets from the demo (`gudesk seed-demo`, then `gudesk
 * report council`), read back as a reader would: every figure of every live sentence and table
 * is the statistic `gudesk stats … --json` gives; the contents name the pages the sections start
 * on (PDF, and the DOCX as LibreOffice prints it); no line ends inside a Korean word; every page
 * renders with embedded Nanum faces and no missing glyph.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../../core/cli/main.ts';
import { openDatabase } from '../../../core/db/open.ts';
import { DATABASE_FILE } from '../../../core/api/core.ts';
import { councilDocument } from '../../../core/reports/council-service.ts';
import { koreaToday } from '../../../core/training/korea-today.ts';
import type { StatTable } from '../../../shared/stats/types.ts';
import type { ReportDocument } from '../../../shared/reports/report-document.ts';
import { docxToPdf, modelWords, pdfPages, wordsBrokenAtLineEnds } from './pdf-text.ts';
import { contentsNumber, footerNumber, pdfFonts, printedPageOf, renderPages, squeezedLines } from './report-pages.ts';

let dir: string;
const out: string[] = [];
const today = koreaToday();
const year = Number(today.slice(0, 4));

async function gudesk(...args: string[]): Promise<string> {
  out.length = 0;
  const code = await main(['--data-dir', dir, ...args]);
  expect(code, args.join(' ')).toBe(0);
  return out.join('\n');
}
const stats = async (...args: string[]) => JSON.parse(await gudesk('stats', ...args, '--json')) as StatTable;
const report = async (format: 'pdf' | 'docx') => {
  const file = path.join(dir, `report.${format}`);
  const answer = JSON.parse(await gudesk('report', 'council', '--year', String(year), '--as-of', today, '--format', format, '--out', file, '--json')) as { pages: Record<string, number>; problems: string[] };
  return { ...answer, data: readFileSync(file) };
};

/** Numbers as the report prints them: separators, '-' for none. */
const shown = (n: number) => (n === 0 ? '-' : n.toLocaleString('en-US'));
/** The lines a statistic's table prints, spaces removed: header, 계, then its rows. */
const tableLines = (t: StatTable) => [
  [t.rowHeader, ...t.columns.map((c) => c.label)].join(''),
  ['계', ...t.total.values.map(shown)].join(''),
  ...t.rows.map((r) => [r.label, ...r.values.map(shown)].join('')),
].map((l) => l.replace(/\s+/g, ''));

let pdf: { pages: Record<string, number>; problems: string[]; data: Buffer };
let docxPages: string[];
let model: ReportDocument;
let expected: { sentences: string[]; tables: string[][] };

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'gudesk-council-proof-'));
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation(() => {});
  await gudesk('seed-demo', '--rows', '1500');
  pdf = await report('pdf');
  docxPages = pdfPages(docxToPdf((await report('docx')).data));
  const db = openDatabase(path.join(dir, DATABASE_FILE));
  try {
    model = councilDocument(db, { type: '보고', year, asOf: today }).document;
  } finally {
    db.close();
  }
  // The demo's projects quote these (core/demo/council-demo-data.ts).
  const last = { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
  const thisYear = ['--from', `${year}-01-01`, '--to', today];
  const releases = await stats('releases', '--from', last.from, '--to', last.to);
  const clippings = await stats('clippings', '--from', last.from, '--to', last.to);
  const training = await stats('training-runs', ...thisYear);
  expected = {
    sentences: [`보도자료작성및배포:${shown(releases.headline)}건`, `언론보도실적:${shown(clippings.headline)}건`, `정보화교육실적:${shown(training.headline)}명`],
    tables: [tableLines(await stats('clippings', '--by', '민선기,매체구분')), tableLines(await stats('training-runs', '--by', '과목군', ...thisYear))],
  };
  expect(releases.headline).toBeGreaterThan(100);
  expect(training.headline).toBeGreaterThan(100);
}, 240_000);
afterAll(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

function everyFigureIsItsStatistic(pages: readonly string[]) {
  const squeezed = pages.join('\n').replace(/\s+/g, '');
  for (const s of expected.sentences) expect(squeezed, s).toContain(s);
  const lines = squeezedLines(pages);
  for (const table of expected.tables) for (const line of table) expect(lines, line).toContain(line);
}

function contentsArePages(pages: readonly string[]) {
  expect(printedPageOf(pages, 'I. 일반현황')).toBe(1);
  for (const [label, heading] of [['II . 주요업무 추진실적', 'II. 주요업무 추진실적'], ['III . 중점사업 추진실적', 'III. 중점사업 추진실적']] as const) {
    const listed = contentsNumber(pages.slice(0, 3), label);
    expect(listed, label).toBeGreaterThan(1);
    expect(printedPageOf(pages, heading), label).toBe(listed);
  }
  const lists = pages.filter((p) => /연번\s+사\s*업\s*명/.test(p) && footerNumber(p) !== undefined);
  const projects = ['찾아가는 정책 공감 홍보 강화', '전략적 구정보도와 체계적 언론대응', '취약계층 디지털 정보 격차 해소 추진'];
  for (const [i, name] of projects.entries()) {
    const listed = contentsNumber(lists, name);
    expect(listed, name).toBeGreaterThan(2);
    expect(printedPageOf(pages, `${i === 2 ? '①' : ['①', '②'][i]} ${name}`), name).toBe(listed);
  }
}

function noGlyphMissing(file: Buffer, pages: readonly string[], faces: RegExp) {
  const fonts = pdfFonts(file);
  expect(fonts.length).toBeGreaterThan(0);
  expect(fonts.filter((f) => !f.embedded || !faces.test(f.name))).toEqual([]);
  const text = pages.join('\n');
  expect(text).not.toContain('\ufffd');
  // Every word of the model is on the paper (a face without the glyph would drop or replace it).
  const squeezed = text.replace(/\s+/g, '');
  expect([...modelWords(model)].filter((w) => !squeezed.includes(w))).toEqual([]);
  const rendered = renderPages(file);
  expect(rendered.images).toBe(pages.length);
  expect(rendered.complaints).toBe('');
}

describe('the demo’s council report, proved', () => {
  it('has nothing to fix, and the PDF’s pages are those the op reports', () => {
    expect(pdf.problems).toEqual([]);
    const pages = pdfPages(pdf.data);
    for (const [anchor, page] of Object.entries(pdf.pages)) expect(pages.some((p) => footerNumber(p) === page), anchor).toBe(true);
    // No empty page at the end: the last page carries more than its number.
    expect(pages.at(-1)!.replace(/\s|-|\d/g, '')).not.toBe('');
  });

  it('PDF: every live figure is its statistic, contents are the pages, words stay whole, every glyph is there', () => {
    const pages = pdfPages(pdf.data);
    everyFigureIsItsStatistic(pages);
    contentsArePages(pages);
    expect(wordsBrokenAtLineEnds(pages, modelWords(model))).toEqual([]);
    noGlyphMissing(pdf.data, pages, /^[A-Z]{6}\+Nanum/);
  });

  it('DOCX as LibreOffice prints it: the same figures, contents pages and whole words', async () => {
    everyFigureIsItsStatistic(docxPages);
    contentsArePages(docxPages);
    expect(wordsBrokenAtLineEnds(docxPages, modelWords(model))).toEqual([]);
    expect(docxPages.join('\n')).not.toContain('\ufffd');
  });
});
