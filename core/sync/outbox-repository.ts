/**
 * The outbox: every change made on this PC while it syncs, in order, until the server has
 * acknowledged it. A change is written here in the same transaction as the record itself, and
 * deleted only after the server's acknowledgement, so nothing is lost by a crash or an outage.
 */
import type { Db } from '../db/open.ts';
import type { Change, OutboxOp } from '../../shared/sync/protocol.ts';
import { newId } from '../records/ids.ts';
import { atRest } from '../personal/at-rest.ts';

/**
 * Sensitive values (장애 여부 …) are sealed in the outbox on disk and opened when a push is built:
 * the server receives them in plaintext over TLS (docs/PERSONAL-DATA.md '민감정보와 동기화'), but the
 * table never holds them in the clear. Sealing at write time (not building the payload from the
 * record at send time) keeps the change exactly as it was made, even if the record changes again.
 */
const MAY_HOLD_SEALED = '"enc1:';

/** A batch of ops ready to push. */
export interface OutboxBatch {
  ops: Array<{ seq: number; opId: string; change: Pick<Change, 'register' | 'recordId'> }>;
  /** The ops as the JSON array the push request carries. */
  json: string;
}

export function outboxRepository(db: Db) {
  const sealed = atRest(db);
  const open = (text: string): string => {
    if (!text.includes(MAY_HOLD_SEALED)) return text;
    const change = JSON.parse(text) as Change;
    return JSON.stringify({ ...change, fields: sealed.openFields(change.register, change.recordId, change.fields) });
  };
  const insert = db.prepare('INSERT INTO sync_outbox (op_id, change) VALUES (?, ?)');
  const first = db.prepare<[number], { seq: number; op_id: string; change: string }>(
    'SELECT seq, op_id, change FROM sync_outbox ORDER BY seq LIMIT ?',
  );
  const after = db.prepare<[number, number], { seq: number; op_id: string; change: string; register: string; record_id: string }>(
    "SELECT seq, op_id, change, json_extract(change, '$.register') AS register, json_extract(change, '$.recordId') AS record_id FROM sync_outbox WHERE seq > ? ORDER BY seq LIMIT ?",
  );
  const ack = db.prepare('DELETE FROM sync_outbox WHERE seq <= ?');
  const count = db.prepare<[], number>('SELECT count(*) FROM sync_outbox').pluck();
  const clear = db.prepare('DELETE FROM sync_outbox');
  const resetSeq = db.prepare("DELETE FROM sqlite_sequence WHERE name = 'sync_outbox'");
  const startAt = db.prepare("INSERT INTO sqlite_sequence (name, seq) VALUES ('sync_outbox', ?)");

  return {
    add(change: Change): void {
      insert.run(newId(), JSON.stringify({ ...change, fields: sealed.sealFields(change.register, change.recordId, change.fields) }));
    },
    /** The oldest `limit` ops, as sent to the server. */
    peek(limit: number): OutboxOp[] {
      return first.all(limit).map((r) => ({ opId: r.op_id, seq: r.seq, change: JSON.parse(open(r.change)) as Change }));
    },
    /**
     * The oldest `limit` ops after `afterSeq` as a push sends them: their JSON array written from
     * the stored JSON (nothing parsed), and which record each op is about.
     */
    batchAfter(afterSeq: number, limit: number): OutboxBatch {
      const rows = after.all(afterSeq, limit);
      const json = `[${rows.map((r) => `{"opId":${JSON.stringify(r.op_id)},"seq":${r.seq},"change":${open(r.change)}}`).join(',')}]`;
      return { ops: rows.map((r) => ({ seq: r.seq, opId: r.op_id, change: { register: r.register, recordId: r.record_id } })), json };
    },
    acknowledge(upToSeq: number): number {
      return ack.run(upToSeq).changes;
    },
    count(): number {
      return count.get() ?? 0;
    },
    /**
     * Keeps every pending op, in order, numbered again from 1: for a new device id of this PC on the
     * same server (the server counts each device's seqs from 1). In two steps through negative
     * numbers, so no two ops ever hold one seq meanwhile.
     */
    renumberFromOne(): void {
      const min = db.prepare<[], number | null>('SELECT min(seq) FROM sync_outbox').pluck().get();
      resetSeq.run();
      if (min === null || min === undefined) return;
      db.prepare('UPDATE sync_outbox SET seq = -seq').run();
      db.prepare('UPDATE sync_outbox SET seq = -seq - ?').run(min - 1);
      const max = db.prepare<[], number>('SELECT max(seq) FROM sync_outbox').pluck().get() ?? 0;
      startAt.run(max);
    },
    /**
     * Empties the outbox so that the next op gets `nextSeq` (default 1): for a new server, or a
     * server restored from a backup that expects an earlier sequence number again.
     */
    restart(nextSeq = 1): void {
      clear.run();
      resetSeq.run();
      if (nextSeq > 1) startAt.run(nextSeq - 1);
    },
  };
}

export type OutboxRepository = ReturnType<typeof outboxRepository>;
