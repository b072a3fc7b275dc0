/**
 * 언론보도 건수 as the council report and the window's chart read it: a titled table in 건 with
 * Korean headers and 합계, and a headline number for a sentence.
 */
import { describe, expect, it } from 'vitest';
import { STATISTICS } from '../../../shared/stats/registry.ts';
import { clippingFact, type ClippingFact } from '../../../shared/stats/clippings.ts';
import type { StatParams } from '../../../shared/stats/types.ts';

const stat = STATISTICS.clippings;
const all = (by: string[] = []): StatParams => ({ from: null, to: null, by });
const fact = (date: string, mediaType = '중앙지', tone = '중립'): ClippingFact => ({ date, mediaType, tone, n: 1 });

describe('언론보도 건수', () => {
  it('answers an empty register with zeros, not an error', () => {
    const t = stat.run([], all(['mediaType']));
    expect(t.rows).toEqual([]);
    expect(t.total).toEqual({ label: '합계', values: [0] });
    expect(t.headlineText).toBe('0건');
    expect(stat.run([], all(['tone'])).rows.map((r) => [r.label, r.values[0]])).toEqual([['긍정', 0], ['중립', 0], ['부정', 0]]);
  });

  it('counts by 매체구분, most first, the empty 매체구분 last as (비어 있음)', () => {
    const t = stat.run([fact('2024-09-02', '통신사'), fact('2024-09-03', ''), fact('2024-09-04', '중앙지'), fact('2024-09-05', '중앙지')], all(['mediaType']));
    expect(t.title).toBe('언론보도 매체구분별 건수 (전체 기간)');
    expect(t.rowHeader).toBe('매체구분');
    expect(t.columns).toEqual([{ key: 'count', label: '건수', unit: '건' }]);
    expect(t.rows.map((r) => [r.key, r.label, r.values[0]])).toEqual([['중앙지', '중앙지', 2], ['통신사', '통신사', 1], ['', '(비어 있음)', 1]]);
    expect(t.headline).toBe(4);
  });

  it('keeps the period inclusive at both ends and writes it the Korean way in the title', () => {
    const facts = [fact('2022-06-30'), fact('2022-07-01'), fact('2024-12-31'), fact('2025-01-01')];
    const t = stat.run(facts, { from: '2022-07-01', to: '2024-12-31', by: [] });
    expect(t.headline).toBe(2);
    expect(t.title).toBe('언론보도 건수 (2022. 7. 1. ~ 2024. 12. 31.)');
    expect(t.period).toEqual({ from: '2022-07-01', to: '2024-12-31', text: '2022. 7. 1. ~ 2024. 12. 31.' });
  });

  it('counts by 민선기 with the boundary day on its side, dates before 민선5기 in their own row first', () => {
    const t = stat.run([fact('2022-06-30'), fact('2022-07-01'), fact('2022-07-02'), fact('2009-03-01')], all(['term']));
    expect(t.rows.map((r) => [r.label, r.values[0]])).toEqual([['민선5기 이전', 1], ['민선7기', 1], ['민선8기', 2]]);
    expect(t.total.values).toEqual([4]);
  });

  it("labels months '1월' … with the year on the first and where it changes", () => {
    const t = stat.run([fact('2024-11-05'), fact('2024-12-01'), fact('2025-01-31'), fact('2025-01-02')], all(['month']));
    expect(t.rows.map((r) => [r.key, r.label, r.values[0]])).toEqual([
      ['2024-11', '2024년 11월', 1],
      ['2024-12', '12월', 1],
      ['2025-01', '2025년 1월', 2],
    ]);
  });

  it('shows every month, year and 민선기 of a closed period, 0 where nothing was counted', () => {
    const facts = [fact('2024-01-10'), fact('2024-03-05')];
    const months = stat.run(facts, { from: '2024-01-01', to: '2024-04-30', by: ['month'] });
    expect(months.rows.map((r) => [r.label, r.values[0]])).toEqual([['2024년 1월', 1], ['2월', 0], ['3월', 1], ['4월', 0]]);
    expect(stat.run(facts, { from: '2023-07-01', to: '2024-12-31', by: ['year'] }).rows.map((r) => [r.label, r.values[0]])).toEqual([['2023년', 0], ['2024년', 2]]);
    const terms = stat.run(facts, { from: '2020-01-01', to: '2024-12-31', by: ['term'] });
    expect(terms.rows.map((r) => [r.label, r.values[0]])).toEqual([['민선7기 (20.1월~22.6월)', 0], ['민선8기 (22.7월~24.12월)', 2]]);
    // An open period lists the months with data only (the window's chart).
    expect(stat.run(facts, all(['month'])).rows.map((r) => r.key)).toEqual(['2024-01', '2024-03']);
  });

  it('makes the seed-000 table: 민선기 rows × 매체구분 columns with 계 first and 합계 last', () => {
    const facts = [fact('2015-01-01', '중앙지'), fact('2016-01-01', '통신사'), fact('2019-01-01', '중앙지'), fact('2019-02-01', '방송사'), fact('2019-03-01', '중앙지')];
    const t = stat.run(facts, all(['term', 'mediaType']));
    expect(t.title).toBe('언론보도 민선기·매체구분별 건수 (전체 기간)');
    expect(t.columns.map((c) => c.label)).toEqual(['계', '중앙지', '방송사', '통신사']); // most first, ties in Korean order
    expect(t.rows.map((r) => [r.label, ...r.values])).toEqual([
      ['민선6기', 2, 1, 0, 1],
      ['민선7기', 3, 2, 1, 0],
    ]);
    expect(t.total.values).toEqual([5, 3, 1, 1]);
    expect(t.headline).toBe(5);
  });

  it('gives the same table from facts grouped by month (the core) as from one fact per clipping (the window)', () => {
    const clippings = Array.from({ length: 200 }, (_, i) => ({
      publishedOn: `20${String(20 + (i % 5)).padStart(2, '0')}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      mediaType: ['중앙지', '통신사', '방송사'][i % 3]!,
      tone: (['긍정', '중립', '부정'] as const)[i % 7 === 0 ? 2 : i % 2]!,
    }));
    const perRecord = clippings.map(clippingFact);
    const grouped = new Map<string, ClippingFact>();
    for (const f of perRecord) {
      const k = `${f.date.slice(0, 7)}|${f.mediaType}|${f.tone}`;
      const g = grouped.get(k);
      if (g) g.n++;
      else grouped.set(k, { ...f, date: f.date.slice(0, 7) });
    }
    for (const by of [['mediaType'], ['month'], ['year'], ['term'], ['tone'], ['term', 'mediaType'], ['year', 'tone']]) {
      expect(stat.aggregate([...grouped.values()], all(by))).toEqual(stat.run(perRecord, all(by)));
    }
  });
});
