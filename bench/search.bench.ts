/**
 * Search over 100,000 clippings through the API. Queries are words of 2, 3 and 5 syllables drawn
 * (seeded) from the clippings' own titles and summaries, weighted by how often they occur — so
 * common words a clerk would type (구청, 금천구, 도시브랜드) come up as often as they do in the data.
 * Measured: `clippings.searchIds` (what the grid calls: every match) and `clippings.search` with
 * 100 rows (CLI, pickers). Goal: p95 ≤ 30 ms.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore } from '../core/api/core.ts';
import { benchClippings, clippingsCsv, ms, percentile } from './fixtures.ts';
import { mulberry32 } from '../core/demo/random.ts';

function sampleWords(texts: string[], syllables: number, count: number, seed: number): string[] {
  const freq = new Map<string, number>();
  for (const t of texts) for (const w of t.match(/[가-힣]+/g) ?? []) if (w.length === syllables) freq.set(w, (freq.get(w) ?? 0) + 1);
  const words = [...freq.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const total = words.reduce((n, [, c]) => n + c, 0);
  const rng = mulberry32(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let r = rng() * total;
    const hit = words.find(([, c]) => (r -= c) < 0) ?? words[0]!;
    out.push(hit[0]);
  }
  return out;
}

export async function searchBench(rows = 100_000, queriesPerLength = 60) {
  const data = benchClippings(rows);
  const dir = mkdtempSync(join(tmpdir(), 'gudesk-bench-'));
  try {
    const core = createCore({ dataDir: dir, actor: 'bench' });
    await core.call('clippings.importCommit', { fileName: 'c.csv', data: Buffer.from(clippingsCsv(data)).toString('base64') });
    const texts = data.map((d) => `${d.title} ${d.summary}`);
    const result: Record<string, { p50: number; p95: number; meanMatches: number; limitedP95: number; sample: string[] }> = {};
    for (const n of [2, 3, 5]) {
      const queries = sampleWords(texts, n, queriesPerLength, 1000 + n);
      for (const q of queries.slice(0, 5)) await core.call('clippings.searchIds', { query: q }); // warm-up
      const times: number[] = [];
      const limited: number[] = [];
      let matches = 0;
      for (const q of queries) {
        let t = process.hrtime.bigint();
        const r = await core.call('clippings.searchIds', { query: q });
        times.push(ms(t));
        matches += r.total;
        t = process.hrtime.bigint();
        await core.call('clippings.search', { query: q, limit: 100 });
        limited.push(ms(t));
      }
      result[`${n}음절`] = {
        p50: percentile(times, 50), p95: percentile(times, 95), meanMatches: Math.round(matches / queries.length),
        limitedP95: percentile(limited, 95), sample: [...new Set(queries)].slice(0, 6),
      };
    }
    core.close();
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
