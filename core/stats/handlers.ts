/** `stats.list` and `stats.run`: the shared statistics over the whole register, facts from SQLite. */
import type { HandlerMap } from '../api/handler-types.ts';
import type { Services } from '../api/services.ts';
import { STATISTICS, resolveStatRequest, statList } from '../../shared/stats/registry.ts';
import type { StatTable } from '../../shared/stats/types.ts';
import { statsFactsRepository } from './facts-repository.ts';

export function statsHandlers(s: Services): HandlerMap<'stats.list' | 'stats.run'> {
  const facts = statsFactsRepository(s.db);
  return {
    'stats.list': () => statList(),
    'stats.run': (input): StatTable => {
      const { name, params } = resolveStatRequest(input);
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
    },
  };
}
