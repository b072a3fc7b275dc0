/**
 * Applies pulled pages: per field, the server's value is taken when its stamp is later than the
 * one this PC holds (a local edit not yet acknowledged keeps its own newer value and reaches the
 * server on the next push). A page and the cursor after it are written in one transaction, so a
 * crash in the middle of a pull leaves the PC at a whole page and the next pull resumes there.
 */
import type { Db } from '../db/open.ts';
import { CONFLICT_PREFIX, DELETED_FIELD, stampOf, type PulledRecord } from '../../../shared/sync/protocol.ts';
import { bulkLoad } from '../db/bulk-load.ts';
import { decodeValue, encodeValue } from '../records/columns.ts';
import { newId } from '../records/ids.ts';
import type { SyncCapture } from './capture.ts';
import type { ConflictsRepository } from './conflicts-repository.ts';
import type { ParkedRepository } from './parked-repository.ts';
import { readStamps, stampedKeys, writeStamps } from './record-stamps.ts';
import type { SyncStateRepository } from './state-repository.ts';
import type { SyncRegister, SyncRegisters } from './sync-registers.ts';

export interface ApplyDeps {
  db: Db;
  registers: SyncRegisters;
  capture: SyncCapture;
  conflicts: ConflictsRepository;
  parked: ParkedRepository;
  state: SyncStateRepository;
}

/** A record this version cannot hold whole: unknown register, newer schema or unknown fields. */
function tooNew(reg: SyncRegister | undefined, rec: PulledRecord): boolean {
  if (!reg || rec.schema > reg.spec.schemaVersion) return true;
  const known = new Set(stampedKeys(reg.spec));
  return Object.keys(rec.fields).some((k) => !known.has(k) && !k.startsWith(CONFLICT_PREFIX));
}

function text(v: unknown, fallback: string): string {
  return typeof v === 'string' && v !== '' ? v : fallback;
}

export function pullApplier(deps: ApplyDeps) {
  const { db, registers, capture, conflicts, parked, state } = deps;

  /** True if the record changed on this PC. */
  function applyRecord(rec: PulledRecord, batchId: string, touched: Set<SyncRegister>): boolean {
    const reg = registers.get(rec.register);
    if (!reg || tooNew(reg, rec)) {
      parked.park(rec);
      return false;
    }
    let changed = false;
    for (const [key, mark] of Object.entries(rec.fields)) {
      if (key.startsWith(CONFLICT_PREFIX)) changed = conflicts.receive(rec.register, rec.recordId, key.slice(CONFLICT_PREFIX.length), mark, stampOf(rec, key)) || changed;
    }
    const row = reg.store.row(rec.recordId);
    const stamps = row ? readStamps(reg.spec, row) : new Map<string, string>();
    const taken: string[] = [];
    for (const key of stampedKeys(reg.spec)) {
      if (!Object.hasOwn(rec.fields, key)) {
        if (!stamps.has(key)) stamps.set(key, '');
        continue;
      }
      const incoming = stampOf(rec, key);
      if (incoming > (stamps.get(key) ?? '')) {
        stamps.set(key, incoming);
        taken.push(key);
      }
    }
    if (taken.length === 0) return changed;
    const current = row ? reg.store.decode(row) : undefined;
    const values: Record<string, unknown> = {};
    for (const f of reg.spec.fields) {
      values[f.key] = taken.includes(f.key) ? decodeValue(f, encodeValue(f, rec.fields[f.key])) : current ? current[f.key] : decodeValue(f, null);
    }
    const pick = (key: string, now: unknown) => (taken.includes(key) ? rec.fields[key] : now);
    const updatedAt = text(pick('_at', current?.updatedAt), new Date().toISOString());
    const updatedBy = text(pick('_by', current?.updatedBy), '다른 PC');
    const synced = {
      values,
      createdAt: text(pick('_createdAt', current?.createdAt), updatedAt),
      createdBy: text(pick('_createdBy', current?.createdBy), updatedBy),
      updatedAt,
      updatedBy,
      deleted: taken.includes(DELETED_FIELD) ? rec.fields[DELETED_FIELD] === true : current ? current.deletedAt !== null : false,
      stamps: writeStamps(stamps),
      authorOf: (field: string) => (taken.includes('_by') && stampOf(rec, field) === stampOf(rec, '_by') ? updatedBy : '다른 PC 사용자'),
    };
    if (current) reg.writes.update(current, synced, batchId);
    else {
      reg.writes.insert(rec.recordId, synced, batchId);
      touched.add(reg);
    }
    return true;
  }

  function maxStamp(rec: PulledRecord): string {
    let max = rec.hlc;
    for (const s of Object.values(rec.hlcs ?? {})) if (s > max) max = s;
    return max;
  }

  return {
    /** One page, its cursor and the clock, in one transaction. Returns how many records changed here. */
    applyPage(records: readonly PulledRecord[], cursor: string | null, midway?: () => void): number {
      return db.transaction(() => {
        const batchId = newId();
        const touched = new Set<SyncRegister>();
        let applied = 0;
        let latest = '';
        bulkLoad(db, () => {
          for (const [i, rec] of records.entries()) {
            if (i === records.length >> 1) midway?.();
            if (applyRecord(rec, batchId, touched)) applied++;
            const m = maxStamp(rec);
            if (m > latest) latest = m;
          }
        });
        for (const reg of touched) reg.searchIndex?.indexBatch(batchId);
        if (latest) capture.observe(latest);
        if (cursor !== null) state.saveCursor(cursor);
        return applied;
      })();
    },

    /** After an upgrade: applies the parked records this version now understands. */
    unpark(): number {
      return db.transaction(() => {
        const batchId = newId();
        const touched = new Set<SyncRegister>();
        let applied = 0;
        for (const { id, record } of parked.all()) {
          if (tooNew(registers.get(record.register), record)) continue;
          parked.remove(id);
          if (applyRecord(record, batchId, touched)) applied++;
        }
        for (const reg of touched) reg.searchIndex?.indexBatch(batchId);
        return applied;
      })();
    },
  };
}

export type PullApplier = ReturnType<typeof pullApplier>;
