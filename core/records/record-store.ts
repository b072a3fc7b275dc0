/**
 * Generic writes for any register, driven by its RegisterSpec: insert, field-level update,
 * tombstone delete and restore, each leaving change history. Synchronous by design: callers wrap
 * one user action in one `db.transaction`, so a write is never half-done.
 */
import type { Db } from '../db/open.ts';
import type { FieldSpec, RecordMeta, RegisterSpec } from '../../shared/domain/register.ts';
import { AppError } from '../../shared/api/errors.ts';
import { columnName, decodeValue, encodeValue, historyText, sameValue, type SqlValue } from './columns.ts';
import { historyRepository } from './history-repository.ts';
import { newId } from './ids.ts';
import { rowOrder } from './row-order.ts';
import { syncCapture } from '../sync/capture.ts';
import { changeCapture } from './change-capture.ts';
import type { StoredStamps } from '../sync/record-stamps.ts';
import { destroyedRepository } from '../personal/destroy/destroyed-repository.ts';
import { isErasedValue } from '../../shared/personal/erased.ts';
import { atRest } from '../personal/at-rest.ts';

export interface Stamp {
  actor: string;
  at: string;
  batchId: string;
}

/** A row as SQLite returns it, with its sync stamps (sync/record-stamps.ts). */
export type StoredRow = Record<string, SqlValue> & StoredStamps & { id: string };

/** A decoded row: its fields by key plus the metadata every record carries. */
export type StoredRecord = Record<string, unknown> & RecordMeta;


