/** SQL for the change history table, shared by every register. */
import type { Db } from '../db/open.ts';
import type { HistoryAction } from '../../shared/domain/history.ts';
import { atRest, isSensitive } from '../personal/at-rest.ts';

export interface HistoryRow {
  seq: number;
  register: string;
  record_id: string;
  batch_id: string;
  at: string;
  by: string;
  action: HistoryAction;
  field: string;
  old_value: string | null;
  new_value: string | null;
}

export interface HistoryWrite {
  register: string;
  recordId: string;
  batchId: string;
  at: string;
  by: string;
  action: HistoryAction;
  field?: string;
  oldValue?: string | null;
  newValue?: string | null;
}

export function historyRepository(db: Db) {
  // Positional parameters: a first sync writes 100,000 of these, and binding by name costs more.
  const insert = db.prepare<[string, string, string, string, string, HistoryAction, string, string | null, string | null]>(
    `INSERT INTO history (register, record_id, batch_id, at, by, action, field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const forRecord = db.prepare<[string, string], HistoryRow>(
    'SELECT * FROM history WHERE register = ? AND record_id = ? ORDER BY seq DESC',
  );
  const forBatch = db.prepare<[string], HistoryRow>('SELECT * FROM history WHERE batch_id = ? ORDER BY seq');
  // A sensitive field's old and new values are sealed like its column (personal/at-rest.ts).
  const sealed = atRest(db);
  const opened = (r: HistoryRow): HistoryRow =>
    isSensitive(r.register, r.field)
      ? { ...r, old_value: sealed.openHistory(r.register, r.record_id, r.field, r.old_value), new_value: sealed.openHistory(r.register, r.record_id, r.field, r.new_value) }
      : r;
  return {
    write(entry: HistoryWrite): void {
      let oldValue = entry.oldValue ?? null;
      let newValue = entry.newValue ?? null;
      if (entry.field && isSensitive(entry.register, entry.field)) {
        oldValue = sealed.sealHistory(entry.register, entry.recordId, entry.field, oldValue);
        newValue = sealed.sealHistory(entry.register, entry.recordId, entry.field, newValue);
      }
      insert.run(entry.register, entry.recordId, entry.batchId, entry.at, entry.by, entry.action, entry.field ?? '', oldValue, newValue);
    },
    forRecord(register: string, recordId: string): HistoryRow[] {
      return forRecord.all(register, recordId).map(opened);
    },
    forBatch(batchId: string): HistoryRow[] {
      return forBatch.all(batchId).map(opened);
    },
  };
}

export type HistoryRepository = ReturnType<typeof historyRepository>;
