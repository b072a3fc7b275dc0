/**
 * Short-query index. FTS5's trigram tokenizer cannot match a query shorter than three characters,
 * and most Korean searches are two syllables (홍보, 구청). So each searchable text is also written
 * to a second FTS5 table as space-separated bigrams of every word, plus each word's last syllable:
 * '금천구청' → '금천 천구 구청 청'. A two-syllable query is then one exact token ('구청'), and a
 * one-syllable query a prefix ('구*'): every occurrence of a syllable starts a bigram or ends a word.
 */

const WORD = /[\p{L}\p{N}]+/gu;

export function koreanBigrams(text: string | null | undefined): string {
  if (!text) return '';
  const out: string[] = [];
  for (const match of text.toLowerCase().matchAll(WORD)) {
    const chars = Array.from(match[0]);
    for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
    out.push(chars[chars.length - 1]!);
  }
  return out.join(' ');
}

/** Characters that can take part in a search term; everything else separates terms. */
export function searchTerms(query: string): string[] {
  return Array.from(query.toLowerCase().matchAll(WORD), (m) => m[0]);
}

/** Quotes a term for an FTS5 MATCH expression. */
export function ftsQuote(term: string): string {
  return `"${term.replaceAll('"', '""')}"`;
}
