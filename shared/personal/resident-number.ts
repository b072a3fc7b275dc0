/**
 * 주민등록번호 (and 외국인등록번호) detector. GuDesk never stores one: a register with personal
 * fields refuses any value holding one, in any of its fields, with the Korean message below.
 * The shape is YYMMDD-SXXXXXX (S = 1–4 citizens, 5–8 foreigners), with or without the hyphen,
 * anywhere in a longer text. The date must be real (with the century the S digit gives), so a
 * phone number, an account number or an amount is not refused by mistake.
 */

// Six digits, an optional separator, the sex/century digit and six more; not part of a longer number.
const SHAPE = /(?<!\d)(\d{2})(\d{2})(\d{2})[-–‐ ]?([1-8])\d{6}(?!\d)/g;

function centuryOf(sexDigit: number): number {
  return sexDigit === 1 || sexDigit === 2 || sexDigit === 5 || sexDigit === 6 ? 1900 : 2000;
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

/** The first 주민등록번호-shaped part of `text`, or null. */
export function findResidentNumber(text: string): string | null {
  for (const match of text.matchAll(SHAPE)) {
    const [whole, yy, mm, dd, sex] = match;
    const year = centuryOf(Number(sex)) + Number(yy);
    if (isRealDate(year, Number(mm), Number(dd))) return whole;
  }
  return null;
}

export function holdsResidentNumber(text: string): boolean {
  return findResidentNumber(text) !== null;
}

/** The refusal, naming the field (`label`: the Korean header). */
export function residentNumberRefusal(label: string): string {
  return `${label}에 주민등록번호(외국인등록번호)로 보이는 값이 있어 저장하지 않았습니다. 주민등록번호는 수집하지 않습니다: 생년월일만 적어 주세요.`;
}
