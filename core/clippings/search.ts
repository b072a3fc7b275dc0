/**
 * Full-text search of 언론보도 over 제목, 요약, 매체명, 기자 with the FTS5 trigram index.
 *
 * Trigrams cannot match a query of one or two characters (홍보, 구청, AI), and Korean searches are
 * mostly two syllables. The index stores each column followed by two spaces, so every occurrence
 * of a short term begins at least one indexed trigram; the term becomes the OR of the trigrams in
 * the index vocabulary that start with it (a range scan of clippings_fts_terms). A term of three
 * characters is one trigram; a longer one is all of its trigrams, then checked as a substring (the
 * index keeps no positions). All terms must match.
 */
import type { Db } from '../db/open.ts';
import { ftsQuote, searchTerms } from '../db/search-terms.ts';

/** Beyond this many vocabulary entries (a one-syllable query), a scan is cheaper than an OR. */
const MAX_PREFIX_TERMS = 1500;
const MAX_CODEPOINT = '\u{10FFFF}';

export interface SearchPlan {
  /** FTS5 MATCH expression, or null when no term needs the index. */
  match: string | null;
  /** Terms checked by substring scan instead (very short and very common). */
  scan: string[];
  /** Terms the index narrows down but cannot confirm (longer than one trigram). */
  verify: string[];
  /** A term occurs nowhere: the result is empty without asking. */
  impossible: boolean;
}

export function clippingsSearch(db: Db) {
  const prefixTerms = db.prepare<[string, string, number], { term: string }>(
    'SELECT term FROM clippings_fts_terms WHERE term >= ? AND term < ? LIMIT ?',
  );
  // In rowid order: FTS5 flushes its pending terms whenever a rowid arrives out of order.
  const indexColumns = `rowid, title || '  ', summary || '  ', outlet || '  ', reporter || '  '`;
  const reindexBatch = db.prepare<[string]>(
    `INSERT INTO clippings_fts (rowid, title, summary, outlet, reporter)
     SELECT ${indexColumns} FROM clippings WHERE deleted_at IS NULL AND id IN
       (SELECT record_id FROM history WHERE batch_id = ? AND register = 'clippings' AND action = 'create')
     ORDER BY rowid`,
  );
  const reindexAll = db.prepare(
    `INSERT INTO clippings_fts (rowid, title, summary, outlet, reporter)
     SELECT ${indexColumns} FROM clippings WHERE deleted_at IS NULL ORDER BY rowid`,
  );

  function plan(query: string): SearchPlan | undefined {
    const terms = searchTerms(query);
    if (terms.length === 0) return undefined;
    const parts: string[] = [];
    const scan: string[] = [];
    const verify: string[] = [];
    for (const term of terms) {
      const chars = Array.from(term);
      if (chars.length >= 3) {
        const trigrams = new Set(chars.slice(0, -2).map((_, i) => chars.slice(i, i + 3).join('')));
        parts.push([...trigrams].map(ftsQuote).join(' AND '));
        if (chars.length > 3) verify.push(term);
        continue;
      }
      const vocab = prefixTerms.all(term, term + MAX_CODEPOINT, MAX_PREFIX_TERMS + 1);
      if (vocab.length === 0) return { match: null, scan: [], verify: [], impossible: true };
      if (vocab.length > MAX_PREFIX_TERMS) scan.push(term);
      else parts.push(`(${vocab.map((v) => ftsQuote(v.term)).join(' OR ')})`);
    }
    return { match: parts.length > 0 ? parts.join(' AND ') : null, scan, verify, impossible: false };
  }

  return {
    plan,
    /** WHERE clause (over `clippings c`) and its parameters for a plan. */
    where(p: SearchPlan): { sql: string; params: string[] } {
      const sql: string[] = ['c.deleted_at IS NULL'];
      const params: string[] = [];
      if (p.match) {
        sql.push('c.rowid IN (SELECT rowid FROM clippings_fts WHERE clippings_fts MATCH ?)');
        params.push(p.match);
      }
      // char(10) between the fields: no term (letters and digits only) can match across two of them.
      for (const term of [...p.scan, ...p.verify]) {
        sql.push("instr(lower(c.title || char(10) || c.summary || char(10) || c.outlet || char(10) || c.reporter), ?) > 0");
        params.push(term);
      }
      return { sql: sql.join(' AND '), params };
    },
    /**
     * SQL for the matches of a plan: `ids` (every match), `count`, and `newest` (the first `limit`
     * matches in 보도일자 order, taken straight from the index, which holds only live rows).
     */
    sql(p: SearchPlan, select: string): { ids: string; count: string; newest: string; params: string[] } {
      if (p.scan.length === 0 && p.verify.length === 0 && p.match) {
        const inIndex = 'SELECT rowid FROM clippings_fts WHERE clippings_fts MATCH ?';
        return {
          ids: `SELECT c.id FROM clippings c WHERE c.rowid IN (${inIndex})`,
          count: 'SELECT count(*) FROM clippings_fts WHERE clippings_fts MATCH ?',
          newest: `${select} WHERE c.rowid IN (${inIndex} ORDER BY rowid DESC LIMIT ?) ORDER BY c.rowid DESC`,
          params: [p.match],
        };
      }
      const w = this.where(p);
      return {
        ids: `SELECT c.id FROM clippings c WHERE ${w.sql}`,
        count: `SELECT count(*) FROM clippings c WHERE ${w.sql}`,
        newest: `${select} WHERE ${w.sql} ORDER BY c.rowid DESC LIMIT ?`,
        params: w.params,
      };
    },
    /** Indexes the clippings a bulk load created in history batch `batchId` (see db/bulk-load.ts). */
    indexBatch(batchId: string): void {
      reindexBatch.run(batchId);
    },
    /** Indexes every live clipping of a table filled with the index triggers paused (bench). */
    indexAll(): void {
      reindexAll.run();
    },
  };
}

export type ClippingsSearch = ReturnType<typeof clippingsSearch>;
