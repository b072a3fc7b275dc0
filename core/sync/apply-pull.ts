/**
 * Applies pulled pages: per field, the server's value is taken when its stamp is later than the
 * one this PC holds (a local edit not yet acknowledged keeps its own newer value and reaches the
 * server on the next push). A page and the cursor after it are written in one transaction, so a
 * crash in the middle of a pull leaves the PC at a whole page and the next pull resumes there.
 *
 * Nothing pulled is trusted: a record that breaks its register's rules (validate-change.ts) is set
 * aside in the quarantine with its reason instead of being applied, and one that fails to store
 * for any other reason is set aside too, so one bad record never blocks a page. A page is applied
 * in one go; only if that throws is it applied again with a savepoint per record (the fast path
 * stays fast for the 100,000 records of a first sync).
 */
import type { Db } from '../db/open.ts';
import { CONFLICT_PREFIX, DELETED_FIELD, DESTROYED_FIELD, stampOf, type PulledRecord } from '../../shared/sync/protocol.ts';
import { erasableFields, erasedValue } from '../../shared/personal/erased.ts';
import { destroyedRepository } from '../personal/destroy/destroyed-repository.ts';
import { bulkLoad } from '../db/bulk-load.ts';
import { decodeValue, encodeValue } from '../records/columns.ts';
import { newId } from '../records/ids.ts';
import type { SyncCapture } from './capture.ts';
import type { ConflictsRepository } from './conflicts-repository.ts';
import type { ParkedRepository } from './parked-repository.ts';
import type { QuarantineRepository } from './quarantine-repository.ts';
import { syncedFieldsProblem } from '../../shared/sync/validate-change.ts';
import { readStamps, stampedKeys, storedStamps } from './record-stamps.ts';
import type { SyncStateRepository } from './state-repository.ts';
import type { SyncRegister, SyncRegisters } from './sync-registers.ts';

export interface ApplyDeps {
  db: Db;
  registers: SyncRegisters;
  capture: SyncCapture;
  conflicts: ConflictsRepository;
  parked: ParkedRepository;
  quarantine: QuarantineRepository;
  state: SyncStateRepository;
}

/** A name a later GuDesk could give a register: anything else ('../../etc') is not data to keep for later. */
const REGISTER_NAME = /^[a-z][a-z0-9-]{0,39}$/;

/** What applying a record needs of its register, worked out once per register, not per record. */
interface RegisterKeys {
  /** stampedKeys: its fields (the first spec.fields.length, in spec order), then SYNC_META_FIELDS. */
  stamped: readonly string[];
  known: ReadonlySet<string>;
  /** Positions in `stamped` of the metadata fields. */
  at: number;
  by: number;
  createdAt: number;
  createdBy: number;
  deleted: number;
}

const keysCache = new WeakMap<SyncRegister, RegisterKeys>();

function keysOf(reg: SyncRegister): RegisterKeys {
  let keys = keysCache.get(reg);
  if (!keys) {
    const stamped = stampedKeys(reg.spec);
    const at = (key: string) => stamped.indexOf(key);
    // 파기 (`_destroyed`) is known where there is personal data; its stamp is kept beside the row.
    const known = new Set(reg.spec.fields.some((f) => f.personal) ? [...stamped, DESTROYED_FIELD] : stamped);
    keys = { stamped, known, at: at('_at'), by: at('_by'), createdAt: at('_createdAt'), createdBy: at('_createdBy'), deleted: at(DELETED_FIELD) };
    keysCache.set(reg, keys);
  }
  return keys;
}

/** A record this version cannot hold whole: unknown register, newer schema or unknown fields. */
function tooNew(reg: SyncRegister | undefined, rec: PulledRecord): boolean {
  if (!reg || rec.schema > reg.spec.schemaVersion) return true;
  const { known } = keysOf(reg);
  for (const k in rec.fields) if (!known.has(k) && !k.startsWith(CONFLICT_PREFIX)) return true;
  return false;
}

function text(v: unknown, fallback: string): string {
  return typeof v === 'string' && v !== '' ? v : fallback;
}

