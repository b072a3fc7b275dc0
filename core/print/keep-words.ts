/**
 * Korean text for pdfmake that wraps only between words. pdfmake breaks lines by Unicode's line
 * breaking rules, under which any two Hangul syllables may part ('일자리경제/과'); Korean
 * documents wrap at spaces. Each word becomes its own inline marked `noWrap`, so pdfmake moves
 * it to the next line whole. A word too long for any line (a URL, a long code) is left breakable
 * — the print counterpart of CSS `overflow-wrap: anywhere` — so it cannot run off the page.
 */

export interface KeptInline {
  text: string;
  noWrap?: boolean;
}

/** Longer words than this (in characters) may break inside; ~a third of a narrow column. */
export const DEFAULT_MAX_KEPT = 18;

/**
 * '금천구 일자리경제과 보도' → [{text:'금천구',noWrap}, ' ', {text:'일자리경제과',noWrap}, ' ', …].
 * Line breaks in the text stay line breaks.
 */
export function keepWords(text: string, maxKept = DEFAULT_MAX_KEPT): KeptInline[] {
  const out: KeptInline[] = [];
  // Words, runs of spaces and single newlines; a date as printed ('2024. 9. 30.') is one word.
  for (const part of text.match(/\d{4}\. \d{1,2}\. \d{1,2}\.|\r?\n|[ \t\u00a0\u3000]+|[^ \t\u00a0\u3000\r\n]+/g) ?? []) {
    if (part === '') continue;
    if (/^\r?\n$/.test(part)) out.push({ text: '\n' });
    else if (/^[ \t\u00a0\u3000]+$/.test(part)) out.push({ text: ' ' });
    else out.push(part.length <= maxKept ? { text: part, noWrap: true } : { text: part });
  }
  return out.length > 0 ? out : [{ text: '' }];
}

/** About how wide `text` is at `fontSize` in NanumGothic (Hangul and CJK full width, the rest narrower). */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += /[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]/.test(ch) ? 0.92 : 0.56;
  return em * fontSize;
}