export function recordStore(db: Db, spec: RegisterSpec) {
  const fields = spec.fields;
  const cols = fields.map((f) => columnName(f.key));
  const history = historyRepository(db);

  const order = spec.rowOrder ? rowOrder(db, spec.table) : undefined;
  const orderField = spec.rowOrder;
  const capture = changeCapture(spec, syncCapture(db));
  // 파기: a destroyed record's personal fields stay empty (core/personal/destroy/).
  const destroyed = fields.some((f) => f.personal !== undefined) ? destroyedRepository(db) : undefined;
  const insert = db.prepare(
    `INSERT INTO ${spec.table} (rowid, id, ${cols.join(', ')}, created_at, created_by, updated_at, updated_by, version, sync_hlc)
     VALUES (@rowid, @id, ${cols.map((c) => `@${c}`).join(', ')}, @at, @actor, @at, @actor, 1, @hlc)`,
  );
  // Sync stamps change only while this PC syncs (@sync_hlc NULL leaves them as they are).
  const stampsSet = `sync_hlc = coalesce(@sync_hlc, sync_hlc), sync_hlcs = CASE WHEN @sync_hlc IS NULL THEN sync_hlcs ELSE @sync_hlcs END`;
  const byId = db.prepare<[string], StoredRow>(`SELECT * FROM ${spec.table} WHERE id = ?`);
  const keyFields = spec.naturalKey.map((k) => fields.find((f) => f.key === k)!);
  const liveKeys = db
    .prepare<[], SqlValue[]>(`SELECT ${keyFields.map((f) => columnName(f.key)).join(', ')} FROM ${spec.table} WHERE deleted_at IS NULL`)
    .raw();
  const update = db.prepare(
    `UPDATE ${spec.table} SET ${cols.map((c) => `${c} = @${c}`).join(', ')}, rowid = coalesce(@rowid, rowid),
       updated_at = @at, updated_by = @actor, version = version + 1, ${stampsSet} WHERE id = @id`,
  );
  const tombstone = db.prepare(
    `UPDATE ${spec.table} SET deleted_at = @at, deleted_by = @actor, updated_at = @at, updated_by = @actor,
       version = version + 1, ${stampsSet} WHERE id = @id AND deleted_at IS NULL`,
  );
  // Another live record with the same natural key: what undo must not create (restore and edits check it too).
  const twin = db.prepare<[string], { id: string }>(
    `SELECT o.id FROM ${spec.table} o JOIN ${spec.table} s ON ${spec.naturalKey.map((k) => `o.${columnName(k)} = s.${columnName(k)}`).join(' AND ')}
     WHERE s.id = ? AND o.id != s.id AND o.deleted_at IS NULL AND s.deleted_at IS NULL LIMIT 1`,
  );
  const undelete = db.prepare(
    `UPDATE ${spec.table} SET deleted_at = NULL, deleted_by = NULL, updated_at = @at, updated_by = @actor,
       version = version + 1, ${stampsSet} WHERE id = @id AND deleted_at IS NOT NULL`,
  );

  const stampRows = db.prepare<[], { id: string; sync_hlc: string | null; sync_hlcs: string | null }>(
    `SELECT id, sync_hlc, sync_hlcs FROM ${spec.table}`,
  );

  // Sensitive fields (장애 여부 …) are sealed in their column and opened here (personal/at-rest.ts).
  const sealed = atRest(db);
  const isSealed = fields.map((f) => f.personal === 'sensitive');

  function encodeAll(values: Record<string, unknown>, id: string): Record<string, SqlValue> {
    const out: Record<string, SqlValue> = {};
    fields.forEach((f, i) => (out[cols[i]!] = isSealed[i] ? sealed.sealColumn(spec.name, id, f, values[f.key]) : encodeValue(f, values[f.key])));
    return out;
  }

  function decode(row: Record<string, SqlValue>): StoredRecord {
    const rec: Record<string, unknown> = { id: row.id };
    const id = String(row.id);
    fields.forEach((f, i) => (rec[f.key] = isSealed[i] ? sealed.openColumn(spec.name, id, f, row[cols[i]!]!) : decodeValue(f, row[cols[i]!])));
    rec.createdAt = row.created_at;
    rec.createdBy = row.created_by;
    rec.updatedAt = row.updated_at;
    rec.updatedBy = row.updated_by;
    rec.deletedAt = row.deleted_at ?? null;
    rec.deletedBy = row.deleted_by ?? null;
    rec.version = row.version;
    return rec as StoredRecord;
  }

  function get(id: string): StoredRecord | undefined {
    const row = byId.get(id);
    return row ? decode(row) : undefined;
  }

  function require(id: string): StoredRecord {
    const rec = get(id);
    if (!rec) throw new AppError('not_found', `${spec.label} 기록을 찾을 수 없습니다 (ID ${id}).`);
    return rec;
  }

  /** One string per natural key, e.g. '2024-09-02␀연합뉴스␀제목' (values as stored). */
  function naturalKeyOf(values: Readonly<Record<string, unknown>>): string {
    return keyFields.map((f) => String(encodeValue(f, values[f.key]))).join('\u0000');
  }

  return {
    spec,
    naturalKeyOf,
    /** Every live natural key at once: an import checks 100,000 rows against a Set, not 100,000 queries. */
    liveNaturalKeys(): Set<string> {
      return new Set(liveKeys.all().map((row) => row.map((v) => String(v)).join('\u0000')));
    },
    decode,
    get,
    /** Every record's id and sync stamps, deleted ones included (checksums, full resync). */
    stampRows(): Iterable<{ id: string; sync_hlc: string | null; sync_hlcs: string | null }> {
      return stampRows.iterate();
    },
    /** The row as stored, with its sync stamps. */
    row(id: string): StoredRow | undefined {
      return byId.get(id);
    },
    require,

    /** Inserts a validated record; `id` may be given (sync, restore) or is a new UUIDv7. */
    insert(values: Record<string, unknown>, stamp: Stamp, id: string = newId()): string {
      const rowid = order && orderField ? order.next(String(values[orderField])) : null;
      const hlc = capture.created(id, values, stamp);
      insert.run({ rowid, id, ...encodeAll(values, id), at: stamp.at, actor: stamp.actor, hlc });
      history.write({ register: spec.name, recordId: id, batchId: stamp.batchId, at: stamp.at, by: stamp.actor, action: 'create' });
      return id;
    },

    /** Applies the fields of `patch` that differ; returns the keys that changed. */
    update(id: string, patch: Record<string, unknown>, stamp: Stamp, opts: { erasing?: boolean } = {}): string[] {
      const row = byId.get(id);
      if (!row) throw new AppError('not_found', `${spec.label} 기록을 찾을 수 없습니다 (ID ${id}).`);
      const current = decode(row);
      // A 파기 erases the personal fields of deleted records too (휴지통 keeps no values either).
      if (current.deletedAt && !opts.erasing) throw new AppError('conflict', `삭제된 ${spec.label} 기록은 수정할 수 없습니다. 먼저 복원하세요.`);
      const changed: FieldSpec[] = fields.filter((f) => Object.hasOwn(patch, f.key) && !sameValue(f, current[f.key], patch[f.key]));
      if (changed.length === 0) return [];
      const refilled = destroyed && !opts.erasing ? changed.find((f) => f.personal !== undefined && !isErasedValue(f, patch[f.key])) : undefined;
      if (refilled && destroyed?.has(spec.name, id)) {
        throw new AppError('conflict', `개인정보를 파기한 ${spec.label} 기록이라 ${refilled.label}을(를) 다시 적을 수 없습니다.`);
      }
      const next = { ...current, ...patch };
      // A new date moves the row to its place in date order.
      const moved = order && orderField && changed.some((f) => f.key === orderField) ? order.next(String(next[orderField])) : null;
      const stamps = capture.updated(row, next, changed.map((f) => f.key), stamp);
      update.run({ id, rowid: moved, ...encodeAll(next, id), at: stamp.at, actor: stamp.actor, ...stamps });
      for (const f of changed) {
        history.write({
          register: spec.name, recordId: id, batchId: stamp.batchId, at: stamp.at, by: stamp.actor, action: 'update',
          field: f.key, oldValue: historyText(f, current[f.key]), newValue: historyText(f, patch[f.key]),
        });
      }
      return changed.map((f) => f.key);
    },

    /** Marks a record deleted (the row stays for undo and sync). False if already deleted. */
    delete(id: string, stamp: Stamp): boolean {
      const row = byId.get(id);
      if (!row) throw new AppError('not_found', `${spec.label} 기록을 찾을 수 없습니다 (ID ${id}).`);
      if (row.deleted_at !== null) return false;
      const ok = tombstone.run({ id, at: stamp.at, actor: stamp.actor, ...capture.deletedOrRestored(row, decode(row), true, stamp) }).changes === 1;
      if (ok) history.write({ register: spec.name, recordId: id, batchId: stamp.batchId, at: stamp.at, by: stamp.actor, action: 'delete' });
      return ok;
    },

    /** 파기: true once the record's personal fields were erased (they stay empty). */
    isDestroyed(id: string): boolean {
      return destroyed?.has(spec.name, id) ?? false;
    },

    /** Id of another live record with the same natural key as this live one, if any. */
    liveTwinOf(id: string): string | undefined {
      return twin.get(id)?.id;
    },

    restore(id: string, stamp: Stamp): boolean {
      const row = byId.get(id);
      if (!row) throw new AppError('not_found', `${spec.label} 기록을 찾을 수 없습니다 (ID ${id}).`);
      if (row.deleted_at === null) return false;
      const ok = undelete.run({ id, at: stamp.at, actor: stamp.actor, ...capture.deletedOrRestored(row, decode(row), false, stamp) }).changes === 1;
      if (ok) history.write({ register: spec.name, recordId: id, batchId: stamp.batchId, at: stamp.at, by: stamp.actor, action: 'restore' });
      return ok;
    },
  };
}

export type RecordStore = ReturnType<typeof recordStore>;
