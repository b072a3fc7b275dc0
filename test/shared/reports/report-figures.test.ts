import { describe, expect, it } from 'vitest';
import { STATISTICS } from '../../../shared/stats/registry.ts';
import { figureText, parseFigure, statReportTable } from '../../../shared/reports/report-figures.ts';

const facts = [
  { date: '2019-03-02', mediaType: '방송', tone: '긍정', n: 31 },
  { date: '2019-04-10', mediaType: '중앙지', tone: '중립', n: 309 },
  { date: '2023-01-10', mediaType: '방송', tone: '중립', n: 4 },
];

describe('live figures written in a report', () => {
  it('names a statistic by its Korean label, with groupings and a period', () => {
    expect(parseFigure('보도자료 배포 건수')).toEqual({ stat: 'releases', by: [] });
    expect(parseFigure('보도자료 기사화 건수')).toEqual({ stat: 'coverage', by: [] });
    expect(parseFigure('언론보도 건수 민선기×매체구분별')).toEqual({ stat: 'clippings', by: ['term', 'mediaType'] });
    expect(parseFigure('언론보도 건수 매체구분별, 2019. 1. 1. ~ 5. 31.')).toEqual({ stat: 'clippings', by: ['mediaType'], period: { from: '2019-01-01', to: '2019-05-31' } });
    expect(parseFigure('clippings, 전체 기간')).toEqual({ stat: 'clippings', by: [], period: { from: null, to: null } });
  });

  it('says in Korean what it cannot read', () => {
    expect(() => parseFigure('홍보 건수')).toThrow(/알 수 없는 통계입니다: '홍보 건수'/);
    expect(() => parseFigure('언론보도 건수 강사별')).toThrow(/묶을 수 없습니다/);
    expect(() => parseFigure('언론보도 건수, 어제부터')).toThrow(/기간을 읽을 수 없습니다/);
  });

  it('prints a statistic as the seeds do: 계 first, separators, - for none', () => {
    const t = STATISTICS.clippings.run(facts, { from: '2019-01-01', to: '2019-12-31', by: ['mediaType'] });
    expect(figureText(t)).toBe('340');
    const table = statReportTable(t);
    expect(table.unit).toBe('(단위 : 건)');
    expect(table.header[0]!.map((c) => c.text)).toEqual(['매체구분', '건수']);
    expect(table.body.map((r) => r.map((c) => c.text))).toEqual([
      ['계', '340'],
      ['중앙지', '309'],
      ['방송', '31'],
    ]);
  });
});

describe('groupings whose label has a space', () => {
  it('reads 교육장 구분×과목군 as written without spaces', () => {
    expect(parseFigure('정보화교육 실적 교육장 구분×과목군별')).toEqual({ stat: 'training-runs', by: ['venueKind', 'subjectGroup'] });
  });
});
