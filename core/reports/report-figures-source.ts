/** A council report's live figures answered by this PC's registers, through the statistics registry. */
import type { Db } from '../db/open.ts';
import type { FigureSource } from '../../shared/reports/council-report.ts';
import { statisticRunner } from '../stats/run-statistic.ts';

export function registerFigures(db: Db): FigureSource {
  const run = statisticRunner(db);
  return (request, period) => run(request.stat, { from: period.from, to: period.to, by: request.by });
}
