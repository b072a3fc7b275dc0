/**
 * All SQL of the statistics: each register's facts over a period, already summed by SQLite.
 * A fact is one group of records (its month, and the fields the asked groupings need), so
 * 100,000 clippings cross into JavaScript as a few hundred rows; the shared pure functions
 * (shared/stats) then make the table exactly as they do over the window's list.
 */
import type { Db } from '../db/open.ts';
import type { ClippingFact } from '../../shared/stats/clippings.ts';
import type { ReleaseFact } from '../../shared/stats/releases.ts';
import type { StatParams } from '../../shared/stats/types.ts';

/** Open ends of a period as bounds every ISO date lies between. */
const bounds = (p: StatParams): [string, string] => [p.from ?? '0000-00-00', p.to ?? '9999-99-99'];
const DATE_GROUPINGS = new Set(['month', 'year', 'term']);

export function statsFactsRepository(db: Db) {
  type Statement = ReturnType<typeof db.prepare<[string, string], unknown>>;
  const statements = new Map<string, Statement>();
  /** One statement per set of needed columns: a grouping not asked for is not grouped on. */
  function prepared(key: string, sql: () => string): Statement {
    let s = statements.get(key);
    if (!s) statements.set(key, (s = db.prepare<[string, string], unknown>(sql())));
    return s;
  }
  const needsDate = (p: StatParams) => p.by.some((g) => DATE_GROUPINGS.has(g));

  return {
    clippings(p: StatParams): ClippingFact[] {
      const date = needsDate(p);
      const media = p.by.includes('mediaType');
      const tone = p.by.includes('tone');
      const cols = [date ? 'substr(published_on, 1, 7)' : "''", media ? 'media_type' : "''", tone ? 'tone' : "''"];
      const groupBy = ['date', 'mediaType', 'tone'].filter((_, i) => [date, media, tone][i]);
      const s = prepared(`clippings:${groupBy.join(',')}`, () =>
        `SELECT ${cols[0]} AS date, ${cols[1]} AS mediaType, ${cols[2]} AS tone, count(*) AS n FROM clippings
         WHERE deleted_at IS NULL AND published_on BETWEEN ? AND ?${groupBy.length ? ` GROUP BY ${groupBy.join(', ')}` : ''}`,
      );
      return s.all(...bounds(p)) as ClippingFact[];
    },
    /** Releases distributed in the period, with their live clippings (links are not foreign keys). */
    releases(p: StatParams): ReleaseFact[] {
      const date = needsDate(p);
      const dept = p.by.includes('department');
      const groupBy = ['date', 'department'].filter((_, i) => [date, dept][i]);
      const s = prepared(`releases:${groupBy.join(',')}`, () =>
        `SELECT ${date ? 'substr(distributed_on, 1, 7)' : "''"} AS date, ${dept ? 'department' : "''"} AS department,
           count(*) AS n, coalesce(sum(cc > 0), 0) AS covered, coalesce(sum(cc), 0) AS clippings
         FROM (SELECT r.distributed_on, r.department,
                 (SELECT count(*) FROM clippings c WHERE c.release_id = r.id AND c.deleted_at IS NULL) AS cc
               FROM releases r WHERE r.deleted_at IS NULL AND r.distributed_on BETWEEN ? AND ?)
         ${groupBy.length ? `GROUP BY ${groupBy.join(', ')}` : ''}`,
      );
      return s.all(...bounds(p)) as ReleaseFact[];
    },
  };
}
