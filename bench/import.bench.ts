/**
 * Import of 100,000 clippings from CSV through the real API (clippings.importCommit: decode,
 * parse, map headers, validate, dedupe, one transaction with history and both search indexes),
 * against bare better-sqlite3 prepared-insert loops over the same rows in the same run:
 *   - baseline: the same `clippings` table and search index, filled by a bare insert loop with the
 *     index built in one statement afterwards (the cheapest way to store the same searchable rows);
 *   - plain: a table with the same columns and no indexes at all (reported for reference).
 * Goal: ≤ 5 s, and ≤ 3× the baseline.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore } from '../core/api/core.ts';
import { openDatabase } from '../core/db/open.ts';
import { newId } from '../core/records/ids.ts';
import { bulkLoad } from '../core/db/bulk-load.ts';
import { clippingsSearch } from '../core/clippings/search.ts';
import { benchClippings, clippingsCsv, ms } from './fixtures.ts';

export async function importBench(rows = 100_000) {
  const data = benchClippings(rows);
  const csv = clippingsCsv(data);
  const dirs: string[] = [];
  const temp = () => {
    const d = mkdtempSync(join(tmpdir(), 'gudesk-bench-'));
    dirs.push(d);
    return d;
  };
  try {
    // GuDesk, through the API every UI uses.
    const core = createCore({ dataDir: temp(), actor: 'bench' });
    const payload = { fileName: 'clippings.csv', data: Buffer.from(csv).toString('base64') };
    let t = process.hrtime.bigint();
    const report = await core.call('clippings.importCommit', payload);
    const gudeskMs = ms(t);
    core.close();
    if (report.toAdd !== rows) throw new Error(`expected ${rows} rows, imported ${report.toAdd} (rejected ${report.rejected.length})`);

    // Baseline: bare prepared inserts into the same schema.
    const db = openDatabase(join(temp(), 'baseline.sqlite'));
    const insert = db.prepare(
      `INSERT INTO clippings (id, published_on, outlet, media_type, title, reporter, page, url, department, tone, summary, tags,
         created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const now = new Date().toISOString();
    t = process.hrtime.bigint();
    db.transaction(() => {
      bulkLoad(db, () => {
        for (const r of data) {
          insert.run(newId(), r.publishedOn, r.outlet, r.mediaType, r.title, r.reporter, r.page, r.url, r.department, r.tone, r.summary, JSON.stringify(r.tags), now, 'bench', now, 'bench');
        }
      });
      clippingsSearch(db).indexAll();
    })();
    const baselineMs = ms(t);
    db.close();

    // Plain: no indexes at all.
    const plain = openDatabase(join(temp(), 'plain.sqlite'));
    plain.exec('CREATE TABLE plain (id TEXT, published_on TEXT, outlet TEXT, media_type TEXT, title TEXT, reporter TEXT, page TEXT, url TEXT, department TEXT, tone TEXT, summary TEXT, tags TEXT)');
    const ins = plain.prepare('INSERT INTO plain VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    t = process.hrtime.bigint();
    plain.transaction(() => {
      for (const r of data) ins.run(newId(), r.publishedOn, r.outlet, r.mediaType, r.title, r.reporter, r.page, r.url, r.department, r.tone, r.summary, JSON.stringify(r.tags));
    })();
    const plainMs = ms(t);
    plain.close();

    return { rows, csvBytes: csv.length, gudeskMs, baselineMs, plainMs };
  } finally {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  }
}
