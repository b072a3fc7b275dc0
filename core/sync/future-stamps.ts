/**
 * Stamps from the future, re-dated. A PC whose clock ran ahead (for months, while offline; or a
 * few minutes beyond what the server accepts) stamped its edits with that time, and the server
 * refuses a stamp later than its own time plus MAX_CLOCK_SKEW_MS (future_stamp): those edits
 * would wait forever, and a record pulled from a server that stored such stamps before it checked
 * would drag this PC's clock along. Every stamp this PC holds beyond that limit (outbox, records,
 * conflict marks) is replaced, in the order they had, by a fresh stamp just after the latest
 * stamp it holds that is not in the future; the clock takes a new node, so no fresh stamp can
 * equal one this PC or its copies issued before. The edits then travel as edits made now.
 */
import type { Db } from '../db/open.ts';
import { formatHlc, parseHlc, tick, type Hlc } from '../../shared/sync/hlc.ts';
import { MAX_CLOCK_SKEW_MS, type Change } from '../../shared/sync/protocol.ts';
import { newHlcNode } from './device-identity.ts';
import type { SyncRegisters } from './sync-registers.ts';

export interface Restamped {
  /** How many distinct future stamps were replaced. */
  stamps: number;
  /** Some of them were only on records (not in the outbox): those records must be sent again. */
  onRecordsOnly: boolean;
}

export function restampFuture(db: Db, registers: SyncRegisters, now: number): Restamped {
  const limit = formatHlc({ millis: now + MAX_CLOCK_SKEW_MS, counter: 0xffff, node: 'ffffffffffffffff' });
  const future = new Set<string>();
  let latestSane = '';
  const see = (stamp: string | null | undefined) => {
    if (!stamp) return;
    if (stamp > limit) future.add(stamp);
    else if (stamp > latestSane) latestSane = stamp;
  };

  const outbox = db.prepare<[], { seq: number; change: string }>('SELECT seq, change FROM sync_outbox ORDER BY seq').all()
    .map((r) => ({ seq: r.seq, change: JSON.parse(r.change) as Change }));
  for (const { change } of outbox) {
    see(change.hlc);
    for (const b of Object.values(change.bases ?? {})) see(b);
  }
  const inOutbox = new Set(future);
  let onRecordsOnly = false;
  const seeOnRecord = (stamp: string | null) => {
    see(stamp);
    if (stamp && stamp > limit && !inOutbox.has(stamp)) onRecordsOnly = true;
  };
  const rows = [...registers.values()].map((reg) => ({ reg, rows: [...reg.allRows()] }));
  for (const { rows: list } of rows) {
    for (const r of list) {
      seeOnRecord(r.sync_hlc);
      if (r.sync_hlcs) for (const s of Object.values(JSON.parse(r.sync_hlcs) as Record<string, string>)) seeOnRecord(s);
    }
  }
  const conflicts = db.prepare<[], { register: string; record_id: string; field: string; hlc: string }>('SELECT register, record_id, field, hlc FROM sync_conflicts').all();
  for (const c of conflicts) see(c.hlc);
  const state = db.prepare<[], { clock: string }>('SELECT clock FROM sync_state WHERE id = 1').get();
  see(state?.clock);
  if (future.size === 0) return { stamps: 0, onRecordsOnly: false };

  const node = newHlcNode();
  const sane = parseHlc(latestSane);
  let clock: Hlc = sane && sane.millis >= now ? { ...sane, node } : { millis: now, counter: 0, node };
  const fresh = new Map<string, string>();
  for (const stamp of [...future].sort()) {
    clock = tick(clock, now);
    fresh.set(stamp, formatHlc(clock));
  }
  const map = (s: string) => fresh.get(s) ?? s;

  db.transaction(() => {
    const saveChange = db.prepare('UPDATE sync_outbox SET change = ? WHERE seq = ?');
    for (const { seq, change } of outbox) {
      const bases = change.bases && Object.fromEntries(Object.entries(change.bases).map(([k, b]) => [k, b === null ? null : map(b)]));
      const next: Change = { ...change, hlc: map(change.hlc), ...(bases ? { bases } : {}) };
      if (JSON.stringify(next) !== JSON.stringify(change)) saveChange.run(JSON.stringify(next), seq);
    }
    for (const { reg, rows: list } of rows) {
      const saveStamps = db.prepare(`UPDATE ${reg.spec.table} SET sync_hlc = ?, sync_hlcs = ? WHERE id = ?`);
      for (const r of list) {
        const hlcs = r.sync_hlcs ? (JSON.parse(r.sync_hlcs) as Record<string, string>) : undefined;
        const nextHlcs = hlcs && JSON.stringify(Object.fromEntries(Object.entries(hlcs).map(([k, s]) => [k, map(s)])));
        const nextHlc = r.sync_hlc === null ? null : map(r.sync_hlc);
        if (nextHlc !== r.sync_hlc || (nextHlcs ?? null) !== (r.sync_hlcs ?? null)) saveStamps.run(nextHlc, nextHlcs ?? null, r.id);
      }
    }
    const saveConflict = db.prepare('UPDATE sync_conflicts SET hlc = ? WHERE register = ? AND record_id = ? AND field = ?');
    for (const c of conflicts) if (fresh.has(c.hlc)) saveConflict.run(map(c.hlc), c.register, c.record_id, c.field);
    db.prepare('UPDATE sync_state SET node = ?, clock = ? WHERE id = 1').run(node, formatHlc(clock));
  })();
  return { stamps: future.size, onRecordsOnly };
}
