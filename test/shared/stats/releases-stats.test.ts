/** 보도자료 배포 건수 and 기사화 실적 (기사화 건수, 기사화율), by 배포일. */
import { describe, expect, it } from 'vitest';
import { STATISTICS } from '../../../shared/stats/registry.ts';
import { releaseFact } from '../../../shared/stats/releases.ts';

const release = (distributedOn: string, clippingCount: number, department = '소통담당관') => releaseFact({ distributedOn, clippingCount, department });

describe('보도자료 statistics', () => {
  const facts = [release('2024-01-10', 3), release('2024-01-20', 0), release('2024-02-01', 1, '홍보팀'), release('2023-12-31', 5)];

  it("gives 배포 건수 as the number a sentence quotes ('보도자료 작성 및 배포: 3건')", () => {
    const t = STATISTICS.releases.run(facts, { from: '2024-01-01', to: '2024-12-31', by: [] });
    expect(t.headlineText).toBe('3건');
    expect(t.title).toBe('보도자료 배포 건수 (2024. 1. 1. ~ 2024. 12. 31.)');
    expect(STATISTICS.releases.run(facts, { from: '2024-01-01', to: null, by: ['department'] }).rows.map((r) => [r.label, r.values[0]])).toEqual([['소통담당관', 2], ['홍보팀', 1]]);
  });

  it('counts 기사화: releases that became articles, their clippings and 기사화율 in percent', () => {
    const t = STATISTICS.coverage.run(facts, { from: '2024-01-01', to: null, by: ['month'] });
    expect(t.columns.map((c) => `${c.label}(${c.unit})`)).toEqual(['배포 건수(건)', '기사화된 보도자료(건)', '기사화 건수(건)', '기사화율(%)']);
    expect(t.rows.map((r) => [r.label, ...r.values])).toEqual([
      ['2024년 1월', 2, 1, 3, 50],
      ['2월', 1, 1, 1, 100],
    ]);
    expect(t.total.values).toEqual([3, 2, 4, 66.7]);
    expect(t.headline).toBe(4);
    expect(STATISTICS.coverage.run([], { from: null, to: null, by: [] }).total.values).toEqual([0, 0, 0, 0]);
  });
});
