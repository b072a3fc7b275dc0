/** One statistic over SQLite's facts: what `stats.run` answers and what a council report's live figures print. */
import type { Db } from '../db/open.ts';
import { STATISTICS, type StatName } from '../../shared/stats/registry.ts';
import type { StatParams, StatTable } from '../../shared/stats/types.ts';
import { statsFactsRepository } from './facts-repository.ts';

export type StatisticRunner = (name: StatName, params: StatParams) => StatTable;

export function statisticRunner(db: Db): StatisticRunner {
  const facts = statsFactsRepository(db);
  return (name, params) => {
    switch (name) {
      case 'clippings':
        return STATISTICS.clippings.aggregate(facts.clippings(params), params);
      case 'releases':
        return STATISTICS.releases.aggregate(facts.releases(params), params);
      case 'coverage':
        return STATISTICS.coverage.aggregate(facts.releases(params), params);
      case 'training-runs':
        return STATISTICS['training-runs'].aggregate(facts.trainingRuns(params), params);
    }
  };
}
