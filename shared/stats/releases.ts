/**
 * 보도자료's statistics: 배포 건수, and 기사화 실적 — of the releases distributed in the period,
 * how many became articles (기사화된 보도자료), how many clippings came of them (기사화 건수)
 * and 기사화율 (기사화된 보도자료 / 배포 건수). The period applies to 배포일.
 */
import type { Release } from '../domain/release.ts';
import { byMonth, byTerm, byValue, byYear } from './groupings.ts';
import { defineStatistic } from './statistic.ts';

export interface ReleaseFact {
  /** 배포일, 'YYYY-MM-DD' (or 'YYYY-MM' once the core grouped a month). */
  date: string;
  department: string;
  /** Releases. */
  n: number;
  /** Of them, releases with at least one live clipping. */
  covered: number;
  /** Live clippings linked to them. */
  clippings: number;
}

export function releaseFact(r: Pick<Release, 'distributedOn' | 'department' | 'clippingCount'>): ReleaseFact {
  return { date: r.distributedOn ?? '', department: r.department ?? '', n: 1, covered: r.clippingCount > 0 ? 1 : 0, clippings: r.clippingCount };
}

const dateOf = (f: ReleaseFact) => f.date;
const dateField = { key: 'distributedOn', label: '배포일' };
const groupings = [byMonth(dateOf), byYear(dateOf), byTerm(dateOf), byValue('department', '담당부서', (f: ReleaseFact) => f.department)];

export const releaseCount = defineStatistic<ReleaseFact>({
  name: 'releases',
  label: '보도자료 배포 건수',
  register: 'releases',
  description: '작성·배포한 보도자료 건수. 배포일로 기간을 정하고, 월·연도·민선기·담당부서별로 (두 가지를 겹쳐 표로도) 셉니다.',
  subject: '보도자료',
  measureWord: '배포 건수',
  dateField,
  dateOf,
  measures: [{ key: 'count', label: '배포 건수', unit: '건', value: (f) => f.n }],
  groupings,
  maxGroupings: 2,
});

/** 기사화율 in percent, one decimal; 0 when nothing was distributed. */
function coverageRate(sums: readonly number[]): number {
  const [n = 0, covered = 0] = sums;
  return n > 0 ? Math.round((covered / n) * 1000) / 10 : 0;
}

export const releaseCoverage = defineStatistic<ReleaseFact>({
  name: 'coverage',
  label: '보도자료 기사화 건수',
  register: 'releases',
  description: '배포한 보도자료가 기사가 된 실적: 배포 건수, 기사화된 보도자료, 기사화 건수(연결된 언론보도), 기사화율. 배포일로 기간을 정합니다.',
  subject: '보도자료',
  measureWord: '기사화 실적',
  dateField,
  dateOf,
  measures: [
    { key: 'releases', label: '배포 건수', unit: '건', value: (f) => f.n },
    { key: 'covered', label: '기사화된 보도자료', unit: '건', value: (f) => f.covered },
    { key: 'clippings', label: '기사화 건수', unit: '건', value: (f) => f.clippings },
  ],
  derived: [{ key: 'rate', label: '기사화율', unit: '%', of: coverageRate }],
  headline: 2,
  groupings,
  maxGroupings: 1,
});
