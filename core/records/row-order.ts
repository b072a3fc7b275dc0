/**
 * Date-ordered rowids. A register with `rowOrder` (보도일자 for clippings) stores each row under a
 * rowid that sorts like its date: day number × 2^21 + a counter within the day. Newest-first lists
 * then need no sort, and the search index, which returns rowids in order, can hand back "the 100
 * newest matches" without touching the other 99,000. Rowids stay local to this database (records
 * are identified everywhere else, and across PCs, by their UUID).
 */
import type { Db } from '../db/open.ts';

const PER_DAY = 2 ** 21;
const EPOCH = Date.UTC(1900, 0, 1);

export function dayNumber(isoDate: string): number {
  const ms = Date.parse(`${isoDate}T00:00:00Z`);
  return Number.isFinite(ms) ? Math.max(0, Math.round((ms - EPOCH) / 86_400_000)) : 0;
}

export function rowOrder(db: Db, table: string) {
  const lastInDay = db.prepare<[number, number], { m: number | null }>(`SELECT max(rowid) AS m FROM ${table} WHERE rowid >= ? AND rowid < ?`);
  return {
    /** The next free rowid of that day (after every row already stored for it). */
    next(isoDate: string): number {
      const lo = dayNumber(isoDate) * PER_DAY;
      const last = lastInDay.get(lo, lo + PER_DAY)?.m;
      return last == null ? lo : last + 1;
    },
  };
}
