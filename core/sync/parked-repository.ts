/**
 * Records from a newer GuDesk (an unknown register, a newer schema, fields this version does not
 * have) wait here, whole, until this PC is upgraded; then they are applied like any pulled record.
 */
import type { Db } from '../db/open.ts';
import type { PulledRecord } from '../../shared/sync/protocol.ts';

export function parkedRepository(db: Db) {
  const insert = db.prepare('INSERT INTO sync_parked (register, record_id, schema, record) VALUES (?, ?, ?, ?)');
  const all = db.prepare<[], { id: number; record: string }>('SELECT id, record FROM sync_parked ORDER BY id');
  const remove = db.prepare('DELETE FROM sync_parked WHERE id = ?');
  const count = db.prepare<[], number>('SELECT count(*) FROM sync_parked').pluck();
  return {
    park(rec: PulledRecord): void {
      insert.run(rec.register, rec.recordId, rec.schema, JSON.stringify(rec));
    },
    all(): Array<{ id: number; record: PulledRecord }> {
      return all.all().map((r) => ({ id: r.id, record: JSON.parse(r.record) as PulledRecord }));
    },
    remove(id: number): void {
      remove.run(id);
    },
    count(): number {
      return count.get() ?? 0;
    },
  };
}

export type ParkedRepository = ReturnType<typeof parkedRepository>;
