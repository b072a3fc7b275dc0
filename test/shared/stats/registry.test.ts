/** Asking for a statistic: names and groupings in ASCII or Korean; bad requests refused in Korean. */
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/errors.ts';
import { findStatistic, resolveStatRequest, statList } from '../../../shared/stats/registry.ts';
import { statsRunInput } from '../../../shared/stats/request.ts';

function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return (err as AppError).message;
  }
  throw new Error('should have been refused');
}

describe('the statistics registry', () => {
  it('names each statistic with an ASCII name, a Korean label, its register and its groupings', () => {
    expect(statList().map((s) => [s.name, s.label, s.register])).toEqual([
      ['clippings', '언론보도 건수', 'clippings'],
      ['releases', '보도자료 배포 건수', 'releases'],
      ['coverage', '보도자료 기사화 건수', 'releases'],
      ['training-runs', '정보화교육 실적', 'classes'],
    ]);
    expect(statList()[0]!.groupings.map((g) => g.label)).toEqual(['매체구분', '월', '연도', '민선기', '논조']);
  });

  it('takes a Korean label for a name or a grouping', () => {
    expect(findStatistic('언론보도 건수')).toBe('clippings');
    expect(resolveStatRequest({ name: 'clippings', by: ['민선기', '매체구분'] }).params).toEqual({ from: null, to: null, by: ['term', 'mediaType'] });
  });

  it('refuses an unknown name, a grouping not offered, a grouping twice and too many groupings', () => {
    expect(refusal(() => findStatistic('press'))).toBe('알 수 없는 통계입니다: press (가능한 이름: clippings, releases, coverage, training-runs)');
    expect(refusal(() => resolveStatRequest({ name: 'clippings', by: ['기자'] }))).toMatch(/^'언론보도 건수' 통계는 '기자'를 기준으로 묶을 수 없습니다\. 가능한 묶음: 매체구분\(mediaType\)/);
    expect(refusal(() => resolveStatRequest({ name: 'releases', by: ['mediaType'] }))).toContain('가능한 묶음: 월(month), 연도(year), 민선기(term), 담당부서(department)');
    expect(refusal(() => resolveStatRequest({ name: 'clippings', by: ['month', '월'] }))).toBe('같은 묶음을 두 번 쓸 수 없습니다.');
    expect(refusal(() => resolveStatRequest({ name: 'coverage', by: ['month', 'term'] }))).toContain('묶음을 하나만 쓸 수 있습니다');
  });
});

describe('the stats.run request', () => {
  it('reads dates as clerks write them and groupings as one list', () => {
    expect(statsRunInput.parse({ name: 'clippings', from: '2024.9.2', to: '2024. 12. 31.', by: 'term, mediaType' })).toEqual({
      name: 'clippings',
      from: '2024-09-02',
      to: '2024-12-31',
      by: ['term', 'mediaType'],
    });
  });

  it('refuses a date that is not a date, and a start after the end', () => {
    const bad = statsRunInput.safeParse({ name: 'clippings', from: '2024-02-30' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe('시작일은 2024. 9. 2. 형식의 실제 날짜로 입력하세요. (받은 값: 2024-02-30)');
    const reversed = statsRunInput.safeParse({ name: 'clippings', from: '2025-01-01', to: '2024-01-01' });
    expect(reversed.error?.issues[0]?.message).toBe('시작일(2025. 1. 1.)이 종료일(2024. 1. 1.)보다 늦습니다.');
  });
});
