/** Reading generated documents back as a reader would: pdftotext per page, LibreOffice for DOCX. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ReportDocument } from '../../../shared/reports/report-document.ts';

export function pdfPages(pdf: Buffer): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'gudesk-pdf-'));
  const file = path.join(dir, 'doc.pdf');
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  // pdftotext ends every page with a form feed.
  return text.split('\f').slice(0, -1);
}

/** The DOCX opened and printed to PDF by LibreOffice headless, as an office PC would show it. */
export function docxToPdf(docx: Buffer): Buffer {
  const dir = mkdtempSync(path.join(tmpdir(), 'gudesk-docx-'));
  const file = path.join(dir, 'report.docx');
  writeFileSync(file, docx);
  execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], { stdio: 'ignore', timeout: 120_000 });
  return readFileSync(path.join(dir, 'report.pdf'));
}

/** Every word the document's model holds (its texts split at spaces), with the symbols it prints. */
export function modelWords(doc: ReportDocument): Set<string> {
  const texts: string[] = [];
  const c = doc.cover;
  if (c) texts.push(c.session ?? '', c.period ?? '', c.title, c.department, c.dateLine ?? '');
  for (const b of [...doc.front, ...doc.body]) {
    if (b.kind === 'heading' || b.kind === 'outline' || b.kind === 'note' || b.kind === 'paragraph') texts.push(b.text, b.kind === 'outline' ? (b.marker ?? '') : '');
    if (b.kind === 'table') texts.push(b.unit ?? '', b.caption ?? '', ...[...b.header, ...b.body].flat().map((x) => x.text));
    if (b.kind === 'contents') texts.push(b.title, ...b.entries.flatMap((e) => [e.label, ...(e.cells ?? [])]), ...(b.asTable ? [...b.asTable.header, ...b.asTable.serials] : []));
  }
  return new Set(texts.flatMap((t) => t.split(/\s+/)).filter((w) => w !== ''));
}

/**
 * Places where a line ends inside a word of the model: the last piece of one line and the first
 * of the next make one word ('다양하' / '고' → '다양하고'). Returned as 'piece|piece'.
 */
export function wordsBrokenAtLineEnds(pages: readonly string[], words: ReadonlySet<string>): string[] {
  const broken: string[] = [];
  for (const page of pages) {
    const lines = page.split('\n').map((l) => l.trim()).filter((l) => l !== '');
    for (let i = 0; i + 1 < lines.length; i++) {
      const a = lines[i]!.split(/\s+/).at(-1)!;
      const b = lines[i + 1]!.split(/\s+/)[0]!;
      if (/[\uac00-\ud7af]/.test(a + b) && words.has(a + b)) broken.push(`${a}|${b}`);
    }
  }
  return broken;
}
