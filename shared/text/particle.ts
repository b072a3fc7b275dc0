/** Korean particles that depend on the last syllable of a word: '제목은', '기자는'. */

/** 은/는 after `word`; '은(는)' when the word does not end in Hangul ('URL'). */
export function topicParticle(word: string): string {
  const code = word.charCodeAt(word.length - 1) - 0xac00;
  if (Number.isNaN(code) || code < 0 || code > 11171) return '은(는)';
  return code % 28 === 0 ? '는' : '은';
}
