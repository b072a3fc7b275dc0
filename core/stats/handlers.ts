/** `stats.list` and `stats.run`: the shared statistics over the whole register, facts from SQLite. */
import type { HandlerMap } from '../api/handler-types.ts';
import type { Services } from '../api/services.ts';
import { resolveStatRequest, statList } from '../../shared/stats/registry.ts';
import type { StatTable } from '../../shared/stats/types.ts';
import { statisticRunner } from './run-statistic.ts';

export function statsHandlers(s: Services): HandlerMap<'stats.list' | 'stats.run'> {
  const run = statisticRunner(s.db);
  return {
    'stats.list': () => statList(),
    'stats.run': (input): StatTable => {
      const { name, params } = resolveStatRequest(input);
      return run(name, params);
    },
  };
}
