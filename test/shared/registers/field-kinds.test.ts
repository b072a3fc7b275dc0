import { describe, expect, it } from 'vitest';
import {
  formatDateTime, formatMoney, formatMonth, parseDateTime, parseMoney, parseMonth, parseTime,
} from '../../../shared/registers/field-kinds.ts';
import { parseKernelValue } from '../../../shared/registers/field-values.ts';

describe('money (원)', () => {
  it('reads won as clerks write them', () => {
    for (const text of ['1,234,000', '1,234,000원', '1234000', ' 1,234,000 원 ', '₩1,234,000']) expect(parseMoney(text), text).toBe(1_234_000);
    expect(parseMoney('350만원')).toBe(3_500_000);
    expect(parseMoney('1억 2천만원')).toBe(120_000_000);
    expect(parseMoney(50000)).toBe(50000);
  });
  it('refuses what is no amount', () => {
    for (const text of ['', '약 백만원', '1.5', '-3000', '1,234원정']) expect(parseMoney(text), text).toBeUndefined();
  });
  it('shows thousands separators and 원', () => {
    expect(formatMoney(1234000)).toBe('1,234,000원');
    expect(formatMoney(0)).toBe('0원');
  });
});

describe('month', () => {
  it('reads 2024.9, 2024-09, 2024년 9월', () => {
    for (const text of ['2024.9', '2024-09', '2024년 9월', '2024. 9.', '2024/9', '202409', '2024-09-15']) expect(parseMonth(text), text).toBe('2024-09');
  });
  it('refuses month 13 and text', () => {
    expect(parseMonth('2024-13')).toBeUndefined();
    expect(parseMonth('9월')).toBeUndefined();
  });
  it('shows 2024. 9.', () => expect(formatMonth('2024-09')).toBe('2024. 9.'));
});

describe('time', () => {
  it('reads 9:30, 09시 30분, 오후 2:00', () => {
    expect(parseTime('9:30')).toBe('09:30');
    expect(parseTime('09시 30분')).toBe('09:30');
    expect(parseTime('9시')).toBe('09:00');
    expect(parseTime('9시 반')).toBe('09:30');
    expect(parseTime('오후 2:00')).toBe('14:00');
    expect(parseTime('오전 12:10')).toBe('00:10');
    expect(parseTime('오후 12:00')).toBe('12:00');
    expect(parseTime('14:30:00')).toBe('14:30');
    expect(parseTime(0.5)).toBe('12:00');
  });
  it('refuses 25:00 and 오후 13시', () => {
    expect(parseTime('25:00')).toBeUndefined();
    expect(parseTime('오후 13:00')).toBeUndefined();
    expect(parseTime('9:75')).toBeUndefined();
  });
});

describe('datetime', () => {
  it('reads ISO and Korean forms as local YYYY-MM-DDTHH:MM', () => {
    expect(parseDateTime('2024-09-02 14:30')).toBe('2024-09-02T14:30');
    expect(parseDateTime('2024-09-02T14:30:00')).toBe('2024-09-02T14:30');
    expect(parseDateTime('2024. 9. 2. 오후 2:30')).toBe('2024-09-02T14:30');
    expect(parseDateTime('2024년 9월 2일 9시')).toBe('2024-09-02T09:00');
    expect(parseDateTime('2024. 9. 2.(월) 10:00')).toBe('2024-09-02T10:00');
  });
  it('refuses a date without a time and a date that does not exist', () => {
    expect(parseDateTime('2024-09-02')).toBeUndefined();
    expect(parseDateTime('2024-02-30 10:00')).toBeUndefined();
  });
  it('shows 2024. 9. 2. 14:30', () => expect(formatDateTime('2024-09-02T14:30')).toBe('2024. 9. 2. 14:30'));
});

describe('a value that cannot be read', () => {
  it('is named with its text and an example, in Korean', () => {
    expect(parseKernelValue('money', '수강료', '많이')).toEqual({ ok: false, reason: "수강료를 금액으로 읽을 수 없습니다: '많이' (예: 1,234,000원)" });
    expect(parseKernelValue('time', '시작 시각', '아침')).toEqual({ ok: false, reason: "시작 시각을 시각으로 읽을 수 없습니다: '아침' (예: 14:30, 오후 2:30)" });
  });
});
