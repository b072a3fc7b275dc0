/**
 * The value kinds added by the register kernel beside text, dates and yes/no: integer, money (원),
 * month, time and datetime. Each has one parser (what clerks type or keep in their spreadsheets),
 * one check (the stored form) and one formatter (grid, print). Pure functions, shared by the zod
 * rules, import, the CLI and the renderer.
 */
import { isIsoDate, parseKoreanDate } from '../text/korean-date.ts';

/** 'YYYY-MM' */
const MONTH = /^(\d{4})-(\d{2})$/;
/** 'HH:MM' */
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
/** 'YYYY-MM-DDTHH:MM' (local, no zone: an office's clock) */
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)$/;

const pad = (n: number) => String(n).padStart(2, '0');

/** Whole numbers as typed: '1,234', '1234', ' 12 '. */
export function parseInteger(input: unknown): number | undefined {
  if (typeof input === 'number') return Number.isSafeInteger(input) ? input : undefined;
  if (typeof input !== 'string') return undefined;
  const text = input.trim().replace(/[,\s]/g, '');
  if (!/^-?\d+$/.test(text)) return undefined;
  const n = Number(text);
  return Number.isSafeInteger(n) ? n : undefined;
}

/** Won as clerks write them: '1,234,000', '1,234,000원', '₩1,234,000', '123만원', '1억 2천만원'. */
export function parseMoney(input: unknown): number | undefined {
  if (typeof input === 'number') return Number.isSafeInteger(input) && input >= 0 ? input : undefined;
  if (typeof input !== 'string') return undefined;
  const text = input.trim().replace(/^₩/, '').replace(/원$/, '').replace(/[,\s]/g, '');
  if (/^\d+$/.test(text)) return parseInteger(text);
  // 1억2천만, 350만, 3천: Korean units, each part a number.
  const units = /^(?:(\d+)억)?(?:(\d+)천만)?(?:(\d+)백만)?(?:(\d+)만)?(?:(\d+)천)?(\d+)?$/.exec(text);
  if (!units || text === '') return undefined;
  const [eok, cheonman, baekman, man, cheon, rest] = units.slice(1).map((p) => Number(p ?? 0));
  const n = eok! * 1e8 + cheonman! * 1e7 + baekman! * 1e6 + man! * 1e4 + cheon! * 1e3 + rest!;
  return Number.isSafeInteger(n) ? n : undefined;
}

/** 1234000 → '1,234,000원' (grid, print). */
export function formatMoney(value: unknown): string {
  return typeof value === 'number' && Number.isFinite(value) ? `${value.toLocaleString('ko-KR')}원` : '';
}

/** 1234 → '1,234'. */
export function formatInteger(value: unknown): string {
  return typeof value === 'number' && Number.isFinite(value) ? value.toLocaleString('ko-KR') : '';
}

