/**
 * Bulk loading: while `bulkLoad` runs, triggers that keep search indexes in step skip their
 * per-row work (their WHEN clause calls gudesk_bulk_load()), and the caller refills the index in
 * one statement at the end — inside the same transaction, so a search never sees a half state.
 */
import type { Db } from './open.ts';

const loading = new WeakSet<Db>();

export function registerBulkLoadFunction(db: Db): void {
  db.function('gudesk_bulk_load', { deterministic: false }, () => (loading.has(db) ? 1 : 0));
}

/** Runs `fn` with index triggers paused. Call it inside a db.transaction. */
export function bulkLoad<T>(db: Db, fn: () => T): T {
  loading.add(db);
  try {
    return fn();
  } finally {
    loading.delete(db);
  }
}
