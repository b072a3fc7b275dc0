/**
 * The synced records as the server holds them. Each row keeps the record packed as a PulledRecord
 * in JSON (fields and stamps), so a 100,000-record first pull is byte concatenation of an index
 * range scan, not 100,000 parse/stringify rounds; beside it the long-text bases, the rest of the
 * merge state a push needs (storedState puts the two together).
 */
import { packStamps, stampOf } from '../../shared/sync/protocol.ts';
import type { PulledRecord } from '../../shared/sync/protocol.ts';
import type { RecordState } from '../../shared/sync/merge.ts';
import type { Dialect, SqlExecutor, SqlValue } from './driver.ts';

export interface StoredRecord {
  register: string;
  recordId: string;
  /** The team of the user who created it: the scope of team-scoped registers. */
  team: string;
  seq: number;
  schema: number;
  state: RecordState;
}

export interface ServerState {
  serverId: string;
  clock: string;
  lastSeq: number;
}

export async function loadServerState(tx: SqlExecutor): Promise<ServerState> {
  const row = await tx.get<{ server_id: string; clock: string; last_seq: number }>('SELECT server_id, clock, last_seq FROM server_state WHERE id = 1');
  if (!row) throw new Error('server_state row missing');
  return { serverId: row.server_id, clock: row.clock, lastSeq: Number(row.last_seq) };
}

export async function saveServerState(tx: SqlExecutor, clock: string, lastSeq: number): Promise<void> {
  await tx.run('UPDATE server_state SET clock = ?, last_seq = ? WHERE id = 1', [clock, lastSeq]);
}

export async function deviceLastSeq(tx: SqlExecutor, deviceId: string): Promise<number | undefined> {
  const row = await tx.get<{ last_seq: number }>('SELECT last_seq FROM devices WHERE id = ?', [deviceId]);
  return row ? Number(row.last_seq) : undefined;
}

export async function setDeviceLastSeq(tx: SqlExecutor, deviceId: string, seq: number, now: number): Promise<void> {
  await tx.run('UPDATE devices SET last_seq = ?, last_seen_at = ? WHERE id = ?', [seq, now, deviceId]);
}

/** A device's sequence: its last stored seq, and the first seq whose op id is kept (migration 3). */
export async function deviceSequence(tx: SqlExecutor, deviceId: string): Promise<{ lastSeq: number; opsFrom: number } | undefined> {
  const row = await tx.get<{ last_seq: number; ops_from: number }>('SELECT last_seq, ops_from FROM devices WHERE id = ?', [deviceId]);
  return row ? { lastSeq: Number(row.last_seq), opsFrom: Number(row.ops_from) } : undefined;
}

/**
 * A device that starts its sequence after `lastSeq` (a PC given a new device id keeps its outbox).
 * Op ids count as known from seq 1: no op was ever stored below, so none can come again there.
 */
export async function startDeviceSequence(tx: SqlExecutor, deviceId: string, lastSeq: number): Promise<void> {
  await tx.run('UPDATE devices SET last_seq = ?, ops_from = 1 WHERE id = ?', [lastSeq, deviceId]);
}

/** The op ids stored for some of a device's seqs. */
export async function storedOpIds(tx: SqlExecutor, deviceId: string, seqs: readonly number[]): Promise<Map<number, string>> {
  const out = new Map<number, string>();
  for (let i = 0; i < seqs.length; i += CHUNK) {
    const chunk = seqs.slice(i, i + CHUNK);
    const rows = await tx.all<{ seq: number; op_id: string }>(
      `SELECT seq, op_id FROM device_ops WHERE device_id = ? AND seq IN (${chunk.map(() => '?').join(', ')})`, [deviceId, ...chunk]);
    for (const r of rows) out.set(Number(r.seq), r.op_id);
  }
  return out;
}

/**
 * Stores the op id of each newly stored seq, and forgets those more than `keep` seqs back (a PC
 * only ever resends what it has not seen acknowledged, a batch or two; anything older that comes
 * again is another op under a reused seq).
 */
export async function saveOpIds(tx: SqlExecutor, deviceId: string, ops: ReadonlyArray<{ seq: number; opId: string }>, keep: number): Promise<void> {
  for (let i = 0; i < ops.length; i += CHUNK) {
    const chunk = ops.slice(i, i + CHUNK);
    await tx.run(`INSERT INTO device_ops (device_id, seq, op_id) VALUES ${chunk.map(() => '(?, ?, ?)').join(', ')}`,
      chunk.flatMap((op) => [deviceId, op.seq, op.opId]));
  }
  const last = ops[ops.length - 1];
  if (last && last.seq > keep) await tx.run('DELETE FROM device_ops WHERE device_id = ? AND seq <= ?', [deviceId, last.seq - keep]);
}

/** Rows per statement when loading or saving many records (well under both databases' parameter limits). */
const CHUNK = 500;

/**
 * The records of one push, one query per register and 500 ids (a round trip per record would
 * dominate on PostgreSQL; `record_id IN (…)` is one index probe per id on both databases).
 */
