/**
 * Undo reverts one history batch (one user action: a delete, a bulk edit, an import) by writing
 * the opposite changes as a new batch, so the undo itself shows in history and can be undone.
 */
import type { Db } from '../db/open.ts';
import { AppError } from '../../../shared/api/errors.ts';
import { historyRepository } from './history-repository.ts';
import { fromHistoryText } from './columns.ts';
import { stampNow } from './ids.ts';
import type { RecordStore } from './record-store.ts';

export function undoBatch(db: Db, stores: Record<string, RecordStore>, batchId: string, actor: string): { count: number; batchId: string } {
  const history = historyRepository(db);
  const stamp = stampNow(actor);
  const count = db.transaction(() => {
    const rows = history.forBatch(batchId);
    if (rows.length === 0) throw new AppError('not_found', '되돌릴 작업을 찾을 수 없습니다.');
    const touched = new Set<string>();
    for (const row of rows.reverse()) {
      const store = stores[row.register];
      if (!store) continue;
      touched.add(row.record_id);
      if (row.action === 'create' || row.action === 'restore') store.delete(row.record_id, stamp);
      else if (row.action === 'delete') store.restore(row.record_id, stamp);
      else {
        const field = store.spec.fields.find((f) => f.key === row.field);
        if (!field) continue;
        const rec = store.require(row.record_id);
        if (rec.deletedAt) continue;
        store.update(row.record_id, { [field.key]: fromHistoryText(field, row.old_value) }, stamp);
      }
    }
    return touched.size;
  })();
  return { count, batchId: stamp.batchId };
}
