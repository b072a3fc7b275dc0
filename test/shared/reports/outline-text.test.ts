import { describe, expect, it } from 'vitest';
import { figureRefs, fillFigures, parseOutline, tableBlock, writeOutline } from '../../../shared/reports/outline-text.ts';

const SEED = `□ 주요 추진실적
○ 보도자료 작성 및 배포: {보도자료 배포 건수}건
○ 언론보도 실적: 3,014건
 - 중앙방송·케이블 31건, 지역방송 65건,
   중앙일간지·통신사 309건
   · 영등포 행복소식 : 500,000부(1월~5월)
※ 2019. 5. 31. 기준
□ 소요예산
(단위 : 천원, %)
| 예산액 | 집행액 | 집행률 |
|---|---|---|
| 1,132,475 | 585,523 | 51.7 |
□향후계획
① 보도자료 작성 및 배포
② 기자 간담회 개최
(단위 : 건)
{{표: 보도실적 매체구분별}}`;

describe('a project written as outline text', () => {
  it('reads the levels, continuation lines, notes, numbered items, tables and live tables', () => {
    const items = parseOutline(SEED);
    expect(items).toEqual([
      { kind: 'outline', level: 1, text: '주요 추진실적' },
      { kind: 'outline', level: 2, text: '보도자료 작성 및 배포: {보도자료 배포 건수}건' },
      { kind: 'outline', level: 2, text: '언론보도 실적: 3,014건' },
      { kind: 'outline', level: 3, text: '중앙방송·케이블 31건, 지역방송 65건, 중앙일간지·통신사 309건' },
      { kind: 'outline', level: 4, text: '영등포 행복소식 : 500,000부(1월~5월)' },
      { kind: 'note', level: 4, text: '2019. 5. 31. 기준' },
      { kind: 'outline', level: 1, text: '소요예산' },
      { kind: 'table', unit: '(단위 : 천원, %)', rows: [['예산액', '집행액', '집행률'], ['1,132,475', '585,523', '51.7']] },
      { kind: 'outline', level: 1, text: '향후계획' },
      { kind: 'outline', level: 2, text: '보도자료 작성 및 배포', marker: '①' },
      { kind: 'outline', level: 2, text: '기자 간담회 개최', marker: '②' },
      { kind: 'figureTable', ref: { name: '보도실적 매체구분별', table: true }, unit: '(단위 : 건)' },
    ]);
  });

  it('writes back what it read: an edit round-trips', () => {
    const items = parseOutline(SEED);
    expect(parseOutline(writeOutline(items))).toEqual(items);
  });

  it('keeps a figure like -5% as text, not as a - item', () => {
    expect(parseOutline('○ 전년 대비\n-5% 감소')).toEqual([{ kind: 'outline', level: 2, text: '전년 대비 -5% 감소' }]);
  });

  it('finds and fills live figures, leaving live tables alone', () => {
    const line = '보도자료 {보도자료 배포 건수}건, 기사화 { 기사화 건수 }건 {{표: x}}';
    expect(figureRefs(line).map((r) => r.name)).toEqual(['보도자료 배포 건수', '기사화 건수']);
    expect(fillFigures(line, (r) => (r.name === '기사화 건수' ? '1,204' : '195'))).toBe('보도자료 195건, 기사화 1,204건 {{표: x}}');
  });

  it('right-aligns figures in a typed table', () => {
    const t = tableBlock([['구분', '예산액'], ['계', '△1,000'], ['기타', '-']]);
    expect(t.body.map((r) => r.map((c) => c.align))).toEqual([['left', 'right'], ['left', 'right']]);
  });
});