export async function loadRecords(tx: SqlExecutor, keys: ReadonlyArray<{ register: string; recordId: string }>): Promise<StoredRecord[]> {
  const byRegister = new Map<string, string[]>();
  for (const k of keys) {
    const ids = byRegister.get(k.register);
    if (ids) ids.push(k.recordId);
    else byRegister.set(k.register, [k.recordId]);
  }
  const out: StoredRecord[] = [];
  for (const [register, ids] of byRegister) {
    for (let i = 0; i < ids.length; i += CHUNK) {
      const chunk = ids.slice(i, i + CHUNK);
      const rows = await tx.all<{ record_id: string; team: string; seq: number; schema: number; pulled: string; bases: string }>(
        `SELECT record_id, team, seq, schema, pulled, bases FROM records WHERE register = ? AND record_id IN (${chunk.map(() => '?').join(', ')})`,
        [register, ...chunk],
      );
      for (const r of rows) {
        out.push({ register, recordId: r.record_id, team: r.team, seq: Number(r.seq), schema: Number(r.schema), state: storedState(r.pulled, r.bases) });
      }
    }
  }
  return out;
}

/**
 * The merge state of a stored row. A record's stamps have the same keys as its fields (merge.ts
 * sets both together), so the packed stamps of `pulled` give every field's stamp back.
 */
export function storedState(pulled: string, bases: string): RecordState {
  const rec = JSON.parse(pulled) as PulledRecord;
  const hlcs: Record<string, string> = {};
  for (const field of Object.keys(rec.fields)) hlcs[field] = stampOf(rec, field);
  return { fields: rec.fields as Record<string, unknown>, hlcs, bases: JSON.parse(bases) as RecordState['bases'] };
}

export function packRecord(rec: StoredRecord): PulledRecord {
  return { register: rec.register, recordId: rec.recordId, schema: rec.schema, ...packStamps(rec.state.hlcs), fields: rec.state.fields as PulledRecord['fields'] };
}

export async function saveRecords(tx: SqlExecutor, recs: readonly StoredRecord[]): Promise<void> {
  for (let i = 0; i < recs.length; i += CHUNK) {
    const chunk = recs.slice(i, i + CHUNK);
    await tx.run(
      `INSERT INTO records (register, record_id, team, seq, schema, bases, pulled) VALUES ${chunk.map(() => '(?, ?, ?, ?, ?, ?, ?)').join(', ')}
       ON CONFLICT (register, record_id) DO UPDATE SET seq = excluded.seq, schema = excluded.schema, bases = excluded.bases, pulled = excluded.pulled`,
      chunk.flatMap((rec) => [rec.register, rec.recordId, rec.team, rec.seq, rec.schema, JSON.stringify(rec.state.bases), JSON.stringify(packRecord(rec))]),
    );
  }
}

/** Which records a user may see: department-wide registers for everyone, the rest by team. */
export interface ScopeSql {
  sql: string;
  params: SqlValue[];
}

/**
 * `pulled` as its UTF-8 bytes, converted by the database: a page is then one Buffer.concat, with
 * no JavaScript string of the records to decode, join, measure and encode again for the reply.
 */
const PULLED_BYTES: Record<Dialect, string> = { sqlite: 'CAST(pulled AS BLOB)', postgres: "convert_to(pulled, 'UTF8')" };

export async function pullPage(
  db: SqlExecutor, dialect: Dialect, afterSeq: number, limit: number, scope: ScopeSql,
): Promise<Array<{ seq: number; pulled: Uint8Array }>> {
  const rows = await db.all<{ seq: number; pulled: Uint8Array }>(
    `SELECT seq, ${PULLED_BYTES[dialect]} AS pulled FROM records WHERE seq > ? AND ${scope.sql} ORDER BY seq LIMIT ?`, [afterSeq, ...scope.params, limit]);
  for (const r of rows) r.seq = Number(r.seq);
  return rows;
}

/**
 * Whether some attachment row the user may see names this file: a file is handed out only to
 * someone who may see a record of it (knowing a hash is not enough once files of team-scoped
 * registers travel). `sha256` is checked hex, so it is safe inside the LIKE pattern.
 */
export async function blobInScope(db: SqlExecutor, sha256: string, scope: ScopeSql): Promise<boolean> {
  const row = await db.get<{ one: number }>(
    `SELECT 1 AS one FROM records WHERE register = 'attachments' AND ${scope.sql} AND pulled LIKE ? LIMIT 1`, [...scope.params, `%"sha256":"${sha256}"%`]);
  return row !== undefined;
}

/** Every record in scope (as pulled: its stamps), for the checksums sent with the last page of a pull. */
export async function scopeRecords(db: SqlExecutor, scope: ScopeSql): Promise<Array<{ register: string; record_id: string; pulled: string }>> {
  return db.all(`SELECT register, record_id, pulled FROM records WHERE ${scope.sql}`, scope.params);
}
