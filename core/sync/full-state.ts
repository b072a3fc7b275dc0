/**
 * Queues records whole, in two situations: the first login (every record written before this PC
 * synced gets a stamp and goes to the server), and a full resync (the server lost what this PC
 * had sent, or the PC moved to another server: everything it holds is sent again with the stamps
 * it already has, so a resend never beats a later edit made elsewhere).
 */
import type { Db } from '../db/open.ts';
import type { Change } from '../../shared/sync/protocol.ts';
import type { StoredRow } from '../records/record-store.ts';
import type { SyncCapture } from './capture.ts';
import { readStamps } from './record-stamps.ts';
import type { SyncRegister, SyncRegisters } from './sync-registers.ts';
import { DELETED_FIELD, DESTROYED_FIELD } from '../../shared/sync/protocol.ts';
import { destroyedRepository } from '../personal/destroy/destroyed-repository.ts';

function fieldsOf(reg: SyncRegister, row: StoredRow): Record<string, unknown> {
  const rec = reg.store.decode(row);
  const out: Record<string, unknown> = {};
  for (const f of reg.spec.fields) out[f.key] = rec[f.key];
  out[DELETED_FIELD] = rec.deletedAt !== null;
  out._createdAt = rec.createdAt;
  out._createdBy = rec.createdBy;
  out._at = rec.updatedAt;
  out._by = rec.updatedBy;
  return out;
}

export function fullStateQueue(db: Db, registers: SyncRegisters, capture: SyncCapture) {
  return {
    /**
     * Sends every record: unstamped ones get a fresh stamp now, stamped ones
     * go with the stamps they have, one change per distinct stamp. Returns how many were queued.
     */
    queueAll(): number {
      return queueRows((reg) => [...reg.allRows()].map((r) => r.id), capture.freshStamp());
    },

    /**
     * Sends the records that have never had a stamp although this PC syncs: rows of a kind that
     * began to sync after this PC logged in (attachments, migration 005), which no write has
     * touched since. Run when the core opens; each such row goes once, with a fresh stamp.
     */
    queueUnstamped(): number {
      return queueRows((reg) => db.prepare<[], string>(`SELECT id FROM ${reg.spec.table} WHERE sync_hlc IS NULL AND sync_hlcs IS NULL`).pluck().all());
    },
  };

  /** Queues the rows `idsOf` names; a row without stamps gets `fresh` (one is taken when first needed). */
  function queueRows(idsOf: (reg: SyncRegister) => string[], fresh?: string): number {
    const destroyed = [...registers.values()].some((r) => r.spec.fields.some((f) => f.personal)) ? destroyedRepository(db) : undefined;
    return db.transaction(() => {
      let n = 0;
      for (const reg of registers.values()) {
        const setStamps = db.prepare(`UPDATE ${reg.spec.table} SET sync_hlc = ?, sync_hlcs = NULL WHERE id = ?`);
        for (const id of idsOf(reg)) {
          const row = reg.store.row(id)!;
          const values = fieldsOf(reg, row);
          let stamps = readStamps(reg.spec, row);
          if (stamps.size === 0) {
            fresh ??= capture.freshStamp();
            setStamps.run(fresh, id);
            stamps = readStamps(reg.spec, { sync_hlc: fresh, sync_hlcs: null });
          }
          const byStamp = new Map<string, Record<string, unknown>>();
          for (const [key, hlc] of stamps) {
            if (!hlc || !Object.hasOwn(values, key)) continue;
            const group = byStamp.get(hlc) ?? {};
            group[key] = values[key];
            byStamp.set(hlc, group);
          }
          // A destroyed record goes with its 파기 (stamped now if it happened before this PC synced).
          const destroyedRow = destroyed?.get(reg.spec.name, id);
          if (destroyedRow) {
            const hlc = destroyedRow.hlc || (fresh ??= capture.freshStamp());
            if (!destroyedRow.hlc) destroyed!.setHlc(reg.spec.name, id, hlc);
            byStamp.set(hlc, { ...byStamp.get(hlc), [DESTROYED_FIELD]: true });
          }
          for (const [hlc, fields] of [...byStamp].sort(([a], [b]) => (a < b ? -1 : 1))) {
            const change: Change = { register: reg.spec.name, recordId: id, hlc, schema: reg.spec.schemaVersion, fields: fields as Change['fields'] };
            capture.queue(change);
          }
          n++;
        }
      }
      return n;
    })();
  }
}
