/**
 * Writes of a register that come from the server rather than from this PC's user: a whole row
 * with its metadata and sync stamps as the server settled them. Nothing is queued for sync (the
 * server already has it); history records who made the change on which PC, so the 변경 이력 tab
 * shows other clerks' edits too. Callers run inside one db.transaction per pulled page.
 */
import type { Db } from '../db/open.ts';
import type { RegisterSpec } from '../../shared/domain/register.ts';
import { columnName, encodeValue, historyText, type SqlValue } from './columns.ts';
import { historyRepository } from './history-repository.ts';
import { dayNumber, rowOrder } from './row-order.ts';
import type { StoredRecord } from './record-store.ts';
import type { StoredStamps } from '../sync/record-stamps.ts';
import { atRest } from '../personal/at-rest.ts';

export interface SyncedRow {
  values: Record<string, unknown>;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  deleted: boolean;
  stamps: StoredStamps;
  /**
   * Who wrote a field, for history: the record's last writer when that writer's change set this
   * field, otherwise unknown (the server keeps one '_by' per record, not one per field).
   */
  authorOf(field: string): string;
}

export function syncedWrites(db: Db, spec: RegisterSpec) {
  const cols = spec.fields.map((f) => columnName(f.key));
  const history = historyRepository(db);
  const order = spec.rowOrder ? rowOrder(db, spec.table) : undefined;
  const orderField = spec.rowOrder;
  // Positional parameters (binding by name costs more, and a first sync inserts 100,000 rows),
  // the same for both statements: the fields, the metadata, the stamps, the rowid, the id.
  const meta = 'created_at = ?, created_by = ?, updated_at = ?, updated_by = ?, deleted_at = ?, deleted_by = ?';
  const insert = db.prepare<[SqlValue[]]>(
    `INSERT INTO ${spec.table} (${cols.join(', ')}, created_at, created_by, updated_at, updated_by, deleted_at, deleted_by, sync_hlc, sync_hlcs, rowid, id, version)
     VALUES (${cols.map(() => '?').join(', ')}, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
  );
  const update = db.prepare<[SqlValue[]]>(
    `UPDATE ${spec.table} SET ${cols.map((c) => `${c} = ?`).join(', ')}, ${meta},
       sync_hlc = ?, sync_hlcs = ?, rowid = coalesce(?, rowid), version = version + 1
     WHERE id = ?`,
  );

  // A pulled sensitive value is sealed in its column like a local one (personal/at-rest.ts).
  const sealed = atRest(db);
  function params(id: string, row: SyncedRow, rowid: number | null): SqlValue[] {
    const out: SqlValue[] = [];
    for (const f of spec.fields) out.push(f.personal === 'sensitive' ? sealed.sealColumn(spec.name, id, f, row.values[f.key]) : encodeValue(f, row.values[f.key]));
    out.push(row.createdAt, row.createdBy, row.updatedAt, row.updatedBy, row.deleted ? row.updatedAt : null, row.deleted ? row.updatedBy : null);
    out.push(row.stamps.sync_hlc, row.stamps.sync_hlcs, rowid, id);
    return out;
  }

  // The last rowid handed out per day in the current batch. A batch is one pulled page's
  // transaction, in which only these writes touch the table, so a day's next free rowid is asked
  // of SQLite once per page instead of once per record.
  let cachedBatch = '';
  const lastInDay = new Map<number, number>();
  function nextRowid(date: string, batchId: string): number {
    if (batchId !== cachedBatch) {
      cachedBatch = batchId;
      lastInDay.clear();
    }
    const day = dayNumber(date);
    const last = lastInDay.get(day);
    const rowid = last === undefined ? order!.next(date) : last + 1;
    lastInDay.set(day, rowid);
    return rowid;
  }

  return {
    insert(id: string, row: SyncedRow, batchId: string): void {
      const rowid = order && orderField ? nextRowid(String(row.values[orderField]), batchId) : null;
      insert.run(params(id, row, rowid));
      history.write({ register: spec.name, recordId: id, batchId, at: row.createdAt, by: row.createdBy, action: 'create' });
      if (row.deleted) history.write({ register: spec.name, recordId: id, batchId, at: row.updatedAt, by: row.updatedBy, action: 'delete' });
    },

    update(current: StoredRecord, row: SyncedRow, batchId: string): void {
      const changed = spec.fields.filter((f) => historyText(f, current[f.key]) !== historyText(f, row.values[f.key]));
      const moved = order && orderField && changed.some((f) => f.key === orderField) ? nextRowid(String(row.values[orderField]), batchId) : null;
      update.run(params(current.id, row, moved));
      const at = row.updatedAt;
      for (const f of changed) {
        history.write({
          register: spec.name, recordId: current.id, batchId, at, by: row.authorOf(f.key), action: 'update',
          field: f.key, oldValue: historyText(f, current[f.key]), newValue: historyText(f, row.values[f.key]),
        });
      }
      const wasDeleted = current.deletedAt !== null;
      if (wasDeleted !== row.deleted) history.write({ register: spec.name, recordId: current.id, batchId, at, by: row.authorOf('_deleted'), action: row.deleted ? 'delete' : 'restore' });
    },
  };
}

export type SyncedWrites = ReturnType<typeof syncedWrites>;
