/**
 * Applying a PC's outbox. Ops carry per-device seqs 1, 2, 3 …: ops the server already stored are
 * skipped (a resend after a lost answer is acknowledged again), and the new ones must follow the
 * device's last stored seq without a gap. All new ops of one request and the device's new last
 * seq are written in one transaction, so a crash stores either the whole batch and its ack or
 * nothing. Each op is folded into its record with the shared per-field merge; a long-text
 * conflict keeps the losing text as `_conflict:<field>`, stamped by the server's own clock.
 */
import { isLongTextField } from '../../shared/domain/registers.ts';
import { formatHlc, parseHlc, receive, tick } from '../../shared/sync/hlc.ts';
import { mergeChange } from '../../shared/sync/merge.ts';
import { CONFLICT_PREFIX } from '../../shared/sync/protocol.ts';
import type { Hlc } from '../../shared/sync/hlc.ts';
import type { Change, OutboxOp } from '../../shared/sync/protocol.ts';
import { MESSAGES, refuse } from '../http/errors.ts';
import { deviceLastSeq, loadRecords, loadServerState, saveRecords, saveServerState, setDeviceLastSeq } from '../store/records.ts';
import type { SqlDriver, SqlExecutor } from '../store/driver.ts';
import type { StoredRecord } from '../store/records.ts';
import type { User } from '../store/accounts.ts';
import type { RegisterScope } from './scope.ts';

/** Clock skew is refused per request (guard.ts); here a stamp is only ordered, never refused. */
const NO_DRIFT_LIMIT = Number.MAX_SAFE_INTEGER;

export interface PushInput {
  deviceId: string;
  user: User;
  ops: readonly OutboxOp[];
  now: number;
  scope: RegisterScope;
}

export interface PushResult {
  ackedSeq: number;
  conflicts: number;
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

  static async load(tx: SqlExecutor, ops: readonly OutboxOp[]): Promise<Batch> {
    const batch = new Batch();
    const keys = new Map(ops.map(({ change: c }) => [keyOf(c.register, c.recordId), { register: c.register, recordId: c.recordId }]));
    for (const rec of await loadRecords(tx, [...keys.values()])) batch.records.set(keyOf(rec.register, rec.recordId), rec);
    return batch;
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
    return [...this.dirty].map((k) => this.records.get(k)!);
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
  if (merged.changed.length === 0 && merged.conflicts.length === 0) return { clock: next, conflicts: 0 };
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
    const lastSeq = await deviceLastSeq(tx, input.deviceId);
    if (lastSeq === undefined) throw refuse(401, 'unauthorized');
    const ops = newOps(input.ops, lastSeq);
    if (ops.length === 0) return { ackedSeq: lastSeq, conflicts: 0 };

    const server = await loadServerState(tx);
    let clock = parseHlc(server.clock)!;
    let conflicts = 0;
    const batch = await Batch.load(tx, ops);
    for (const { change } of ops) {
      const rec = batch.get(change.register, change.recordId);
      // Refused as a whole: one foreign record must not let the rest of the batch half-apply.
      if (rec && rec.team !== input.user.team && input.scope.isTeamScoped(change.register)) {
        throw refuse(403, 'forbidden', { message: MESSAGES.otherTeam });
      }
      const out = applyChange(rec, change, input.user, clock, input.now);
      clock = out.clock;
      conflicts += out.conflicts;
      if (out.rec) batch.put(out.rec);
    }
    let seq = server.lastSeq;
    const changed = batch.changed();
    for (const rec of changed) rec.seq = ++seq;
    await saveRecords(tx, changed);
    const ackedSeq = lastSeq + ops.length;
    await saveServerState(tx, formatHlc(clock), seq);
    await setDeviceLastSeq(tx, input.deviceId, ackedSeq, input.now);
    return { ackedSeq, conflicts };
  });
}
