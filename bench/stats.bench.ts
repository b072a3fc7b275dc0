/**
 * Statistics over 100,000 clippings (demo data with its releases): `stats.run` 언론보도 by 매체구분
 * through the API against a bare SQL GROUP BY on the same file in the same run (goal ≤ 2×), and,
 * for reference, other groupings, 기사화 실적 and the shared function over one fact per clipping
 * (what the window computes over its list).
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore } from '../core/api/core.ts';
import type { Core } from '../core/api/core-types.ts';
import { clippingFact } from '../shared/stats/clippings.ts';
import { STATISTICS } from '../shared/stats/registry.ts';
import { ms } from './fixtures.ts';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function time(fn: () => unknown, runs = 15): Promise<number> {
  for (let i = 0; i < 3; i++) await fn(); // warm-up: prepared statements, page cache
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    await fn();
    samples.push(ms(t));
  }
  return median(samples);
}

const stat = (core: Core, name: string, by: string[]) => () => core.call('stats.run', { name, by });

export async function statsBench(rows = 100_000) {
  const dir = mkdtempSync(join(tmpdir(), 'gudesk-bench-'));
  try {
    const core = createCore({ dataDir: dir, actor: 'bench' });
    const seeded = await core.call('app.seedDemo', { rows });
    const raw = new Database(join(dir, 'gudesk.sqlite'), { readonly: true });
    const bare = raw.prepare('SELECT media_type, count(*) AS n FROM clippings WHERE deleted_at IS NULL GROUP BY media_type');
    const baselineMs = await time(() => bare.all());
    const byMediaMs = await time(stat(core, 'clippings', ['mediaType']));
    const byMonthMs = await time(stat(core, 'clippings', ['month']));
    const crossMs = await time(stat(core, 'clippings', ['term', 'mediaType']));
    const coverageMs = await time(stat(core, 'coverage', ['term']), 5);
    const facts = (await core.call('clippings.list', {})).map(clippingFact);
    const pureMs = await time(() => STATISTICS.clippings.run(facts, { from: null, to: null, by: ['mediaType'] }));
    raw.close();
    core.close();
    return { clippings: seeded.clippings, releases: seeded.releases, baselineMs, byMediaMs, byMonthMs, crossMs, coverageMs, pureMs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
