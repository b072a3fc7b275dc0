import { objectParticle, topicParticle } from './particle.ts';

/**
 * Dates as Korean offices write them. Stored as ISO 'YYYY-MM-DD'; shown and printed in the
 * government style '2024. 9. 2.'. Import accepts every form clerks' files contain.
 */

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
/** 2024.9.2 · 2024. 9. 2. · 2024/09/02 · 2024년 9월 2일 */
const DOTTED = /^(\d{4})\s*[./년]\s*(\d{1,2})\s*[./월]\s*(\d{1,2})\s*[.일]?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;

function valid(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= last;
}

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Excel's day 1 is 1900-01-01, and it counts the non-existent 1900-02-29 (serial 60). */
export function excelSerialToIso(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) return undefined;
  const whole = Math.floor(serial);
  const days = whole > 59 ? whole - 1 : whole;
  const ms = Date.UTC(1899, 11, 31) + days * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * Parses a date cell. Returns ISO 'YYYY-MM-DD', or undefined when the text is not a real date
 * (2024-02-30 is refused rather than rolled over to March).
 */
export function parseKoreanDate(input: unknown): string | undefined {
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) return undefined;
    return iso(input.getUTCFullYear(), input.getUTCMonth() + 1, input.getUTCDate());
  }
  if (typeof input === 'number') return excelSerialToIso(input);
  if (typeof input !== 'string') return undefined;
  const text = input.trim();
  if (text === '') return undefined;
  if (/^\d{5}(\.\d+)?$/.test(text)) return excelSerialToIso(Number(text));
  const m = ISO.exec(text) ?? DOTTED.exec(text) ?? COMPACT.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return valid(y, mo, d) ? iso(y, mo, d) : undefined;
}

/** '2024-09-02' → '2024. 9. 2.' */
export function formatKoreanDate(isoDate: string): string {
  const m = ISO.exec(isoDate);
  if (!m) return isoDate;
  return `${Number(m[1])}. ${Number(m[2])}. ${Number(m[3])}.`;
}

export function isIsoDate(text: string): boolean {
  const m = ISO.exec(text);
  return !!m && text.length === 10 && valid(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** A date field's refusal, in the order the field shows a date (year. month. day.). */
export function dateMessage(label: string): string {
  return `${label}${topicParticle(label)} 2024. 9. 2. 형식의 실제 날짜로 입력하세요.`;
}

export function missingDateMessage(label: string): string {
  return `${label}${objectParticle(label)} 입력하세요.`;
}
