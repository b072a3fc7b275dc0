/**
 * Long texts that lost a concurrent edit (the server keeps them as `_conflict:<field>`), until a
 * person picks the text to keep. A resolved conflict stays as a row with value NULL: its stamp
 * keeps a stale copy of the conflict, arriving later, from coming back.
 */
import type { Db } from '../db/open.ts';

export interface ConflictRow {
  register: string;
  record_id: string;
  field: string;
  value: string | null;
  hlc: string;
}

export function conflictsRepository(db: Db) {
  const stampOf = db.prepare<[string, string, string], string>(
    'SELECT hlc FROM sync_conflicts WHERE register = ? AND record_id = ? AND field = ?',
  ).pluck();
  const upsert = db.prepare(
    `INSERT INTO sync_conflicts (register, record_id, field, value, hlc) VALUES (@register, @record_id, @field, @value, @hlc)
     ON CONFLICT (register, record_id, field) DO UPDATE SET value = excluded.value, hlc = excluded.hlc`,
  );
  const open = db.prepare<[], ConflictRow>('SELECT * FROM sync_conflicts WHERE value IS NOT NULL ORDER BY hlc DESC');
  const one = db.prepare<[string, string, string], ConflictRow>(
    'SELECT * FROM sync_conflicts WHERE register = ? AND record_id = ? AND field = ? AND value IS NOT NULL',
  );
  const count = db.prepare<[], number>('SELECT count(*) FROM sync_conflicts WHERE value IS NOT NULL').pluck();

  return {
    /** Stores the server's conflict mark if it is newer than what this PC has; true if stored. */
    receive(register: string, recordId: string, field: string, mark: unknown, hlc: string): boolean {
      const current = stampOf.get(register, recordId, field);
      if (current !== undefined && current >= hlc) return false;
      const value = mark && typeof mark === 'object' ? JSON.stringify(mark) : null;
      upsert.run({ register, record_id: recordId, field, value, hlc });
      return true;
    },
    resolve(register: string, recordId: string, field: string, hlc: string): void {
      upsert.run({ register, record_id: recordId, field, value: null, hlc });
    },
    open(): ConflictRow[] {
      return open.all();
    },
    get(register: string, recordId: string, field: string): ConflictRow | undefined {
      return one.get(register, recordId, field);
    },
    count(): number {
      return count.get() ?? 0;
    },
  };
}

export type ConflictsRepository = ReturnType<typeof conflictsRepository>;
