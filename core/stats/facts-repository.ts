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
import { ONE_OFF_KINDS, type TrainingRunFact } from '../../shared/stats/training.ts';

const ONE_OFF_SQL = ONE_OFF_KINDS.map((k) => `'${k}'`).join(', ');
/**
 * Per class ended in the period: its end date (종료일, else 시작일), the groupings' values, and its
 * 명 — enrolments 수료, or for one-off kinds those not 취소/대기 who came to a live session.
 */
const TRAINING_CLASSES = `
  SELECT coalesce(nullif(k.end_on, ''), k.start_on) AS ended_on, coalesce(v.kind, '') AS venue_kind,
    coalesce(c.subject_group, '') AS subject_group, coalesce(c.audience, '') AS audience, coalesce(c.kind, '') AS kind,
    (SELECT count(*) FROM enrolments e WHERE e.class_id = k.id AND e.deleted_at IS NULL AND (e.status = '수료' OR (
       c.kind IN (${ONE_OFF_SQL}) AND e.status NOT IN ('취소', '대기') AND EXISTS (
         SELECT 1 FROM attendance a JOIN sessions s ON s.id = a.session_id AND s.deleted_at IS NULL
         WHERE a.enrolment_id = e.id AND a.deleted_at IS NULL AND a.mark IN ('출석', '지각', '공결'))))) AS people
  FROM classes k
  LEFT JOIN courses c ON c.id = k.course_id
  LEFT JOIN venues v ON v.id = k.venue_id AND v.deleted_at IS NULL
  WHERE k.deleted_at IS NULL`;

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
    /** 정보화교육 실적: one fact per group of classes ended in the period, with their 명. */
    trainingRuns(p: StatParams): TrainingRunFact[] {
      const date = needsDate(p) || p.by.includes('half');
      const cols = { venueKind: 'venue_kind', subjectGroup: 'subject_group', audience: 'audience', kind: 'kind' } as const;
      const wanted = (Object.keys(cols) as Array<keyof typeof cols>).filter((g) => p.by.includes(g));
      const groupBy = [...(date ? ['date'] : []), ...wanted];
      const select = (Object.keys(cols) as Array<keyof typeof cols>).map((g) => `${wanted.includes(g) ? cols[g] : "''"} AS ${g}`).join(', ');
      const s = prepared(`training-runs:${groupBy.join(',')}`, () =>
        `SELECT ${date ? 'substr(ended_on, 1, 7)' : "''"} AS date, ${select}, count(*) AS runs, coalesce(sum(people), 0) AS people
         FROM (${TRAINING_CLASSES}) WHERE ended_on BETWEEN ? AND ?${groupBy.length ? ` GROUP BY ${groupBy.join(', ')}` : ''}`,
      );
      return s.all(...bounds(p)) as TrainingRunFact[];
    },
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
