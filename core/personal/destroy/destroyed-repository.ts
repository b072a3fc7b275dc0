/**
 * SQL of 파기 on this PC (migration 012): which records are destroyed, and erasing a destroyed
 * record's old personal values from everywhere else they live — its change history (the values,
 * not the lines: who changed what when stays), open conflict marks, and pulled copies set aside
 * (quarantine, parked). Callers run it inside their own transaction.
 */
import type { Db } from '../../db/open.ts';

export interface DestroyedRow {
  register: string;
  record_id: string;
  destroyed_at: string;
  hlc: string;
}

export function destroyedRepository(db: Db) {
  const one = db.prepare<[string, string], DestroyedRow>('SELECT * FROM destroyed_records WHERE register = ? AND record_id = ?');
  const ofRegister = db.prepare<[string], DestroyedRow>('SELECT * FROM destroyed_records WHERE register = ?');
  const mark = db.prepare(
    `INSERT INTO destroyed_records (register, record_id, destroyed_at, hlc) VALUES (?, ?, ?, ?)
     ON CONFLICT (register, record_id) DO UPDATE SET hlc = CASE WHEN excluded.hlc > hlc THEN excluded.hlc ELSE hlc END`,
  );
  const setHlc = db.prepare('UPDATE destroyed_records SET hlc = ? WHERE register = ? AND record_id = ?');
  const eraseHistory = db.prepare<[string, string, string]>(
    `UPDATE history SET old_value = NULL, new_value = NULL
     WHERE register = ? AND record_id = ? AND field IN (SELECT value FROM json_each(?)) AND (old_value IS NOT NULL OR new_value IS NOT NULL)`,
  );
  const eraseConflicts = db.prepare<[string, string, string]>(
    `UPDATE sync_conflicts SET value = NULL WHERE register = ? AND record_id = ? AND field IN (SELECT value FROM json_each(?)) AND value IS NOT NULL`,
  );
  const dropQuarantined = db.prepare<[string, string]>('DELETE FROM sync_quarantine WHERE register = ? AND record_id = ?');
  const dropParked = db.prepare<[string, string]>('DELETE FROM sync_parked WHERE register = ? AND record_id = ?');

  return {
    get(register: string, recordId: string): DestroyedRow | undefined {
      return one.get(register, recordId);
    },
    has(register: string, recordId: string): boolean {
      return one.get(register, recordId) !== undefined;
    },
    /** Every destroyed record of a register with its sync stamp (checksums, full resync). */
    stamps(register: string): Map<string, string> {
      return new Map(ofRegister.all(register).map((r) => [r.record_id, r.hlc]));
    },
    /** Marks a record destroyed; a later stamp replaces an earlier one, never the other way. */
    mark(register: string, recordId: string, at: string, hlc: string): void {
      mark.run(register, recordId, at, hlc);
    },
    setHlc(register: string, recordId: string, hlc: string): void {
      setHlc.run(hlc, register, recordId);
    },
    /**
     * Erases the old values of `fields` wherever this PC still keeps them; returns how many
     * history values and conflict marks were erased (the access log's counts).
     */
    eraseTraces(register: string, recordId: string, fields: readonly string[]): { history: number; conflicts: number } {
      const keys = JSON.stringify(fields);
      const history = eraseHistory.run(register, recordId, keys).changes;
      const conflicts = eraseConflicts.run(register, recordId, keys).changes;
      dropQuarantined.run(register, recordId);
      dropParked.run(register, recordId);
      return { history, conflicts };
    },
  };
}

export type DestroyedRepository = ReturnType<typeof destroyedRepository>;
