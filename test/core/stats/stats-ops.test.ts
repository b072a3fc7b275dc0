/**
 * stats.list and stats.run over a real register: the core sums in SQL, yet every table equals the
 * shared function over the records the lists return (what the window computes), and a plain SQL
 * count of the demo data. Bad requests are refused in Korean.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATISTICS, statList, type StatName } from '../../../shared/stats/registry.ts';
import { clippingFact } from '../../../shared/stats/clippings.ts';
import { releaseFact } from '../../../shared/stats/releases.ts';
import { ONE_OFF_KINDS, type TrainingRunFact } from '../../../shared/stats/training.ts';
import { PRESENT_MARKS } from '../../../shared/domain/training/completion.ts';
import type { StatTable } from '../../../shared/stats/types.ts';
import { expectKoreanError, failure, openTempCore, type TempCore } from '../temp-core.ts';

let t: TempCore;
beforeAll(async () => {
  t = openTempCore();
  await t.core.call('app.seedDemo', { rows: 2000 });
  // Deleted records count nowhere: two clippings, and a release whose clippings then count for none.
  const clippings = await t.core.call('clippings.list', {});
  await t.core.call('clippings.delete', { ids: clippings.slice(0, 2).map((c) => c.id) });
  const covered = (await t.core.call('releases.list', {})).find((r) => r.clippingCount > 0)!;
  await t.core.call('releases.delete', { ids: [covered.id] });
});
afterAll(() => t.dispose());

/** training-runs facts from the lists, as the window would build them (the core counts in SQL). */
async function trainingFacts(): Promise<TrainingRunFact[]> {
  const [classes, courses, venues, sessions, enrolments, attendance] = await Promise.all([
    t.core.call('classes.list', {}), t.core.call('courses.list', {}), t.core.call('venues.list', {}),
    t.core.call('sessions.list', {}), t.core.call('enrolments.list', {}), t.core.call('attendance.list', {}),
  ]);
  const liveSessions = new Set(sessions.map((s) => s.id));
  const came = new Set(attendance.filter((a) => liveSessions.has(a.sessionId) && (PRESENT_MARKS as readonly string[]).includes(a.mark)).map((a) => a.enrolmentId));
  return classes.map((k) => {
    const course = courses.find((c) => c.id === k.courseId);
    const oneOff = ONE_OFF_KINDS.includes(course?.kind ?? '');
    const people = enrolments.filter((e) => e.classId === k.id && (e.status === '수료' || (oneOff && e.status !== '취소' && e.status !== '대기' && came.has(e.id)))).length;
    return { date: k.endOn || k.startOn, venueKind: venues.find((v) => v.id === k.venueId)?.kind ?? '', subjectGroup: course?.subjectGroup ?? '', audience: course?.audience ?? '', kind: course?.kind ?? '', runs: 1, people };
  });
}

const run = (name: string, by: string[], from?: string, to?: string) => t.core.call('stats.run', { name, by, ...(from && { from }), ...(to && { to }) }) as Promise<StatTable>;

describe('stats.run', () => {
  it('lists the registry as the shared code declares it', async () => {
    expect(await t.core.call('stats.list', {})).toEqual(statList());
  });

  it('answers every statistic and grouping, with and without a period, as the shared function over the lists', async () => {
    const clippings = (await t.core.call('clippings.list', {})).map(clippingFact);
    const releases = (await t.core.call('releases.list', {})).map(releaseFact);
    const training = await trainingFacts();
    expect(training.length).toBeGreaterThan(40);
    const periods: Array<[string | undefined, string | undefined]> = [[undefined, undefined], ['2025-03-15', '2026-02-10'], ['2022-07-01', undefined]];
    for (const info of statList()) {
      // The demo data holds a year of 정보화교육 (core/demo/training-demo.ts).
      const facts = info.name === 'clippings' ? clippings : info.name === 'training-runs' ? training : releases;
      const bys = [[], ...info.groupings.map((g) => [g.id]), ...(info.maxGroupings === 2 ? [[info.groupings[2]!.id, info.groupings[0]!.id]] : [])];
      for (const by of bys) {
        for (const [from, to] of periods) {
          const expected = (STATISTICS[info.name as StatName] as typeof STATISTICS.clippings).run(facts as never, { from: from ?? null, to: to ?? null, by });
          expect(await run(info.name, by, from, to), `${info.name} ${by.join(',')} ${from}~${to}`).toEqual(expected);
        }
      }
    }
  });

  it('gives the figures a plain SQL count of the demo data gives', async () => {
    const raw = new Database(join(t.dir, 'gudesk.sqlite'), { readonly: true });
    try {
      const media = raw.prepare("SELECT media_type AS k, count(*) AS n FROM clippings WHERE deleted_at IS NULL GROUP BY media_type").all() as Array<{ k: string; n: number }>;
      const byMedia = await run('clippings', ['mediaType']);
      expect(Object.fromEntries(byMedia.rows.map((r) => [r.key, r.values[0]]))).toEqual(Object.fromEntries(media.map((m) => [m.k, m.n])));

      const eighth = raw.prepare("SELECT count(*) FROM clippings WHERE deleted_at IS NULL AND published_on BETWEEN '2022-07-01' AND '2026-06-30'").pluck().get();
      expect((await run('clippings', ['term'])).rows.find((r) => r.key === '8기')?.values[0]).toBe(eighth);

      const live = raw.prepare('SELECT count(*) FROM releases WHERE deleted_at IS NULL').pluck().get();
      expect((await run('releases', [])).headline).toBe(live);
      const articles = raw
        .prepare('SELECT count(*) FROM clippings c JOIN releases r ON r.id = c.release_id WHERE c.deleted_at IS NULL AND r.deleted_at IS NULL')
        .pluck()
        .get();
      expect((await run('coverage', [])).headline).toBe(articles);
      expect(articles).toBeGreaterThan(0);
    } finally {
      raw.close();
    }
  });

  it('refuses an unknown name, a grouping not offered, a start after the end and a date that is not one, in Korean', async () => {
    const unknown = await failure(t.core, 'stats.run', { name: 'press' });
    expectKoreanError(unknown, 'invalid_input');
    expect(unknown.message).toContain('알 수 없는 통계입니다: press');
    expect((await failure(t.core, 'stats.run', { name: 'releases', by: '매체구분' })).message).toContain("'매체구분'을 기준으로 묶을 수 없습니다");
    expect((await failure(t.core, 'stats.run', { name: 'clippings', from: '2025-01-01', to: '2024-12-31' })).message).toBe('시작일(2025. 1. 1.)이 종료일(2024. 12. 31.)보다 늦습니다.');
    expect((await failure(t.core, 'stats.run', { name: 'clippings', to: '어제' })).message).toBe('종료일은 2024. 9. 2. 형식의 실제 날짜로 입력하세요. (받은 값: 어제)');
  });
});
