/**
 * Korean particles that depend on the last sound of a word: '제목은', '기자는', '언론보도가',
 * '보도자료가', '파일을', '서버로'. A word whose ending cannot be read (a lowercase Latin word, a
 * symbol) gets both forms, '은(는)', which is how Korean forms write it.
 */

/** Final consonant of the last sound: 0 none, 8 ㄹ, other > 0; null when it cannot be told. */
function finalOf(word: string): number | null {
  const last = word.trim().replace(/['")\]」』]+$/u, '').slice(-1);
  if (last === '') return null;
  const code = last.charCodeAt(0) - 0xac00;
  if (code >= 0 && code <= 11171) return code % 28;
  // Digits as read in Korean: 영 일 이 삼 사 오 육 칠 팔 구.
  const digit = '0123456789'.indexOf(last);
  if (digit >= 0) return [17, 8, 0, 16, 0, 0, 1, 8, 8, 0][digit]!;
  // An abbreviation in capitals is read letter by letter (URL → 유알엘, PDF → 피디에프, KBS → 케이비에스).
  const token = word.trim().split(/\s+/).pop() ?? '';
  if (/^[A-Z]{2,8}$/.test(token)) return last === 'L' || last === 'R' ? 8 : 'MN'.includes(last) ? 16 : 0;
  return null;
}

function pick(word: string, withFinal: string, withoutFinal: string): string {
  const final = finalOf(word);
  if (final === null) return `${withFinal}(${withoutFinal})`;
  return final === 0 ? withoutFinal : withFinal;
}

/** 은/는: '제목은', '기자는'. */
export function topicParticle(word: string): string {
  return pick(word, '은', '는');
}

/** 이/가: '언론보도가', '제목이'. */
export function subjectParticle(word: string): string {
  return pick(word, '이', '가');
}

/** 을/를: '보도일자를', '제목을'. */
export function objectParticle(word: string): string {
  return pick(word, '을', '를');
}

/** 과/와: '제목과', '기자와'. */
export function andParticle(word: string): string {
  return pick(word, '과', '와');
}

/** 으로/로: '목록으로', '서버로', and after ㄹ also 로: '파일로', '엑셀로'. */
export function meansParticle(word: string): string {
  const final = finalOf(word);
  if (final === null) return '(으)로';
  return final === 0 || final === 8 ? '로' : '으로';
}

/** The word followed by its particle: withParticle('언론보도', subjectParticle) → '언론보도가'. */
export function withParticle(word: string, particle: (w: string) => string): string {
  return `${word}${particle(word)}`;
}
