/** SQL for the change history table, shared by every register. */
import type { Db } from '../db/open.ts';
import type { HistoryAction } from '../../shared/domain/history.ts';

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
  return {
    write(entry: HistoryWrite): void {
      insert.run(entry.register, entry.recordId, entry.batchId, entry.at, entry.by, entry.action, entry.field ?? '', entry.oldValue ?? null, entry.newValue ?? null);
    },
    forRecord(register: string, recordId: string): HistoryRow[] {
      return forRecord.all(register, recordId);
    },
    forBatch(batchId: string): HistoryRow[] {
      return forBatch.all(batchId);
    },
  };
}

export type HistoryRepository = ReturnType<typeof historyRepository>;
