/** What a clerk sees of a personal value on every screen, print, export and CLI line. */
import { describe, expect, it } from 'vitest';
import { maskAddress, maskBirthDate, maskEmail, maskName, maskPhone, maskValue, SENSITIVE_MASK } from '../../../shared/personal/mask.ts';

describe('maskName', () => {
  it.each([
    ['김철용', '김*용'],
    ['남궁민수', '남궁*수'],
    ['이준', '이*'],
    ['황보', '황*'],
    ['김', '*'],
    ['  박지성 ', '박*성'],
    ['John Smith', 'J********h'],
    ['', ''],
  ])('%s → %s', (raw, masked) => {
    expect(maskName(raw)).toBe(masked);
  });
});

describe('maskPhone', () => {
  it.each([
    ['010-1234-5678', '010-1234-****'],
    ['02-123-4567', '02-123-****'],
    ['031-987-6543', '031-987-****'],
    ['01012345678', '010-1234-****'],
    ['0212345678', '02-1234-****'],
    ['010.1234.5678', '010.1234.****'],
    ['(02) 123 4567', '(02) 123 ****'],
    ['', ''],
  ])('%s → %s', (raw, masked) => {
    expect(maskPhone(raw)).toBe(masked);
  });

  it('masks a masked number no further (a viewer PC shows the server\'s copy as it came)', () => {
    expect(maskPhone(maskPhone('010-1234-5678'))).toBe('010-1234-****');
    expect(maskPhone('02-123-****')).toBe('02-123-****');
  });
});

describe('maskBirthDate, maskAddress, maskEmail, sensitive', () => {
  it.each([
    ['1990-05-03', '1990-**-**'],
    ['19900503', '1990-**-**'],
    ['1990.5.3', '1990-**-**'],
    ['90.05.03', '**.**.**'],
    ['', ''],
  ])('birth date %s → %s', (raw, masked) => {
    expect(maskBirthDate(raw)).toBe(masked);
  });

  it.each([
    ['서울특별시 강남구 역삼동 123-45 행복아파트 101동 1001호', '서울특별시 강남구 역삼동 ***'],
    ['서울특별시 종로구 세종대로 209', '서울특별시 종로구 ***'],
    ['경기도 가평군 청평면 청평리 55', '경기도 가평군 청평면 청평리 ***'],
    ['서울 관악구 신림1동 12', '서울 관악구 신림1동 ***'],
    ['행복아파트 101동', '***'],
    ['서울특별시 강남구', '서울특별시 강남구'],
    ['', ''],
  ])('address %s → %s', (raw, masked) => {
    expect(maskAddress(raw)).toBe(masked);
  });

  it('keeps only the first letter of an e-mail address', () => {
    expect(maskEmail('kim.yong@example.com')).toBe('k***@…');
    expect(maskEmail('')).toBe('');
  });

  it('shows a sensitive value as ●●● and an empty one as empty', () => {
    expect(maskValue('sensitive', '지체장애 3급')).toBe(SENSITIVE_MASK);
    expect(maskValue('sensitive', ' ')).toBe('');
  });

  it('never shows the masked part of a name or phone number', () => {
    expect(maskValue('name', '김철용')).not.toContain('철');
    expect(maskValue('phone', '010-1234-5678')).not.toContain('5678');
  });
});

describe('masking twice', () => {
  it('changes nothing more (the access log masks what it is given, masked or not)', () => {
    for (const name of ['김철용', '남궁민수', '이준', 'John Smith', '김']) expect(maskName(maskName(name))).toBe(maskName(name));
  });
});
