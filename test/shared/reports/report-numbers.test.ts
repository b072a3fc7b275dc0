import { describe, expect, it } from 'vitest';
import { reportAmount, reportChange, reportRate, toThousandWon } from '../../../shared/reports/report-numbers.ts';

describe('figures as council reports print them', () => {
  it('writes thousands separators, △ for decreases and - for nothing', () => {
    expect(reportAmount(5471664)).toBe('5,471,664');
    expect(reportAmount(-455729)).toBe('△455,729');
    expect(reportAmount(0)).toBe('-');
    expect(reportAmount(null)).toBe('-');
    expect(reportAmount(Number.NaN)).toBe('-');
    expect(reportAmount(60.47, 1)).toBe('60.5');
  });
  it('computes 집행률 and 증감률 to one decimal', () => {
    expect(reportRate(3309383, 5471664)).toBe('60.5');
    expect(reportRate(1, 0)).toBe('-');
    expect(reportChange(3_300_000, 3_755_729)).toEqual({ amount: '△455,729', rate: '△12.1' });
    expect(reportChange(10, 0)).toEqual({ amount: '10', rate: '-' });
  });
  it('rounds 원 to 천원 half away from zero', () => {
    expect(toThousandWon(1_500)).toBe(2);
    expect(toThousandWon(1_499)).toBe(1);
    expect(toThousandWon(-1_500)).toBe(-2);
    expect(toThousandWon(747_552_000)).toBe(747_552);
  });
});
