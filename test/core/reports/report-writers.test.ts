/**
 * The council report's two writers from one model: the same text in PDF and DOCX (the DOCX as
 * LibreOffice prints it), contents that name the pages the sections really start on, pages
 * numbered from the body, Korean words never broken at a line's end, fonts embedded in the PDF.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeReportDocx } from '../../../core/reports/report-docx.ts';
import { writeReportPdf } from '../../../core/reports/report-pdf.ts';
import { docxToPdf, modelWords, pdfPages, wordsBrokenAtLineEnds } from './pdf-text.ts';
import { sampleReport } from './sample-report.ts';
import { contentsNumber as contentsNumberIn, printedPageOf } from './report-pages.ts';

const contentsNumber = (pages: readonly string[], label: string) => contentsNumberIn(pages.slice(0, 4), label);

function check(pages: string[], doc: ReturnType<typeof sampleReport>) {
  // The cover carries no page number; the body's first page is '- 1 -'.
  expect(pages[0]).not.toMatch(/^\s*-\s?\d+\s?-\s*$/m);
  expect(printedPageOf(pages, 'I. 일반현황')).toBe(1);
  const projects = ['① 홍보기능 강화를 통한 구 이미지 제고', '② 다양한 매체를 활용한 뉴미디어 구정홍보', '③ 스마트 정보화교육 운영', '④ 정보통신장비 구매 설치'];
  const list = pages.filter((p) => /사\s*업\s*명/.test(p));
  for (const title of projects) {
    const label = title.slice(2);
    const listed = contentsNumber(list, label);
    expect(listed, label).toBeGreaterThan(1);
    expect(printedPageOf(pages, title), label).toBe(listed);
  }
  expect(contentsNumber(pages, 'II . 주요업무 추진실적')).toBe(printedPageOf(pages, 'II. 주요업무 추진실적'));
  expect(wordsBrokenAtLineEnds(pages, modelWords(doc))).toEqual([]);
  const all = pages.join('\n');
  // LibreOffice sets figures apart from Hangul in its fallback face ('195 건'): compare without spaces.
  const squeezed = all.replace(/\s+/g, '');
  for (const text of ['제214회 구의회 제1차 정례회', '2019. 6. 12. ~ 6. 25.', '□ 사업개요', '(단위 : 천원, %)', '△78,846', '※ 언론보도 실적은']) expect(squeezed).toContain(text.replace(/\s+/g, ''));
}

describe('council report writers', () => {
  const doc = sampleReport(4);

  it('PDF: contents give the real pages, words stay whole, Korean faces are embedded', async () => {
    const { pdf, pages } = await writeReportPdf(doc);
    expect(pages.get('general')).toBe(1);
    check(pdfPages(pdf), doc);
    const dir = mkdtempSync(path.join(tmpdir(), 'gudesk-fonts-'));
    writeFileSync(path.join(dir, 'r.pdf'), pdf);
    const fonts = execFileSync('pdffonts', [path.join(dir, 'r.pdf')], { encoding: 'utf8' });
    expect(fonts).toMatch(/NanumMyeongjo\s/);
    expect(fonts).toMatch(/NanumGothicBold/);
    expect(fonts.split('\n').slice(2).filter((l) => l.trim() !== '' && !/\syes\s+yes\s/.test(l))).toEqual([]);
  });

  it('DOCX, as LibreOffice prints it: the same contents pages and whole words', async () => {
    const docx = await writeReportDocx(doc);
    check(pdfPages(docxToPdf(docx)), doc);
  }, 120_000);
});

describe('the broken-word check', () => {
  it('finds a Korean word split over two lines, and passes one moved whole', () => {
    const words = new Set(['다양하고', '체계적인', '홍보를']);
    expect(wordsBrokenAtLineEnds(['현안에 대한 다양하\n고 체계적인 홍보를'], words)).toEqual(['다양하|고']);
    expect(wordsBrokenAtLineEnds(['현안에 대한\n다양하고 체계적인 홍보를'], words)).toEqual([]);
  });
});
