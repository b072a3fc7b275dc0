/**
 * The pure parts of the list filters and the chart: quick date ranges as a Korean office counts
 * them (weeks from Monday), filter models described in Korean, month axis labels with the year
 * where it changes, tone shares.
 */
import { describe, expect, it } from 'vitest';
import { inRange, monthRange, quickRange } from '../../renderer/src/common/filters/dateRanges.ts';
import { describeDateRange, describeValueList, passesValueList, valueKey } from '../../renderer/src/common/filters/models.ts';
import { monthLabels, shareText, twelveMonthsEndingAtLatest } from '../../renderer/src/clippings/statsModel.ts';

describe('quick date ranges', () => {
  const wed = new Date(2024, 8, 4); // 2024-09-04, a Wednesday
  it('이번 주 runs Monday to Sunday, also when today is a Sunday or a Monday', () => {
    expect(quickRange('thisWeek', wed)).toEqual({ from: '2024-09-02', to: '2024-09-08' });
    expect(quickRange('thisWeek', new Date(2024, 8, 8))).toEqual({ from: '2024-09-02', to: '2024-09-08' });
    // A week that began last month (Wednesday 2 December 2026: Monday was 30 November) or last year.
    expect(quickRange('thisWeek', new Date(2026, 11, 2))).toEqual({ from: '2026-11-30', to: '2026-12-06' });
    expect(quickRange('thisWeek', new Date(2027, 0, 1))).toEqual({ from: '2026-12-28', to: '2027-01-03' });
    expect(quickRange('thisWeek', new Date(2024, 8, 2))).toEqual({ from: '2024-09-02', to: '2024-09-08' });
    expect(quickRange('thisWeek', new Date(2024, 11, 31))).toEqual({ from: '2024-12-30', to: '2025-01-05' });
  });
  it('이번 달, 지난달 (across a year), 올해, 지난해', () => {
    expect(quickRange('thisMonth', wed)).toEqual({ from: '2024-09-01', to: '2024-09-30' });
    expect(quickRange('lastMonth', new Date(2024, 0, 15))).toEqual({ from: '2023-12-01', to: '2023-12-31' });
    expect(quickRange('thisMonth', new Date(2024, 1, 10))).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(quickRange('thisYear', wed)).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    expect(quickRange('lastYear', wed)).toEqual({ from: '2023-01-01', to: '2023-12-31' });
  });
  it('a month bar covers its whole month; bounds are inclusive and may be open', () => {
    expect(monthRange('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(inRange('2024-09-30', { from: '2024-09-01', to: '2024-09-30' })).toBe(true);
    expect(inRange('2024-10-01', { from: '2024-09-01', to: '2024-09-30' })).toBe(false);
    expect(inRange('2030-01-01', { from: '2024-09-01', to: '' })).toBe(true);
    expect(inRange('', { from: '', to: '2024-09-30' })).toBe(false);
  });
});

describe('filter models in words', () => {
  it('names a range in the date style the grid shows', () => {
    expect(describeDateRange({ from: '2024-09-01', to: '2024-09-30' })).toBe('2024. 9. 1. ~ 2024. 9. 30.');
    expect(describeDateRange({ from: '2024-09-01', to: '', label: '' })).toBe('2024. 9. 1. 이후');
    expect(describeDateRange({ from: '2024-09-01', to: '2024-09-30', label: '이번 달' })).toBe('이번 달 (2024. 9. 1. ~ 2024. 9. 30.)');
  });
  it('value lists keep booleans and empty values as keys, shown by their labels', () => {
    const m = { filterType: 'valueList' as const, values: ['true', ''] };
    expect(passesValueList(m, true)).toBe(true);
    expect(passesValueList(m, null)).toBe(true);
    expect(passesValueList(m, false)).toBe(false);
    expect(valueKey(undefined)).toBe('');
    expect(describeValueList(m, (k) => ({ true: '예', '': '(비어 있음)' })[k] ?? k)).toBe('예, (비어 있음)');
  });
});

describe('chart labels', () => {
  it("months read '9월' with the year on the first bar and where it changes", () => {
    expect(monthLabels(['2024-11', '2024-12', '2025-01', '2025-02'])).toEqual([
      { year: '2024년', month: '11월', full: '2024년 11월' },
      { year: '', month: '12월', full: '2024년 12월' },
      { year: '2025년', month: '1월', full: '2025년 1월' },
      { year: '', month: '2월', full: '2025년 2월' },
    ]);
  });
  it('tone shares are whole percents', () => {
    expect([shareText(0), shareText(0.004), shareText(0.5), shareText(1 / 3)]).toEqual(['0%', '1% 미만', '50%', '33%']);
  });
});

describe('the month chart', () => {
  it('shows twelve consecutive months up to the latest one counted, 0 where none, across a year', () => {
    const months = twelveMonthsEndingAtLatest([
      { month: '2024-03', count: 4 },
      { month: '2025-11', count: 2 },
      { month: '2026-01', count: 7 },
    ]);
    expect(months.map((m) => m.month)).toEqual(['2025-02', '2025-03', '2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01']);
    expect(months.map((m) => m.count)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 7]);
    expect(twelveMonthsEndingAtLatest([])).toEqual([]);
  });
});
