/**
 * Which parts of a cell's text a search marks. The search matches substrings of letters and
 * digits (even one or two syllables: clippings/search.ts), so marking does the same: every
 * occurrence of every term, case-insensitive for Latin letters. No DOM here (unit-tested).
 */
const WORD = /[\p{L}\p{N}]+/gu;

/** The terms of a search box text, as the core splits them (core/db/search-terms.ts). */
export function queryTerms(query: string): string[] {
  return [...new Set(Array.from(query.normalize('NFC').toLowerCase().matchAll(WORD), (m) => m[0]))];
}

export interface TextPart {
  text: string;
  mark: boolean;
}

/** `text` cut into plain and marked parts; overlapping or touching matches merge into one mark. */
export function highlightParts(text: string, terms: readonly string[]): TextPart[] {
  if (terms.length === 0 || text === '') return [{ text, mark: false }];
  const lower = text.toLowerCase();
  // Lower-casing keeps the length of Hangul and Latin text, so offsets map back one to one.
  if (lower.length !== text.length) return [{ text, mark: false }];
  const marked = new Uint8Array(text.length);
  for (const t of terms) {
    for (let i = lower.indexOf(t); i >= 0; i = lower.indexOf(t, i + 1)) marked.fill(1, i, i + t.length);
  }
  const parts: TextPart[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || marked[i] !== marked[start]) {
      parts.push({ text: text.slice(start, i), mark: marked[start] === 1 });
      start = i;
    }
  }
  return parts;
}
