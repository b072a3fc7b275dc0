/**
 * Applying a PC's outbox. Ops carry per-device seqs 1, 2, 3 …: ops the server already stored are
 * skipped (a resend after a lost answer is acknowledged again, if it is the very op stored under
 * that seq: another op under a used seq is refused as `sequence_reused`), and the new ones must
 * follow the device's last stored seq without a gap. All new ops of one request and the device's new last
 * seq are written in one transaction, so a crash stores either the whole batch and its ack or
 * nothing. Each op is folded into its record with the shared per-field merge; a long-text
 * conflict keeps the losing text as `_conflict:<field>`, stamped by the server's own clock.
 */
import { isLongTextField } from '../../shared/domain/registers.ts';
import { formatHlc, parseHlc, receive, tick } from '../../shared/sync/hlc.ts';
import { mergeChange } from '../../shared/sync/merge.ts';
import { CONFLICT_PREFIX, DESTROYED_FIELD, MAX_CLOCK_SKEW_MS } from '../../shared/sync/protocol.ts';
import { keepErased, REFILL_IGNORED } from './destroyed.ts';
import { forgetQuarantinedOf } from '../store/quarantine.ts';
import type { Hlc } from '../../shared/sync/hlc.ts';
import type { Change, OutboxOp } from '../../shared/sync/protocol.ts';
import { MESSAGES, refuse } from '../http/errors.ts';
import { deviceSequence, loadRecords, loadServerState, saveOpIds, saveRecords, saveServerState, setDeviceLastSeq, storedOpIds } from '../store/records.ts';
import type { SqlDriver, SqlExecutor } from '../store/driver.ts';
import { serverNode } from '../store/open.ts';
import type { StoredRecord } from '../store/records.ts';
import type { User } from '../store/accounts.ts';
import type { RegisterScope } from './scope.ts';
import type { ServerFieldKey } from '../store/field-key.ts';
import { maskedEchoProblem, openFields, sealFields } from './sensitive-fields.ts';

/** Stamps too far ahead were refused before the transaction (validate-push.ts); here a stamp is only ordered. */
const NO_DRIFT_LIMIT = Number.MAX_SAFE_INTEGER;

/**
 * The server's clock as stored, unless a stamp from before pushes were checked (a PC that claimed
 * the year 5138) dragged it far into the future: then it starts again from the wall clock. The
 * records carrying such stamps are quarantined (quarantine.ts), so nothing still orders after it.
 */
export function saneClock(stored: string, node: string, now: number): Hlc {
  const clock = parseHlc(stored);
  if (!clock || clock.millis > now + MAX_CLOCK_SKEW_MS) return { millis: now, counter: 0, node: clock?.node ?? node };
  return clock;
}

export interface PushInput {
  deviceId: string;
  user: User;
  ops: readonly OutboxOp[];
  now: number;
  scope: RegisterScope;
  fieldKey: ServerFieldKey;
}

export interface PushResult {
  ackedSeq: number;
  conflicts: number;
  /** The record seqs this push took: (seqFrom, seqTo]. Absent when it stored no record. */
  seqFrom?: number;
  seqTo?: number;
}

/** Op ids kept per device (records.ts saveOpIds): far more than a PC ever resends. */
const KEEP_OP_IDS = 20 * 1000;

/**
 * Ops at or below the device's last seq must be the very ops stored under those seqs. One that is
 * not (or older than the op ids kept) comes from another PC using this device id, or from an older
 * copy of this PC: acknowledging it would drop its edit, so the whole push is refused.
 */
async function checkResent(tx: SqlExecutor, deviceId: string, ops: readonly OutboxOp[], lastSeq: number, opsFrom: number): Promise<void> {
  // Below opsFrom the device synced before op ids were kept: a resend there cannot be told apart.
  const resent = ops.filter((op) => op.seq <= lastSeq && op.seq >= opsFrom);
  if (resent.length === 0) return;
  const stored = await storedOpIds(tx, deviceId, resent.map((op) => op.seq));
  if (resent.some((op) => stored.get(op.seq) !== op.opId)) throw refuse(409, 'sequence_reused', { expectedSeq: lastSeq + 1 });
}

/** The ops not stored yet, checked to continue the device's sequence without a gap. */
function newOps(ops: readonly OutboxOp[], lastSeq: number): OutboxOp[] {
  const fresh = ops.filter((op) => op.seq > lastSeq);
  fresh.forEach((op, i) => {
    if (op.seq !== lastSeq + 1 + i) throw refuse(409, 'sequence_gap', { expectedSeq: lastSeq + 1 });
  });
  return fresh;
}

const keyOf = (register: string, recordId: string) => `${register}\u0000${recordId}`;

/** The records one batch touches, loaded up front and merged in memory in op order. */
class Batch {
  private readonly records = new Map<string, StoredRecord>();
  private readonly dirty = new Set<string>();

  /** Sensitive fields are opened here and sealed again in `changed`: the merge works on plaintext in memory only. */
  static async load(tx: SqlExecutor, ops: readonly OutboxOp[], key: ServerFieldKey): Promise<Batch> {
    const batch = new Batch(key);
    const keys = new Map(ops.map(({ change: c }) => [keyOf(c.register, c.recordId), { register: c.register, recordId: c.recordId }]));
    for (const rec of await loadRecords(tx, [...keys.values()])) {
      rec.state.fields = openFields(key, rec.register, rec.recordId, rec.state.fields);
      batch.records.set(keyOf(rec.register, rec.recordId), rec);
    }
    return batch;
  }

