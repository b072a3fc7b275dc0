/** Dates as clerks write them, stored ISO, printed '2024. 9. 2.'. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { excelSerialToIso, formatKoreanDate, isIsoDate, parseKoreanDate } from '../../shared/text/korean-date.ts';

describe('parseKoreanDate', () => {
  it.each([
    ['2024-09-02', '2024-09-02'],
    ['2024-9-2', '2024-09-02'],
    ['2024.9.2', '2024-09-02'],
    ['2024.09.02', '2024-09-02'],
    ['2024. 9. 2.', '2024-09-02'],
    ['2024. 9. 2', '2024-09-02'],
    ['2024/09/02', '2024-09-02'],
    ['2024년 9월 2일', '2024-09-02'],
    ['2024년9월2일', '2024-09-02'],
    ['20240902', '2024-09-02'],
    ['  2024-09-02  ', '2024-09-02'],
    ['45537', '2024-09-02'],
    ['2024-02-29', '2024-02-29'],
    ['2000-02-29', '2000-02-29'],
  ])('%s → %s', (input, expected) => {
    expect(parseKoreanDate(input)).toBe(expected);
  });

  it.each([
    '2024-02-30', '2023-02-29', '1900-02-29', '2024-13-01', '2024-00-10', '2024-04-31', '2024-09-00', '', '   ',
    '9월 2일', '2024', '2024-09', '어제', '2024-09-02x', '02/09/2024', '1899-12-31', '2201-01-01',
  ])('%j is not a date', (input) => {
    expect(parseKoreanDate(input)).toBeUndefined();
  });

  it('reads Excel serial numbers and Date objects; refuses other types', () => {
    expect(parseKoreanDate(45537)).toBe('2024-09-02');
    expect(parseKoreanDate(45537.75)).toBe('2024-09-02');
    expect(parseKoreanDate(new Date(Date.UTC(2024, 8, 2)))).toBe('2024-09-02');
    expect(parseKoreanDate(new Date(Number.NaN))).toBeUndefined();
    for (const x of [null, undefined, true, {}, [], Number.NaN, Infinity, 0, -5]) expect(parseKoreanDate(x)).toBeUndefined();
  });

  it("follows Excel's serials around its 1900 leap-year bug", () => {
    expect(excelSerialToIso(1)).toBe('1900-01-01');
    expect(excelSerialToIso(59)).toBe('1900-02-28');
    expect(excelSerialToIso(61)).toBe('1900-03-01');
    expect(excelSerialToIso(36526)).toBe('2000-01-01');
    expect(excelSerialToIso(2958466)).toBeUndefined();
  });

  it('property: every real day round-trips through every written form', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1901, 0, 1)), max: new Date(Date.UTC(2199, 11, 31)), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        const [y, m, day] = iso.split('-').map(Number) as [number, number, number];
        expect(parseKoreanDate(iso)).toBe(iso);
        expect(parseKoreanDate(formatKoreanDate(iso))).toBe(iso);
        expect(parseKoreanDate(`${y}.${m}.${day}`)).toBe(iso);
        expect(parseKoreanDate(`${y}년 ${m}월 ${day}일`)).toBe(iso);
        expect(parseKoreanDate(iso.replaceAll('-', ''))).toBe(iso);
        expect(isIsoDate(iso)).toBe(true);
      }),
    );
  });
});

describe('formatKoreanDate', () => {
  it("prints the government style without leading zeros", () => {
    expect(formatKoreanDate('2024-09-02')).toBe('2024. 9. 2.');
    expect(formatKoreanDate('2024-12-31')).toBe('2024. 12. 31.');
  });

  it('leaves text that is not an ISO date as it is', () => {
    expect(formatKoreanDate('미정')).toBe('미정');
    expect(formatKoreanDate('')).toBe('');
  });
});

describe('isIsoDate', () => {
  it('accepts only real dates in exact YYYY-MM-DD form', () => {
    expect(isIsoDate('2024-09-02')).toBe(true);
    expect(isIsoDate('2024-9-2')).toBe(false);
    expect(isIsoDate('2024-02-30')).toBe(false);
    expect(isIsoDate(' 2024-09-02')).toBe(false);
  });
});
