/** Splitting a clerk's search box text into terms, and quoting them for FTS5. */

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Letters and digits form terms; everything else (spaces, quotes, FTS5 operators' punctuation)
 * separates them, so no input can break the MATCH syntax. Lower-cased like the index.
 */
export function searchTerms(query: string): string[] {
  return [...new Set(Array.from(query.normalize('NFC').toLowerCase().matchAll(WORD), (m) => m[0]))];
}

/** Quotes a term (or a vocabulary entry, which may hold spaces) for an FTS5 MATCH expression. */
export function ftsQuote(term: string): string {
  return `"${term.replaceAll('"', '""')}"`;
}

export function charLength(text: string): number {
  return Array.from(text).length;
}
