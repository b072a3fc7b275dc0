/** Korean particles (조사) that depend on whether the previous word ends in a consonant. */

/** Final consonant index of the last sound (0 = none, 8 = ㄹ), or 0 when unknown. */
function finalConsonant(word: string): number {
  for (let i = word.length - 1; i >= 0; i--) {
    const ch = word.charAt(i);
    const code = ch.charCodeAt(0);
    if (code >= 0xac00 && code <= 0xd7a3) return (code - 0xac00) % 28;
    // Digits are read in Sino-Korean: 0 영, 1 일, 3 삼, 6 육, 7 칠, 8 팔 end in a consonant.
    if (ch >= '0' && ch <= '9') return '013678'.includes(ch) ? (ch === '1' || ch === '7' || ch === '8' ? 8 : 4) : 0;
    // Latin letters as spoken: L 엘 · M 엠 · N 엔 · R 알.
    if (/[a-z]/i.test(ch)) return 'lLrR'.includes(ch) ? 8 : 'mMnN'.includes(ch) ? 4 : 0;
    // quotes, brackets and spaces are skipped
  }
  return 0;
}

type Pair = '은/는' | '이/가' | '을/를' | '과/와' | '으로/로' | '이라고/라고';

/** josa('금천구', '은/는') → '는' */
export function josa(word: string, pair: Pair): string {
  const [withFinal, without] = pair.split('/') as [string, string];
  const final = finalConsonant(word);
  if (pair === '으로/로') return final === 0 || final === 8 ? without : withFinal;
  return final === 0 ? without : withFinal;
}

/** word followed by its particle: withJosa('구청', '을/를') → '구청을' */
export function withJosa(word: string, pair: Pair): string {
  return word + josa(word, pair);
}
