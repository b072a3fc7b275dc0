/**
 * Pulled records set aside because they break their register's rules (a value no form allows, a
 * link of the wrong form, a record this PC could not store). Another PC's bad data must never
 * block a page or stop this PC from saving: the record waits here with the reason, the rest of the
 * page is applied, and an admin sees and clears it (설정 › 동기화 격리 목록). A later valid version
 * of the same record, pulled from the server, replaces it and leaves the list.
 */
import type { Db } from '../db/open.ts';
import type { PulledRecord } from '../../shared/sync/protocol.ts';
import { atRest } from '../personal/at-rest.ts';

export interface QuarantinedRecord {
  id: number;
  register: string;
  recordId: string;
  reason: string;
  receivedAt: string;
  /** The record as received, for the admin to read (JSON, cut to a few KB). */
  preview: string;
}

const PREVIEW_MAX = 4000;

export function quarantineRepository(db: Db) {
  // A set-aside trainee's 장애 여부 is sealed here too (personal/at-rest.ts); the admin's preview shows it sealed.
  const sealed = atRest(db);
  const sealRecord = (rec: PulledRecord): PulledRecord =>
    typeof rec.register === 'string' && typeof rec.recordId === 'string' && rec.fields && typeof rec.fields === 'object'
      ? { ...rec, fields: sealed.sealFields(rec.register, rec.recordId, rec.fields) }
      : rec;
  const upsert = db.prepare(
    `INSERT INTO sync_quarantine (register, record_id, reason, record, received_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (register, record_id) DO UPDATE SET reason = excluded.reason, record = excluded.record, received_at = excluded.received_at`,
  );
  const release = db.prepare('DELETE FROM sync_quarantine WHERE register = ? AND record_id = ?');
  const remove = db.prepare('DELETE FROM sync_quarantine WHERE id = ?');
  const removeAll = db.prepare('DELETE FROM sync_quarantine');
  const list = db.prepare<[], { id: number; register: string; record_id: string; reason: string; record: string; received_at: string }>(
    'SELECT * FROM sync_quarantine ORDER BY id',
  );
  const count = db.prepare<[], number>('SELECT count(*) FROM sync_quarantine').pluck();
  const records = db.prepare<[], string>('SELECT record FROM sync_quarantine ORDER BY id').pluck();
  return {
    add(rec: PulledRecord, reason: string): void {
      upsert.run(String(rec.register).slice(0, 100), String(rec.recordId).slice(0, 100), reason, JSON.stringify(sealRecord(rec)), new Date().toISOString());
    },
    /** A valid version of the record arrived: it is no longer set aside. */
    release(register: string, recordId: string): void {
      release.run(register, recordId);
    },
    list(): QuarantinedRecord[] {
      return list.all().map((r) => ({
        id: r.id,
        register: r.register,
        recordId: r.record_id,
        reason: r.reason,
        receivedAt: r.received_at,
        preview: r.record.length > PREVIEW_MAX ? `${r.record.slice(0, PREVIEW_MAX)}…` : r.record,
      }));
    },
    /** Clears one entry, or all with `id` undefined; returns how many. */
    clear(id?: number): number {
      return (id === undefined ? removeAll.run() : remove.run(id)).changes;
    },
    count(): number {
      return count.get() ?? 0;
    },
    /** The records as received (those that still read as JSON). */
    records(): PulledRecord[] {
      const out: PulledRecord[] = [];
      for (const text of records.all()) {
        try {
          const rec = JSON.parse(text) as PulledRecord;
          out.push(rec.fields && typeof rec.fields === 'object' ? { ...rec, fields: sealed.openFields(String(rec.register), String(rec.recordId), rec.fields) } : rec);
        } catch {
          // cut or damaged: nothing to compare it by
        }
      }
      return out;
    },
  };
}

export type QuarantineRepository = ReturnType<typeof quarantineRepository>;
