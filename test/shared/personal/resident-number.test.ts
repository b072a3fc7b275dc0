/** 주민등록번호 is refused in every field of a personal register, and phone numbers and amounts are not. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findResidentNumber, holdsResidentNumber, residentNumberRefusal } from '../../../shared/personal/resident-number.ts';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** A valid number: a real date with the century its sex digit gives. */
const residentNumber = fc
  .record({
    date: fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }),
    foreign: fc.boolean(),
    male: fc.boolean(),
    rest: fc.integer({ min: 0, max: 999_999 }),
    hyphen: fc.boolean(),
  })
  .map(({ date, foreign, male, rest, hyphen }) => {
    const year = date.getUTCFullYear();
    const base = (year >= 2000 ? 3 : 1) + (male ? 0 : 1) + (foreign ? 4 : 0);
    const front = pad(year % 100, 2) + pad(date.getUTCMonth() + 1, 2) + pad(date.getUTCDate(), 2);
    return `${front}${hyphen ? '-' : ''}${base}${pad(rest, 6)}`;
  });

const phoneNumber = fc.oneof(
  fc.tuple(fc.constantFrom('010', '011', '016', '019'), fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 9999 })).map(([a, b, c]) => [a, pad(b, 4), pad(c, 4)]),
  fc.tuple(fc.constantFrom('02'), fc.integer({ min: 100, max: 9999 }), fc.integer({ min: 0, max: 9999 })).map(([a, b, c]) => [a, String(b), pad(c, 4)]),
  fc.tuple(fc.constantFrom('031', '032', '051', '053', '064'), fc.integer({ min: 100, max: 9999 }), fc.integer({ min: 0, max: 9999 })).map(([a, b, c]) => [a, String(b), pad(c, 4)]),
);

const prose = fc.string({ unit: fc.constantFrom('가', '나', ' ', '.', ',', '원', 'a', ':', '(', ')'), maxLength: 20 });

describe('findResidentNumber', () => {
  it.each([
    ['900101-1234567', '900101-1234567'],
    ['9001011234567', '9001011234567'],
    ['주민번호 850315-2345678 입니다', '850315-2345678'],
    ['외국인 040229-7123456', '040229-7123456'],
    ['연락처:010-1234-5678, 주민 010101-3123456', '010101-3123456'],
  ])('finds one in %s', (text, found) => {
    expect(findResidentNumber(text)).toBe(found);
  });

  it.each([
    ['010-1234-5678'],
    ['01012345678'],
    ['02-123-4567'],
    ['금액 1,234,567,890원'],
    ['901301-1234567'], // month 13
    ['900230-1234567'], // 30 February
    ['010229-3123456'], // 2001 was no leap year
    ['900101-9234567'], // no sex digit 9
    ['19900101-1234567'], // part of a longer number
    ['900101-12345678'],
    ['계좌 110-123-456789'],
    [''],
  ])('leaves %s alone', (text) => {
    expect(holdsResidentNumber(text)).toBe(false);
  });

  it('never takes a plain phone number, in any separator form, for one', () => {
    fc.assert(
      fc.property(phoneNumber, fc.constantFrom('-', '', ' ', '.'), prose, prose, ([a, b, c], sep, before, after) => {
        expect(holdsResidentNumber(`${before}${a}${sep}${b}${sep}${c}${after}`)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('always catches a valid number embedded in text', () => {
    fc.assert(
      fc.property(residentNumber, prose, prose, (number, before, after) => {
        expect(findResidentNumber(`${before}${number}${after}`)).toBe(number);
      }),
      { numRuns: 2000 },
    );
  });

  it('says in Korean which field held it and what to type instead', () => {
    expect(residentNumberRefusal('비고')).toBe('비고에 주민등록번호(외국인등록번호)로 보이는 값이 있어 저장하지 않았습니다. 주민등록번호는 수집하지 않습니다: 생년월일만 적어 주세요.');
  });
});
