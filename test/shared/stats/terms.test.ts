/** 민선기: which term a date falls in, and how a table row names a term the period cuts. */
import { describe, expect, it } from 'vitest';
import { BEFORE_TERMS, TERMS, termLabel, termOf } from '../../../shared/stats/terms.ts';

describe('민선기', () => {
  it('starts each term in July and ends it in June four years later', () => {
    expect(TERMS.map((t) => [t.label, t.start, t.end])).toEqual([
      ['민선5기', '2010-07', '2014-06'],
      ['민선6기', '2014-07', '2018-06'],
      ['민선7기', '2018-07', '2022-06'],
      ['민선8기', '2022-07', '2026-06'],
      ['민선9기', '2026-07', null],
    ]);
  });

  it('puts 2022. 6. 30. in 민선7기 and 2022. 7. 1. in 민선8기', () => {
    expect(termOf('2022-06-30')?.label).toBe('민선7기');
    expect(termOf('2022-07-01')?.label).toBe('민선8기');
    expect(termOf('2026-07-01')?.label).toBe('민선9기');
    expect(termOf('2035-01-01')?.label).toBe('민선9기');
  });

  it('counts dates before 민선5기 as 민선5기 이전, and no date as no term', () => {
    expect(termOf('2010-06-30')).toBe(BEFORE_TERMS);
    expect(BEFORE_TERMS.label).toBe('민선5기 이전');
    expect(termOf('2010-07-01')?.label).toBe('민선5기');
    expect(termOf('')).toBeUndefined();
  });

  it("names a term the period covers only in part as seed 000 does: '민선7기 (18.7월~20.12월)'", () => {
    const seventh = termOf('2019-01-01')!;
    expect(termLabel(seventh, null, '2020-12-31')).toBe('민선7기 (18.7월~20.12월)');
    expect(termLabel(seventh, '2018-01-01', '2022-12-31')).toBe('민선7기');
    expect(termLabel(seventh, null, null)).toBe('민선7기');
    expect(termLabel(termOf('2027-01-01')!, '2026-09-01', null)).toBe('민선9기 (26.9월~)');
  });
});