export function isMonth(text: string): boolean {
  const m = MONTH.exec(text);
  return !!m && Number(m[1]) >= 1900 && Number(m[1]) <= 2200 && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

/** '2024.9', '2024-09', '2024/9', '2024년 9월', '2024. 9.', a date (its month) → '2024-09'. */
export function parseMonth(input: unknown): string | undefined {
  if (input instanceof Date || typeof input === 'number') return parseKoreanDate(input)?.slice(0, 7);
  if (typeof input !== 'string') return undefined;
  const text = input.trim();
  const m = /^(\d{4})\s*[-./년]\s*(\d{1,2})\s*[.월]?$/.exec(text) ?? /^(\d{4})(\d{2})$/.exec(text);
  if (m) {
    const month = `${m[1]}-${pad(Number(m[2]))}`;
    return isMonth(month) ? month : undefined;
  }
  return parseKoreanDate(text)?.slice(0, 7);
}

/** '2024-09' → '2024. 9.' */
export function formatMonth(value: unknown): string {
  const m = typeof value === 'string' ? MONTH.exec(value) : null;
  return m ? `${Number(m[1])}. ${Number(m[2])}.` : typeof value === 'string' ? value : '';
}

export function isTime(text: string): boolean {
  return TIME.test(text);
}

/** '9:30', '09:30:00', '9시 30분', '9시', '오후 2:00', '오전 9시 반', '1430' → 'HH:MM'. */
export function parseTime(input: unknown): string | undefined {
  if (typeof input === 'number' && input >= 0 && input < 1) {
    // A spreadsheet time cell is a fraction of a day.
    const minutes = Math.round(input * 24 * 60);
    return minutes < 24 * 60 ? `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}` : undefined;
  }
  if (typeof input !== 'string') return undefined;
  let text = input.trim().replace(/\s+/g, ' ');
  let half: 'am' | 'pm' | undefined;
  const ampm = /^(오전|오후|AM|PM|am|pm)\s*|\s*(오전|오후|AM|PM|am|pm)$/.exec(text);
  if (ampm) {
    const word = (ampm[1] ?? ampm[2])!.toLowerCase();
    half = word === '오후' || word === 'pm' ? 'pm' : 'am';
    text = text.replace(ampm[0], '').trim();
  }
  const m =
    /^(\d{1,2}):(\d{2})(?::\d{2})?$/.exec(text) ??
    /^(\d{1,2})\s*시(?:\s*(\d{1,2})\s*분|\s*(반))?$/.exec(text) ??
    /^(\d{2})(\d{2})$/.exec(text);
  if (!m) return undefined;
  let hour = Number(m[1]);
  const minute = m[3] === '반' ? 30 : Number(m[2] ?? 0);
  if (half) {
    if (hour < 1 || hour > 12) return undefined;
    hour = half === 'pm' ? (hour % 12) + 12 : hour % 12;
  }
  const time = `${pad(hour)}:${pad(minute)}`;
  return isTime(time) ? time : undefined;
}

/** '14:00' → '14:00' (offices read the 24-hour clock; the stored form is already how it is shown). */
export function formatTime(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

export function isDateTime(text: string): boolean {
  const m = DATE_TIME.exec(text);
  return !!m && isIsoDate(m[1]!);
}

/** '2024-09-02 14:30', '2024-09-02T14:30:00', '2024. 9. 2. 오후 2:30', '2024년 9월 2일 9시' → 'YYYY-MM-DDTHH:MM'. */
export function parseDateTime(input: unknown): string | undefined {
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) return undefined;
    return `${input.getUTCFullYear()}-${pad(input.getUTCMonth() + 1)}-${pad(input.getUTCDate())}T${pad(input.getUTCHours())}:${pad(input.getUTCMinutes())}`;
  }
  if (typeof input === 'number') {
    const day = parseKoreanDate(Math.floor(input));
    const time = parseTime(input - Math.floor(input));
    return day && time ? `${day}T${time}` : undefined;
  }
  if (typeof input !== 'string') return undefined;
  const text = input.trim();
  const iso = /^(\d{4}-\d{1,2}-\d{1,2})[T\s]+(\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)$/.exec(text);
  if (iso) {
    const day = parseKoreanDate(iso[1]);
    const time = parseTime(iso[2]!.replace(/(:\d{2})(:\d{2}(?:\.\d+)?)$/, '$1'));
    return day && time ? `${day}T${time}` : undefined;
  }
  // The date ends at the day (일 or the dot after it); the rest is the time.
  const split = /^(\d{4}\s*[./년-]\s*\d{1,2}\s*[./월-]\s*\d{1,2}\s*[.일]?)\s*(.+)$/.exec(text);
  if (!split) return undefined;
  const day = parseKoreanDate(split[1]!.trim());
  const time = parseTime(split[2]!.replace(/^\(\s*[월화수목금토일]\s*\)\s*/, ''));
  return day && time ? `${day}T${time}` : undefined;
}

/** '2024-09-02T14:30' → '2024. 9. 2. 14:30' */
export function formatDateTime(value: unknown): string {
  const m = typeof value === 'string' ? DATE_TIME.exec(value) : null;
  if (!m) return typeof value === 'string' ? value : '';
  const [y, mo, d] = m[1]!.split('-').map(Number);
  return `${y}. ${mo}. ${d}. ${m[2]}:${m[3]}`;
}
