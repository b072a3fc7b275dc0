/**
 * Undo reverts one history batch (one user action: a delete, a bulk edit, an import) by writing
 * the opposite changes as a new batch, so the undo itself shows in history and can be undone.
 */
import type { Db } from '../db/open.ts';
import { AppError } from '../../shared/api/errors.ts';
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
    const touched = new Map<string, RecordStore>();
    // Twins that already existed (made by a sync merge, listed in 확인할 항목) are not the undo's doing.
    const twinBefore = new Set<string>();
    for (const row of rows) {
      const store = stores[row.register];
      if (store && !touched.has(row.record_id)) {
        touched.set(row.record_id, store);
        if (store.liveTwinOf(row.record_id)) twinBefore.add(row.record_id);
      }
    }
    for (const row of rows.reverse()) {
      const store = stores[row.register];
      if (!store) continue;
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
    // Undo writes without the register's rules, so it could bring back a record that was entered
    // again meanwhile (or edit one into another's key): refuse rather than leave two equal records.
    // A twin that was there before the batch (a merge's kept record, when undoing the merge) is
    // the state being brought back; one entered or restored since the batch is a new duplicate.
    // History seqs order this PC's writes (pulled ones included) even within one millisecond.
    const batchEnd = Math.max(...rows.map((r) => r.seq));
    const since = (register: string, twin: string) =>
      history.forRecord(register, twin).some((h) => (h.action === 'create' || h.action === 'restore') && h.seq > batchEnd && h.batch_id !== stamp.batchId);
    for (const [id, store] of touched) {
      const twin = twinBefore.has(id) ? undefined : store.liveTwinOf(id);
      if (twin && since(store.spec.name, twin)) {
        throw new AppError('conflict', `되돌리면 같은 ${store.spec.label} 기록이 두 건이 되어 되돌리지 않았습니다. 나중에 입력한 같은 기록을 먼저 정리하세요.`);
      }
    }
    return touched.size;
  })();
  return { count, batchId: stamp.batchId };
}
