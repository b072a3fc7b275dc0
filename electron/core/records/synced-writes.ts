/**
 * Writes of a register that come from the server rather than from this PC's user: a whole row
 * with its metadata and sync stamps as the server settled them. Nothing is queued for sync (the
 * server already has it); history records who made the change on which PC, so the 변경 이력 tab
 * shows other clerks' edits too. Callers run inside one db.transaction per pulled page.
 */
import type { Db } from '../db/open.ts';
import type { RegisterSpec } from '../../../shared/domain/register.ts';
import { columnName, encodeValue, historyText } from './columns.ts';
import { historyRepository } from './history-repository.ts';
import { rowOrder } from './row-order.ts';
import type { StoredRecord } from './record-store.ts';
import type { StoredStamps } from '../sync/record-stamps.ts';

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
  const meta = 'created_at = @createdAt, created_by = @createdBy, updated_at = @updatedAt, updated_by = @updatedBy';
  const insert = db.prepare(
    `INSERT INTO ${spec.table} (rowid, id, ${cols.join(', ')}, created_at, created_by, updated_at, updated_by, deleted_at, deleted_by, version, sync_hlc, sync_hlcs)
     VALUES (@rowid, @id, ${cols.map((c) => `@${c}`).join(', ')}, @createdAt, @createdBy, @updatedAt, @updatedBy, @deletedAt, @deletedBy, 1, @sync_hlc, @sync_hlcs)`,
  );
  const update = db.prepare(
    `UPDATE ${spec.table} SET ${cols.map((c) => `${c} = @${c}`).join(', ')}, rowid = coalesce(@rowid, rowid), ${meta},
       deleted_at = @deletedAt, deleted_by = @deletedBy, version = version + 1, sync_hlc = @sync_hlc, sync_hlcs = @sync_hlcs
     WHERE id = @id`,
  );

  function params(id: string, row: SyncedRow, rowid: number | null) {
    const encoded: Record<string, unknown> = {};
    spec.fields.forEach((f, i) => (encoded[cols[i]!] = encodeValue(f, row.values[f.key])));
    return {
      id, rowid, ...encoded, createdAt: row.createdAt, createdBy: row.createdBy, updatedAt: row.updatedAt, updatedBy: row.updatedBy,
      deletedAt: row.deleted ? row.updatedAt : null, deletedBy: row.deleted ? row.updatedBy : null, ...row.stamps,
    };
  }

  return {
    insert(id: string, row: SyncedRow, batchId: string): void {
      const rowid = order && orderField ? order.next(String(row.values[orderField])) : null;
      insert.run(params(id, row, rowid));
      history.write({ register: spec.name, recordId: id, batchId, at: row.createdAt, by: row.createdBy, action: 'create' });
      if (row.deleted) history.write({ register: spec.name, recordId: id, batchId, at: row.updatedAt, by: row.updatedBy, action: 'delete' });
    },

    update(current: StoredRecord, row: SyncedRow, batchId: string): void {
      const changed = spec.fields.filter((f) => historyText(f, current[f.key]) !== historyText(f, row.values[f.key]));
      const moved = order && orderField && changed.some((f) => f.key === orderField) ? order.next(String(row.values[orderField])) : null;
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