  private readonly key: ServerFieldKey;
  private constructor(key: ServerFieldKey) {
    this.key = key;
  }

  get(register: string, recordId: string): StoredRecord | undefined {
    return this.records.get(keyOf(register, recordId));
  }

  put(rec: StoredRecord): void {
    const key = keyOf(rec.register, rec.recordId);
    this.records.set(key, rec);
    // Re-inserted so the record's seq follows its latest change in this batch.
    this.dirty.delete(key);
    this.dirty.add(key);
  }

  changed(): StoredRecord[] {
    return [...this.dirty].map((k) => {
      const rec = this.records.get(k)!;
      return { ...rec, state: { ...rec.state, fields: sealFields(this.key, rec.register, rec.recordId, rec.state.fields) } };
    });
  }
}

interface KeptText {
  value: unknown;
  hlc: string;
  earlier?: Array<{ value: unknown; hlc: string }>;
}

/**
 * The kept losing text. A third PC's rewrite while the first conflict is still open must not
 * drop the text that lost before: the open mark's texts travel along as `earlier`.
 */
function conflictMark(open: unknown, value: unknown, hlc: string): KeptText {
  const prev = open && typeof open === 'object' && !Array.isArray(open) ? (open as Partial<KeptText>) : undefined;
  const earlier = prev && 'value' in prev ? [...(prev.earlier ?? []), { value: prev.value, hlc: prev.hlc ?? '' }].filter((e) => e.value !== value) : [];
  return earlier.length > 0 ? { value, hlc, earlier } : { value, hlc };
}

function applyChange(rec: StoredRecord | undefined, change: Change, user: User, clock: Hlc, now: number): { rec?: StoredRecord; clock: Hlc; conflicts: number } {
  const merged = mergeChange(rec?.state, change, (field) => isLongTextField(change.register, field));
  let next = receive(clock, parseHlc(change.hlc)!, now, NO_DRIFT_LIMIT);
  for (const c of merged.conflicts) {
    next = tick(next, now);
    const mark = `${CONFLICT_PREFIX}${c.field}`;
    merged.state.fields[mark] = conflictMark(merged.state.fields[mark], c.loser.value, c.loser.hlc);
    merged.state.hlcs[mark] = formatHlc(next);
    delete merged.state.bases[mark];
  }
  // 파기 wins over any stamp: a destroyed record's personal fields stay empty (destroyed.ts).
  const putBack = keepErased(change.register, merged.state, () => formatHlc((next = tick(next, now))));
  if (putBack.length > 0 && !merged.changed.includes(DESTROYED_FIELD)) console.warn(`[gudesk-server] ${change.register} ${change.recordId}: ${REFILL_IGNORED}`);
  if (merged.changed.length === 0 && merged.conflicts.length === 0 && putBack.length === 0) return { clock: next, conflicts: 0 };
  const updated: StoredRecord = {
    register: change.register,
    recordId: change.recordId,
    team: rec?.team ?? user.team,
    seq: rec?.seq ?? 0,
    schema: Math.max(rec?.schema ?? 0, change.schema),
    state: merged.state,
  };
  return { rec: updated, clock: next, conflicts: merged.conflicts.length };
}

export function applyPush(db: SqlDriver, input: PushInput): Promise<PushResult> {
  return db.transaction(async (tx) => {
    const sequence = await deviceSequence(tx, input.deviceId);
    if (sequence === undefined) throw refuse(401, 'unauthorized');
    const { lastSeq } = sequence;
    await checkResent(tx, input.deviceId, input.ops, lastSeq, sequence.opsFrom);
    const ops = newOps(input.ops, lastSeq);
    if (ops.length === 0) return { ackedSeq: lastSeq, conflicts: 0 };

    const server = await loadServerState(tx);
    let clock = saneClock(server.clock, serverNode(server.serverId), input.now);
    let conflicts = 0;
    const batch = await Batch.load(tx, ops, input.fieldKey);
    for (const { change } of ops) {
      const rec = batch.get(change.register, change.recordId);
      // Refused as a whole: one foreign record must not let the rest of the batch half-apply.
      if (rec && rec.team !== input.user.team && input.user.role !== 'admin' && input.scope.isTeamScoped(change.register)) {
        throw refuse(403, 'forbidden', { message: MESSAGES.otherTeam });
      }
      // A masked copy (김*용) sent back over the real value: refused as a whole, like a foreign record.
      const echo = maskedEchoProblem(change, rec?.state.fields);
      if (echo) throw refuse(400, 'invalid_change', { message: echo.message, register: change.register, recordId: change.recordId, field: echo.field });
      const out = applyChange(rec, change, input.user, clock, input.now);
      clock = out.clock;
      conflicts += out.conflicts;
      if (out.rec) batch.put(out.rec);
    }
    let seq = server.lastSeq;
    const changed = batch.changed();
    // A destroyed record's copy set aside before pushes were checked holds its old values too.
    for (const rec of changed) if (rec.state.fields[DESTROYED_FIELD] === true) await forgetQuarantinedOf(tx, rec.register, rec.recordId);
    for (const rec of changed) rec.seq = ++seq;
    await saveRecords(tx, changed);
    const ackedSeq = lastSeq + ops.length;
    await saveServerState(tx, formatHlc(clock), seq);
    await setDeviceLastSeq(tx, input.deviceId, ackedSeq, input.now);
    await saveOpIds(tx, input.deviceId, ops, KEEP_OP_IDS);
    return seq > server.lastSeq ? { ackedSeq, conflicts, seqFrom: server.lastSeq, seqTo: seq } : { ackedSeq, conflicts };
  });
}
