/**
 * What a local write of a register hands to sync: the stamps to store on the row and the change
 * to queue in the outbox (see sync/capture.ts). Values travel in their API form (text, booleans,
 * tag lists), the same on every PC. While this PC does not sync, every function is a no-op.
 */
import type { RegisterSpec } from '../../shared/domain/register.ts';
import type { Change } from '../../shared/sync/protocol.ts';
import { DELETED_FIELD } from '../../shared/sync/protocol.ts';
import type { SyncCapture } from '../sync/capture.ts';
import { readStamps, writeStamps, type StoredStamps } from '../sync/record-stamps.ts';
import { decodeValue, encodeValue } from './columns.ts';
import type { Stamp } from './record-store.ts';
import { isSealedText } from '../personal/at-rest.ts';

const NO_STAMPS = { sync_hlc: null, sync_hlcs: null };

export function changeCapture(spec: RegisterSpec, sync: SyncCapture) {
  const longTexts = spec.fields.filter((f) => f.kind === 'longText').map((f) => f.key);

  function wireValues(values: Readonly<Record<string, unknown>>, keys: readonly string[]): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      const f = spec.fields.find((x) => x.key === key);
      // A sensitive value this PC's key cannot open (restored without its key file) is not sent: the server keeps its own.
      if (f && !isSealedText(values[key])) out[key] = decodeValue(f, encodeValue(f, values[key]));
    }
    return out;
  }

  function queue(recordId: string, hlc: string, fields: Record<string, unknown>, bases?: Record<string, string | null>): void {
    const change: Change = { register: spec.name, recordId, hlc, schema: spec.schemaVersion, fields: fields as Change['fields'] };
    if (bases && Object.keys(bases).length > 0) change.bases = bases;
    sync.queue(change);
  }

  /** The whole record as one change: a new record, or one written before this PC synced. */
  function queueWhole(recordId: string, values: Readonly<Record<string, unknown>>, meta: Record<string, unknown>, hlc: string): StoredStamps {
    const fields = { ...wireValues(values, spec.fields.map((f) => f.key)), ...meta };
    queue(recordId, hlc, fields, Object.fromEntries(longTexts.map((k) => [k, null])));
    return { sync_hlc: hlc, sync_hlcs: null };
  }

  return {
    /** A new record: its stamp for the row (null while not syncing). */
    created(recordId: string, values: Readonly<Record<string, unknown>>, stamp: Stamp): string | null {
      if (!sync.enabled) return null;
      const hlc = sync.stampFor(stamp.batchId);
      const meta = { [DELETED_FIELD]: false, _createdAt: stamp.at, _createdBy: stamp.actor, _at: stamp.at, _by: stamp.actor };
      return queueWhole(recordId, values, meta, hlc).sync_hlc;
    },

    /** Changed fields of an existing record: their new stamps, and the change queued. */
    updated(row: StoredStamps & { id: unknown }, next: Readonly<Record<string, unknown>>, changed: readonly string[], stamp: Stamp): StoredStamps {
      if (!sync.enabled) return NO_STAMPS;
      const hlc = sync.stampFor(stamp.batchId);
      const stamps = readStamps(spec, row);
      const id = String(row.id);
      if (stamps.size === 0) return wholeRecord(id, next, stamp, hlc);
      const meta = { _at: stamp.at, _by: stamp.actor };
      const bases: Record<string, string | null> = {};
      for (const key of changed) if (longTexts.includes(key)) bases[key] = stamps.get(key) || null;
      queue(id, hlc, { ...wireValues(next, changed), ...meta }, bases);
      for (const key of [...changed, ...Object.keys(meta)]) stamps.set(key, hlc);
      return writeStamps(stamps);
    },

    deletedOrRestored(row: StoredStamps & { id: unknown }, current: Readonly<Record<string, unknown>>, deleted: boolean, stamp: Stamp): StoredStamps {
      if (!sync.enabled) return NO_STAMPS;
      const hlc = sync.stampFor(stamp.batchId);
      const stamps = readStamps(spec, row);
      const id = String(row.id);
      if (stamps.size === 0) return wholeRecord(id, current, stamp, hlc, deleted);
      const fields = { [DELETED_FIELD]: deleted, _at: stamp.at, _by: stamp.actor };
      queue(id, hlc, fields);
      for (const key of Object.keys(fields)) stamps.set(key, hlc);
      return writeStamps(stamps);
    },
  };

  function wholeRecord(id: string, values: Readonly<Record<string, unknown>>, stamp: Stamp, hlc: string, deleted = false): StoredStamps {
    const createdAt = typeof values.createdAt === 'string' ? values.createdAt : stamp.at;
    const createdBy = typeof values.createdBy === 'string' ? values.createdBy : stamp.actor;
    const meta = { [DELETED_FIELD]: deleted, _createdAt: createdAt, _createdBy: createdBy, _at: stamp.at, _by: stamp.actor };
    return queueWhole(id, values, meta, hlc);
  }
}
