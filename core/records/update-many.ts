/**
 * Different changes on many records as one user action (a paste or a fill down in the grid).
 * A clerk who pastes 30 cells expects the good ones saved and the bad ones named, not the whole
 * paste thrown away for one typo: each record's change runs on its own savepoint inside one
 * transaction and one history batch, so one record that cannot take its change (a stale version,
 * a bad value, a duplicate key) is refused alone, and one undo reverts everything saved.
 */
import type { Db } from '../db/open.ts';
import { AppError } from '../../shared/api/errors.ts';
import type { RegisterSpec } from '../../shared/domain/register.ts';
import type { Stamp } from './record-store.ts';
import { stampNow } from './ids.ts';

export interface RecordChange {
  id: string;
  patch: Record<string, unknown>;
  expectedVersion?: number | undefined;
}

export interface RefusedChange {
  id: string;
  message: string;
  details?: Record<string, string>;
}

export interface UpdateManyOutcome {
  /** Ids of the records that changed, in the order given. */
  saved: string[];
  refused: RefusedChange[];
  batchId: string;
}

type ApplyPatch = (id: string, patch: Record<string, unknown>, stamp: Stamp, expectedVersion?: number) => string[];

/** Changes to one record given twice (two pasted cells of one row) become one change. */
function mergeById(changes: readonly RecordChange[]): RecordChange[] {
  const byId = new Map<string, RecordChange>();
  for (const c of changes) {
    const seen = byId.get(c.id);
    if (seen) seen.patch = { ...seen.patch, ...c.patch };
    else byId.set(c.id, { id: c.id, patch: { ...c.patch }, expectedVersion: c.expectedVersion });
  }
  return [...byId.values()];
}

export function updateMany(db: Db, spec: RegisterSpec, apply: ApplyPatch, changes: readonly RecordChange[], actor: string): UpdateManyOutcome {
  const stamp = stampNow(actor);
  const known = new Set(spec.fields.map((f) => f.key));
  // better-sqlite3 runs a transaction inside a transaction as a savepoint: a throw undoes only it.
  const one = db.transaction((c: RecordChange) => apply(c.id, c.patch, stamp, c.expectedVersion));
  return db.transaction(() => {
    const saved: string[] = [];
    const refused: RefusedChange[] = [];
    for (const change of mergeById(changes)) {
      const unknown = Object.keys(change.patch).filter((k) => !known.has(k));
      if (unknown.length > 0) {
        refused.push({ id: change.id, message: `${spec.label}에 없는 항목이라 고칠 수 없습니다: ${unknown.join(', ')}` });
        continue;
      }
      try {
        if (one(change).length > 0) saved.push(change.id);
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        refused.push(err.details ? { id: change.id, message: err.message, details: err.details } : { id: change.id, message: err.message });
      }
    }
    return { saved, refused, batchId: stamp.batchId };
  })();
}
