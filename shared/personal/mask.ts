/**
 * Masking per personal kind (마스킹). One function per kind, so a name reads 김*용 wherever it is
 * shown; an empty value stays empty (a clerk must still see that nothing was typed).
 */
import type { PersonalKind } from './kinds.ts';

export const SENSITIVE_MASK = '●●●';

/** 김철용 → 김*용, 남궁민수 → 남궁*수, 이준 → 이*; a Latin name keeps its first and last letter. */
export function maskName(value: string): string {
  const chars = [...value.trim()];
  if (chars.length === 0) return '';
  if (chars.length === 1) return '*';
  if (chars.length === 2) return `${chars[0]}*`;
  if (chars.length === 3) return `${chars[0]}*${chars[2]}`;
  const hangul = chars.every((c) => /[가-힣*]/.test(c)); // a masked name masks the same again
  // Four Hangul syllables are usually a two-syllable surname (남궁, 황보, 제갈) plus a given name.
  const kept = hangul ? 2 : 1;
  return chars.slice(0, kept).join('') + '*'.repeat(chars.length - kept - 1) + chars.at(-1);
}

/** 010-1234-5678 → 010-1234-****, 02-123-4567 → 02-123-****; the last four digits go, in any form. */
export function maskPhone(value: string): string {
  const trimmed = value.trim();
  if (trimmed === '') return '';
  // Already masked (a viewer's copy from the server): masking again would take the middle digits too.
  if (/\*{4}$/.test(trimmed)) return trimmed;
  const digits = trimmed.replace(/\D/g, '');
  if (/^\d+$/.test(trimmed) && digits.length >= 9 && digits.length <= 11) {
    // Digits typed without hyphens: write them in the usual groups, so the mask reads the same.
    const area = digits.startsWith('02') ? 2 : 3;
    const middle = digits.length - area - 4;
    return `${digits.slice(0, area)}-${digits.slice(area, area + middle)}-****`;
  }
  let toMask = Math.min(4, digits.length);
  const out = [...trimmed];
  for (let i = out.length - 1; i >= 0 && toMask > 0; i--) {
    if (/\d/.test(out[i] ?? '')) {
      out[i] = '*';
      toMask--;
    }
  }
  return out.join('');
}

/** 1990-05-03 → 1990-**-**: the year stays (age groups in statistics), month and day go. */
export function maskBirthDate(value: string): string {
  const trimmed = value.trim();
  if (trimmed === '') return '';
  const year = /^(\d{4})/.exec(trimmed);
  if (year) return `${year[1]}-**-**`;
  return trimmed.replace(/\d/g, '*');
}

// A token naming an area: 서울특별시, 강남구, 역삼1동, 종로1가, 가평군, 청평면 … (not 101동, which starts with a digit).
const AREA_TOKEN = /^[가-힣]+\d*(특별자치시|특별자치도|특별시|광역시|시|도|구|군|읍|면|동|가|리)$/;
// The short names clerks type for a 시/도 (서울 관악구 …).
const SHORT_REGIONS = new Set(['서울', '부산', '대구', '인천', '광주', '대전', '울산', '세종', '경기', '강원', '충북', '충남', '전북', '전남', '경북', '경남', '제주']);
const MAX_AREA_TOKENS = 4;

/** 서울특별시 강남구 역삼동 123-45 → 서울특별시 강남구 역삼동 ***: the area stays, the rest goes. */
export function maskAddress(value: string): string {
  const tokens = value.trim().split(/\s+/).filter((t) => t !== '');
  if (tokens.length === 0) return '';
  const kept: string[] = [];
  for (const token of tokens) {
    if (kept.length >= MAX_AREA_TOKENS || !(AREA_TOKEN.test(token) || (kept.length === 0 && SHORT_REGIONS.has(token)))) break;
    kept.push(token);
  }
  if (kept.length === tokens.length) return kept.join(' ');
  return [...kept, '***'].join(' ');
}

/** kim.yong@example.com → k***@…: the domain can name a small employer, so it goes too. */
export function maskEmail(value: string): string {
  const trimmed = value.trim();
  if (trimmed === '') return '';
  const first = [...trimmed][0] ?? '';
  return `${first}***@…`;
}

export function maskValue(kind: PersonalKind, value: string): string {
  switch (kind) {
    case 'name':
      return maskName(value);
    case 'phone':
      return maskPhone(value);
    case 'birthDate':
      return maskBirthDate(value);
    case 'address':
      return maskAddress(value);
    case 'email':
      return maskEmail(value);
    case 'sensitive':
      return value.trim() === '' ? '' : SENSITIVE_MASK;
  }
}
