/** Reading a printed report's pages back (pdftotext -layout): footers, contents lines, fonts, word boxes. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The number a page prints in its footer ('- N -'). */
export function footerNumber(page: string): number | undefined {
  const m = page.match(/^\s*-\s?(\d+)\s?-\s*$/m);
  return m ? Number(m[1]) : undefined;
}

/** The page (as numbered in its footer) on which a line starting with `text` stands. */
export function printedPageOf(pages: readonly string[], text: string): number | undefined {
  const page = pages.find((p) => p.split('\n').some((l) => l.trim().startsWith(text)));
  return page === undefined ? undefined : footerNumber(page);
}

/** The page number a contents line gives for `label`: the first number after it (on its line or the next two). */
export function contentsNumber(pages: readonly string[], label: string): number | undefined {
  for (const page of pages) {
    const lines = page.split('\n').map((l) => l.trim());
    const i = lines.findIndex((l) => l.includes(label));
    if (i < 0) continue;
    const after = [lines[i]!, ...lines.slice(i + 1, i + 3)].join(' ');
    const m = after.slice(after.indexOf(label) + label.length).match(/(\d+)\s*$|(\d+)/m);
    if (m) return Number(m[1] ?? m[2]);
  }
  return undefined;
}

const squeeze = (s: string) => s.replace(/\s+/g, '');

/** Every line of the pages without its spaces (LibreOffice sets figures apart from Hangul: '195 건'). */
export function squeezedLines(pages: readonly string[]): Set<string> {
  return new Set(pages.flatMap((p) => p.split('\n').map(squeeze)).filter((l) => l !== ''));
}

function writeTemp(pdf: Buffer): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gudesk-proof-'));
  const file = path.join(dir, 'r.pdf');
  writeFileSync(file, pdf);
  return file;
}

/** pdffonts' rows: name and whether the face is embedded. */
export function pdfFonts(pdf: Buffer): { name: string; embedded: boolean }[] {
  const out = execFileSync('pdffonts', [writeTemp(pdf)], { encoding: 'utf8' });
  return out.split('\n').slice(2).filter((l) => l.trim() !== '').map((l) => {
    const cols = l.trim().split(/\s+/);
    // name type… encoding emb sub uni object ID: emb is the 5th column from the end.
    return { name: cols[0]!, embedded: cols.at(-5) === 'yes' };
  });
}

/** Renders every page to PNG (pdftoppm, 30 dpi): how many images, and what poppler complained of. */
export function renderPages(pdf: Buffer): { images: number; complaints: string } {
  const file = writeTemp(pdf);
  const r = spawnSync('pdftoppm', ['-r', '30', '-png', file, path.join(path.dirname(file), 'page')], { encoding: 'utf8' });
  return { images: readdirSync(path.dirname(file)).filter((f) => f.endsWith('.png')).length, complaints: r.stderr.trim() };
}

/** Word boxes (pdftotext -bbox): each word's text and right edge, per page, with the page width. */
export function wordBoxes(pdf: Buffer): { width: number; words: { text: string; xMax: number }[] }[] {
  const html = execFileSync('pdftotext', ['-bbox', writeTemp(pdf), '-'], { encoding: 'utf8' });
  return html.split('<page ').slice(1).map((p) => ({
    width: Number(p.match(/width="([\d.]+)"/)![1]),
    words: [...p.matchAll(/<word xMin="[\d.]+" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map((m) => ({ xMax: Number(m[1]), text: m[2]! })),
  }));
}
