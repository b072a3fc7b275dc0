/**
 * Change capture for sync. Once this PC has logged in to a server, every write of a register
 * (record-store.ts) stamps the fields it sets with the PC's hybrid logical clock and queues the
 * change in the outbox — in the write's own transaction. One user action (one history batch)
 * gets one stamp, so an import of 100,000 rows costs one clock tick, not 100,000.
 * Before the first login nothing is captured: login queues every existing record (enable.ts).
 */
import type { Db } from '../db/open.ts';
import { AppError } from '../../shared/api/errors.ts';
import type { Change } from '../../shared/sync/protocol.ts';
import { formatHlc, initialHlc, parseHlc, receive, tick, type Hlc } from '../../shared/sync/hlc.ts';
import { syncStateRepository } from './state-repository.ts';
import { outboxRepository } from './outbox-repository.ts';
import { demoRecords } from '../demo/demo-records.ts';

export const READ_ONLY_MESSAGE = '조회 전용 계정으로 로그인한 PC에서는 대장을 고칠 수 없습니다. 고쳐야 하면 관리자에게 직원 권한을 요청하세요.';

/** Stamps from a PC whose clock was wrong are accepted (the server checked the time when they were pushed). */
const ACCEPT_ANY_DRIFT = Number.MAX_SAFE_INTEGER;

function createCapture(db: Db) {
  const state = syncStateRepository(db);
  const outbox = outboxRepository(db);
  const demo = demoRecords(db);
  let enabled = false;
  let readOnly = false;
  let clock: Hlc | undefined;
  let lastBatch = '';
  let lastStamp = '';
  let wallClock: () => number = Date.now;

  function load(): void {
    const row = state.get();
    enabled = !!row?.server_url;
    readOnly = row?.role === 'viewer' && !!row.refresh_token;
    clock = row ? (parseHlc(row.clock) ?? initialHlc(row.node)) : undefined;
    lastBatch = '';
  }
  load();

  function currentClock(): Hlc {
    if (!clock) clock = initialHlc(state.ensure().node);
    return clock;
  }

  return {
    /** True once this PC has logged in to a sync server. */
    get enabled(): boolean {
      return enabled;
    },
    /** This PC's wall clock (tests skew it). */
    useClock(now: () => number): void {
      wallClock = now;
    },
    /** Re-reads sync_state (after login, logout or a new server). */
    reload: load,
    /** The stamp of one user action: the same for every record the batch touches. */
    stampFor(batchId: string, now = wallClock()): string {
      if (batchId !== lastBatch) {
        clock = tick(currentClock(), now);
        lastStamp = formatHlc(clock);
        lastBatch = batchId;
        state.saveClock(lastStamp);
      }
      return lastStamp;
    },
    /** A fresh stamp not tied to a batch (login stamping existing records, conflict resolution). */
    freshStamp(now = wallClock()): string {
      clock = tick(currentClock(), now);
      lastBatch = '';
      state.saveClock(formatHlc(clock));
      return formatHlc(clock);
    },
    /** Moves the clock past a stamp received from the server, so later edits order after it. */
    observe(stamp: string, now = wallClock()): void {
      const remote = parseHlc(stamp);
      if (!remote) return;
      const mine = currentClock();
      if (stamp <= formatHlc(mine)) return;
      clock = receive(mine, remote, now, ACCEPT_ANY_DRIFT);
      lastBatch = '';
      state.saveClock(formatHlc(clock));
    },
    /** Logged in with a 조회 전용 account: the server would refuse every change this PC sends. */
    get readOnly(): boolean {
      return readOnly;
    },
    /** Refuses (and so rolls back) a write on a PC logged in read-only, rather than queueing a change no server will take. */
    queue(change: Change): void {
      // 예시 데이터 never leaves this PC (demo/demo-records.ts), whoever is logged in.
      if (demo.staysHere(change.register, change.recordId, change.fields)) return;
      if (readOnly) throw new AppError('forbidden', READ_ONLY_MESSAGE);
      outbox.add(change);
    },
  };
}

export type SyncCapture = ReturnType<typeof createCapture>;

const captures = new WeakMap<Db, SyncCapture>();

/** The capture of this database connection (one per connection, shared by every register). */
export function syncCapture(db: Db): SyncCapture {
  let c = captures.get(db);
  if (!c) {
    c = createCapture(db);
    captures.set(db, c);
  }
  return c;
}
