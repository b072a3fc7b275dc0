/**
 * Records set aside because they break their register's rules (stored before pushes were
 * checked, or under older rules): kept whole, with the reason, until an admin clears them
 * (`gudesk-server quarantine list|clear`). They are not in `records`, so no PC pulls them and
 * pull pages stay a plain index range scan.
 */
import type { SqlExecutor } from './driver.ts';

export interface QuarantinedRecord {
  register: string;
  recordId: string;
  team: string;
  /** Korean: what is wrong with it. */
  reason: string;
  /** Epoch ms when the server set it aside. */
  foundAt: number;
  /** The record as it was stored (fields, stamps, bases), JSON. */
  state: string;
}

/** Moves records from `records` into quarantine, in the caller's transaction. */
export async function quarantineRecords(tx: SqlExecutor, recs: ReadonlyArray<Omit<QuarantinedRecord, 'foundAt'> & { schema: number }>, now: number): Promise<void> {
  for (const r of recs) {
    await tx.run(
      `INSERT INTO quarantine (register, record_id, team, schema, state, reason, found_at) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (register, record_id) DO UPDATE SET team = excluded.team, schema = excluded.schema, state = excluded.state, reason = excluded.reason, found_at = excluded.found_at`,
      [r.register, r.recordId, r.team, r.schema, r.state, r.reason, now],
    );
    await tx.run('DELETE FROM records WHERE register = ? AND record_id = ?', [r.register, r.recordId]);
  }
}

export async function listQuarantine(db: SqlExecutor): Promise<QuarantinedRecord[]> {
  const rows = await db.all<{ register: string; record_id: string; team: string; reason: string; found_at: number; state: string }>(
    'SELECT register, record_id, team, reason, found_at, state FROM quarantine ORDER BY found_at, register, record_id');
  return rows.map((r) => ({ register: r.register, recordId: r.record_id, team: r.team, reason: r.reason, foundAt: Number(r.found_at), state: r.state }));
}

/** Removes a quarantined record for good; returns how many were removed (0: no such id). */
export function clearQuarantined(db: SqlExecutor, recordId: string): Promise<number> {
  return db.run('DELETE FROM quarantine WHERE record_id = ?', [recordId]);
}

/** Forgets the set-aside copy of one record (파기: it holds the values just erased). */
export function forgetQuarantinedOf(tx: SqlExecutor, register: string, recordId: string): Promise<number> {
  return tx.run('DELETE FROM quarantine WHERE register = ? AND record_id = ?', [register, recordId]);
}