export function pullApplier(deps: ApplyDeps) {
  const { db, registers, capture, conflicts, parked, quarantine, state } = deps;
  const destroyed = destroyedRepository(db);
  let quarantined = 0;

  /** True if the record changed on this PC. */
  function applyRecord(rec: PulledRecord, batchId: string, touched: Set<SyncRegister>): boolean {
    const reg = registers.get(rec.register);
    if (!reg || tooNew(reg, rec)) {
      if (!REGISTER_NAME.test(rec.register)) {
        setAside(rec, `알 수 없는 대장 이름('${rec.register.slice(0, 40)}')의 기록입니다.`);
        return false;
      }
      parked.park(rec);
      return false;
    }
    const problem = syncedFieldsProblem(rec.register, rec.fields);
    if (problem) {
      setAside(rec, problem.message);
      return false;
    }
    if (quarantined > 0) quarantine.release(rec.register, rec.recordId);
    let changed = false;
    const fields = rec.fields;
    for (const key in fields) {
      if (key.startsWith(CONFLICT_PREFIX)) changed = conflicts.receive(rec.register, rec.recordId, key.slice(CONFLICT_PREFIX.length), fields[key], stampOf(rec, key)) || changed;
    }
    const row = reg.store.row(rec.recordId);
    const held = row ? readStamps(reg.spec, row) : undefined;
    // Per stamped key (keysOf), by position: the stamp to keep and whether the server's value is taken.
    const keys = keysOf(reg);
    const { stamped } = keys;
    const stamps: string[] = [];
    const taken: boolean[] = [];
    let any = false;
    for (const key of stamped) {
      const mine = held?.get(key) ?? '';
      const incoming = Object.hasOwn(fields, key) ? stampOf(rec, key) : '';
      const take = incoming > mine;
      stamps.push(take ? incoming : mine);
      taken.push(take);
      any ||= take;
    }
    // 파기: once destroyed (here or by the server's word), the personal fields stay empty whatever their stamps.
    const destroyedHere = keys.known.has(DESTROYED_FIELD) ? destroyed.get(rec.register, rec.recordId) : undefined;
    const destroyStamp = fields[DESTROYED_FIELD] === true ? stampOf(rec, DESTROYED_FIELD) : '';
    const newlyDestroyed = destroyStamp !== '' && destroyStamp > (destroyedHere?.hlc ?? '');
    if (!any && !newlyDestroyed) return changed;
    const current = row ? reg.store.decode(row) : undefined;
    const values: Record<string, unknown> = {};
    const specFields = reg.spec.fields;
    for (let i = 0; i < specFields.length; i++) {
      const f = specFields[i]!;
      values[f.key] = taken[i] ? decodeValue(f, encodeValue(f, fields[f.key])) : current ? current[f.key] : decodeValue(f, null);
    }
    const erased = destroyedHere !== undefined || destroyStamp !== '' ? erasableFields(reg.spec) : [];
    for (const f of erased) values[f.key] = erasedValue(f);
    const pick = (i: number, now: unknown) => (taken[i] ? fields[stamped[i]!] : now);
    const updatedAt = text(pick(keys.at, current?.updatedAt), '') || new Date().toISOString();
    const updatedBy = text(pick(keys.by, current?.updatedBy), '다른 PC');
    const synced = {
      values,
      createdAt: text(pick(keys.createdAt, current?.createdAt), updatedAt),
      createdBy: text(pick(keys.createdBy, current?.createdBy), updatedBy),
      updatedAt,
      updatedBy,
      deleted: taken[keys.deleted] ? fields[DELETED_FIELD] === true : current ? current.deletedAt !== null : false,
      stamps: storedStamps(stamped, stamps),
      // A field written in the same write as the pulled record's `_by` is that author's, even when a
      // later local edit keeps this PC's `_by` (two PCs editing different fields while apart).
      authorOf: (field: string) => (Object.hasOwn(fields, '_by') && stampOf(rec, field) === stampOf(rec, '_by') ? text(fields._by, '다른 PC 사용자') : '다른 PC 사용자'),
    };
    if (current) reg.writes.update(current, synced, batchId);
    else {
      reg.writes.insert(rec.recordId, synced, batchId);
      touched.add(reg);
    }
    if (newlyDestroyed) destroyed.mark(rec.register, rec.recordId, updatedAt, destroyStamp);
    if (erased.length > 0) destroyed.eraseTraces(rec.register, rec.recordId, erased.map((f) => f.key));
    return true;
  }

  function setAside(rec: PulledRecord, reason: string): void {
    quarantine.add(rec, reason);
    quarantined++;
  }

  /** The page's records; with `careful`, each in its own savepoint, and one that throws is set aside. */
  function applyRecords(records: readonly PulledRecord[], batchId: string, touched: Set<SyncRegister>, careful: boolean, midway?: () => void): { applied: number; latest: string } {
    let applied = 0;
    let latest = '';
    bulkLoad(db, () => {
      for (const [i, rec] of records.entries()) {
        if (i === records.length >> 1) midway?.();
        if (!careful) {
          if (applyRecord(rec, batchId, touched)) applied++;
        } else {
          try {
            if (db.transaction(() => applyRecord(rec, batchId, touched))()) applied++;
          } catch (err) {
            console.error('[gudesk] 받은 기록을 저장하지 못해 격리했습니다:', rec.register, rec.recordId, err);
            setAside(rec, '이 PC에 저장하지 못했습니다(자세한 내용은 GuDesk 로그에 있습니다). 다음 동기화에서 새 내용이 오면 다시 적용합니다.');
          }
        }
        const m = maxStamp(rec);
        if (m > latest) latest = m;
      }
    });
    return { applied, latest };
  }

  function maxStamp(rec: PulledRecord): string {
    let max = rec.hlc;
    for (const s of Object.values(rec.hlcs ?? {})) if (s > max) max = s;
    return max;
  }

  return {
    /** One page, its cursor and the clock, in one transaction. Returns how many records changed here. */
    applyPage(records: readonly PulledRecord[], cursor: string | null, midway?: () => void): number {
      if (quarantined === 0) quarantined = quarantine.count();
      // The crash seam (sync tests) ends the sync like a real crash; it is not a bad record.
      let seamThrew = false;
      const seam = () => {
        try {
          midway?.();
        } catch (err) {
          seamThrew = true;
          throw err;
        }
      };
      const run = (careful: boolean) =>
        db.transaction(() => {
          const batchId = newId();
          const touched = new Set<SyncRegister>();
          const { applied, latest } = applyRecords(records, batchId, touched, careful, careful ? undefined : seam);
          for (const reg of touched) reg.searchIndex?.indexBatch(batchId);
          if (latest) capture.observe(latest);
          if (cursor !== null) state.saveCursor(cursor);
          return applied;
        })();
      try {
        return run(false);
      } catch (err) {
        // The careful pass tells one bad record from the rest.
        if (seamThrew) throw err;
        quarantined = quarantine.count();
        return run(true);
      }
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
