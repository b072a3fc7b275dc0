/**
 * Records from a newer GuDesk (an unknown register, a newer schema, fields this version does not
 * have) wait here, whole, until this PC is upgraded; then they are applied like any pulled record.
 */
import type { Db } from '../db/open.ts';
import type { PulledRecord } from '../../shared/sync/protocol.ts';
import { atRest } from '../personal/at-rest.ts';

export function parkedRepository(db: Db) {
  const insert = db.prepare('INSERT INTO sync_parked (register, record_id, schema, record) VALUES (?, ?, ?, ?)');
  const all = db.prepare<[], { id: number; record: string }>('SELECT id, record FROM sync_parked ORDER BY id');
  const remove = db.prepare('DELETE FROM sync_parked WHERE id = ?');
  const count = db.prepare<[], number>('SELECT count(*) FROM sync_parked').pluck();
  // Sensitive values wait sealed like everywhere else on disk (personal/at-rest.ts).
  const sealed = atRest(db);
  return {
    park(rec: PulledRecord): void {
      insert.run(rec.register, rec.recordId, rec.schema, JSON.stringify({ ...rec, fields: sealed.sealFields(rec.register, rec.recordId, rec.fields) }));
    },
    all(): Array<{ id: number; record: PulledRecord }> {
      return all.all().map((r) => {
        const rec = JSON.parse(r.record) as PulledRecord;
        return { id: r.id, record: { ...rec, fields: sealed.openFields(rec.register, rec.recordId, rec.fields) } };
      });
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
