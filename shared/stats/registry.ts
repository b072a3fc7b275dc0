/**
 * Every statistic GuDesk offers, by name. A register family adds its statistics here (정보화교육,
 * 전산장비 later); `stats.list` names them, `stats.run` answers one, the window's charts and the
 * council report call the same functions.
 */
import { AppError } from '../api/errors.ts';
import { objectParticle, topicParticle } from '../text/particle.ts';
import { clippingCount, type ClippingFact } from './clippings.ts';
import { releaseCount, releaseCoverage, type ReleaseFact } from './releases.ts';
import type { Statistic } from './statistic.ts';
import { trainingRuns, type TrainingRunFact } from './training.ts';
import type { StatInfo, StatParams } from './types.ts';

/** The facts each statistic counts, by name (the core loads them from SQLite). */
export interface StatFacts {
  clippings: ClippingFact;
  releases: ReleaseFact;
  coverage: ReleaseFact;
  'training-runs': TrainingRunFact;
}
export type StatName = keyof StatFacts;

export const STATISTICS: { [N in StatName]: Statistic<StatFacts[N]> } = {
  clippings: clippingCount,
  releases: releaseCount,
  coverage: releaseCoverage,
  'training-runs': trainingRuns,
};

export const STAT_NAMES = Object.keys(STATISTICS) as StatName[];

export function statList(): StatInfo[] {
  return STAT_NAMES.map((n) => STATISTICS[n].info);
}

function isStatName(name: string): name is StatName {
  return Object.hasOwn(STATISTICS, name);
}

/** A statistic by its name or Korean label ('clippings', '언론보도 건수'). */
export function findStatistic(name: string): StatName {
  const n = name.trim();
  if (isStatName(n)) return n;
  const byLabel = STAT_NAMES.find((k) => STATISTICS[k].info.label === n || STATISTICS[k].info.label.replace(/\s/g, '') === n.replace(/\s/g, ''));
  if (byLabel) return byLabel;
  throw new AppError('invalid_input', `알 수 없는 통계입니다: ${n} (가능한 이름: ${STAT_NAMES.join(', ')})`, { 통계: n });
}

/**
 * The grouping ids of a request, from ids or Korean labels ('매체구분', 'mediaType', '민선기').
 * Refuses a grouping the statistic does not offer, one named twice, or more than it takes.
 */
export function resolveGroupings(name: StatName, by: readonly string[]): string[] {
  const info = STATISTICS[name].info;
  const offered = info.groupings.map((g) => `${g.label}(${g.id})`).join(', ');
  const ids = by.map((raw) => {
    const w = raw.trim();
    const g = info.groupings.find((x) => x.id === w || x.label === w || x.id.toLowerCase() === w.toLowerCase());
    if (!g) throw new AppError('invalid_input', `'${info.label}' 통계는 '${w}'${objectParticle(w)} 기준으로 묶을 수 없습니다. 가능한 묶음: ${offered}`, { 묶음: w });
    return g.id;
  });
  if (new Set(ids).size !== ids.length) throw new AppError('invalid_input', '같은 묶음을 두 번 쓸 수 없습니다.', { 묶음: by.join(',') });
  if (ids.length > info.maxGroupings) {
    const most = info.maxGroupings === 1 ? '하나만' : '두 가지까지';
    throw new AppError('invalid_input', `'${info.label}'${topicParticle(info.label)} 묶음을 ${most} 쓸 수 있습니다 (받은 묶음: ${by.join(', ')}).`, { 묶음: by.join(',') });
  }
  return ids;
}

export interface StatRequest {
  name: StatName;
  params: StatParams;
}

/** A validated request (see request.ts for the dates) → the statistic and its parameters. */
export function resolveStatRequest(input: { name: string; from?: string | undefined; to?: string | undefined; by?: readonly string[] | undefined }): StatRequest {
  const name = findStatistic(input.name);
  return { name, params: { from: input.from ?? null, to: input.to ?? null, by: resolveGroupings(name, input.by ?? []) } };
}
