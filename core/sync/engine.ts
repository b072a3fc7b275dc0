/**
 * One sync: push the outbox in batches (an op is forgotten only after the server acknowledged
 * it), then pull pages from the server cursor until there are no more. Compares per-register
 * checksums after the last page when asked (`sync --verify`) and on its own once an hour (the
 * first sync of a session included, unless it pulled everything anyway); a PC that differs pulls
 * everything again, and if it still differs, sends everything it holds and pulls again.
 * A push the server refuses in a way this PC can repair is repaired and sent again: a sequence gap
 * or a restored server (everything re-sent), a sequence number another PC already used (a new
 * device id for the same user, then everything re-sent), stamps from a clock that ran ahead
 * (re-dated to now).
 * Only one sync runs at a time; every step is a whole transaction, so a crash or a dropped
 * connection at any point is repaired by simply syncing again.
 */
import { randomUUID } from 'node:crypto';
import { MAX_CLOCK_SKEW_MS, PROTOCOL_VERSION, SYNC_ROUTES, pullResponseSchema, type PulledRecord, type PullResponse, type PushResponse } from '../../shared/sync/protocol.ts';
import { ChecksumSum, expandStamps } from '../../shared/sync/checksum.ts';
import { syncErrorMessage } from '../../shared/sync/errors.ts';
import { APP_VERSION } from '../api/version.ts';
import type { Db } from '../db/open.ts';
import type { PullApplier } from './apply-pull.ts';
import type { OutboxBatch, OutboxRepository } from './outbox-repository.ts';
import { readStamps } from './record-stamps.ts';
import { destroyedRepository } from '../personal/destroy/destroyed-repository.ts';
import { DESTROYED_FIELD } from '../../shared/sync/protocol.ts';
import type { SessionClient } from './session.ts';
import type { SyncStateRepository } from './state-repository.ts';
import type { SyncRegisters } from './sync-registers.ts';
import { JsonText, SyncError, type SyncTransport } from './transport.ts';
import { syncCapture } from './capture.ts';
import { adoptNewIdentity, nextOutboxSeq } from './device-identity.ts';
import { fullStateQueue } from './full-state.ts';
import { restampFuture } from './future-stamps.ts';
import type { BlobSync } from './blob-sync.ts';

/** Checksums are compared on their own at most this often (they cost a scan on both sides). */
export const VERIFY_EVERY_MS = 60 * 60_000;

/** Repairs of a refused push tried within one sync before giving up until the next. */
const MAX_PUSH_REPAIRS = 3;
/** Push batches on their way at once (see push). */
const PUSH_PIPELINE = 2;

interface Auth {
  serverUrl: string;
  token: string;
  deviceId: string;
}

export interface SyncReport {
  pushed: number;
  pulled: number;
  /** Long-text conflicts the server reported for this PC's pushes. */
  conflicts: number;
  /** 'equal', 'repaired' (after pulling again or a full resync), or 'skipped'. */
  checksums: 'equal' | 'repaired' | 'skipped';
  at: string;
}

/**
 * Points where a crash is survivable and tested: after the server stored a push but before this
 * PC recorded the acknowledgement; after it did; after a page arrived; inside the page's
 * transaction (a throw rolls it back, as a kill would); after the page and cursor were stored.
 */
export type SyncStep = 'push-replied' | 'push-acked' | 'pull-received' | 'pull-applying' | 'pull-applied';

export interface EngineDeps {
  db: Db;
  state: SyncStateRepository;
  outbox: OutboxRepository;
  applier: PullApplier;
  session: SessionClient;
  registers: SyncRegisters;
  transportFor(serverUrl: string): SyncTransport;
  /**
   * Re-queues everything this PC holds (full-state.ts) after the server lost track of this device;
   * `nextSeq` is the sequence number the server expects next, when it said so.
   */
  resyncAll(nextSeq?: number): void;
  /**
   * Pulled records this PC holds aside instead of in its registers (parked for a newer GuDesk,
   * quarantined for breaking a rule), oldest first: the server counts them in its checksums.
   */
  heldAside?: () => Iterable<PulledRecord>;
  /** Logged in with a 조회 전용 account: receive only. */
  readOnly?: () => boolean;
  now?: () => number;
  clientVersion?: string;
  /** The Korean sentence the status bar shows for a failure that is not a SyncError (the detail goes to the log). */
  describeError?: (err: unknown) => string;
  /** Test seam: called at each step; a throw here acts as a crash at that point (see SyncStep). */
  onStep?: (step: SyncStep) => void;
  pushBatch?: number;
  pullPage?: number;
  /** Attachment files: uploaded before the batch holding their rows, fetched after the pull (blob-sync.ts). */
  blobs?: Pick<BlobSync, 'beforePush' | 'fetchMissing'>;
  /** 접속기록: sent after the records, acknowledged entries marked (access-log-push.ts). */
  accessLog?: { push(t: SyncTransport, auth: { token: string; deviceId: string }): Promise<number> };
}

export function syncEngine(deps: EngineDeps) {
  const now = deps.now ?? Date.now;
  const clientVersion = deps.clientVersion ?? APP_VERSION;
  const pushBatch = deps.pushBatch ?? 1000;
  const pullPage = deps.pullPage ?? 2000;
  const step = deps.onStep ?? (() => {});

  function checkClock(serverTime: number): void {
    const mine = now();
    if (Math.abs(mine - serverTime) > MAX_CLOCK_SKEW_MS) {
      throw new SyncError('clock_skew', syncErrorMessage({ code: 'clock_skew', message: '', clientTime: mine, serverTime }));
    }
  }

  /** Waits for requests still on their way, whatever they answer. */
  async function settle(requests: ReadonlyArray<{ reply: Promise<unknown> }>): Promise<void> {
    await Promise.all(requests.map((r) => r.reply.catch(() => {})));
  }

  /**
   * The answer to a push batch. One sent behind another may reach the server's write queue first
   * (PostgreSQL takes them in the order their connections ask): refused then as a gap, it is sent
   * again once the one before it is stored.
   */
  async function answerOf(t: SyncTransport, token: string, req: { body: JsonText; behind: boolean; reply: Promise<unknown> }): Promise<unknown> {
    try {
      return await req.reply;
    } catch (err) {
      if (!req.behind || !(err instanceof SyncError) || err.code !== 'sequence_gap') throw err;
      return t.post(SYNC_ROUTES.push, req.body, token);
    }
  }

  async function push(t: SyncTransport, token: string, deviceId: string, done = { pushed: 0, conflicts: 0 }): Promise<{ pushed: number; conflicts: number }> {
    // A 조회 전용 account may only receive; what this PC holds from before stays queued here.
    if (deps.readOnly?.()) return done;
    let { pushed, conflicts } = done;
    const batchAfter = (seq: number) => {
      const batch = deps.outbox.batchAfter(seq, pushBatch);
      const head = JSON.stringify({ protocol: PROTOCOL_VERSION, deviceId, clientVersion, clientTime: now() });
      return { ops: batch.ops, body: new JsonText(`${head.slice(0, -1)},"ops":${batch.json}}`) };
    };
    // Two batches in flight: while the server stores one, the next is already on its way (a
    // 100,000-record push is a hundred of them). The server takes a device's batches one at a
    // time, in seq order, so the second is judged after the first is stored; if the first is
    // refused, the second is refused as well (it would leave a gap), and a resend of ops that
    // were stored is acknowledged by their op ids.
    const inFlight: Array<{ ops: OutboxBatch['ops']; body: JsonText; behind: boolean; reply: Promise<unknown> }> = [];
    let sentUpTo = 0;
    try {
      for (;;) {
        while (inFlight.length < PUSH_PIPELINE) {
          const { ops, body } = batchAfter(sentUpTo);
          if (ops.length === 0) break;
          await deps.blobs?.beforePush(t, { token, deviceId }, ops);
          const reply = t.post(SYNC_ROUTES.push, body, token);
          reply.catch(() => {}); // awaited in turn below; a failure meanwhile is not unhandled
          inFlight.push({ ops, body, behind: inFlight.length > 0, reply });
          sentUpTo = ops[ops.length - 1]!.seq;
          await new Promise<void>((resolve) => setImmediate(resolve));
        }
        const head = inFlight.shift();
        if (!head) return { pushed, conflicts };
        const { ops } = head;
        const reply = (await answerOf(t, token, head)) as PushResponse;
        if (typeof reply?.ackedSeq !== 'number') throw new SyncError('server_error', '동기화 서버의 응답이 올바르지 않습니다.');
        checkClock(reply.serverTime);
        step('push-replied');
        const forgotten = deps.db.transaction(() => {
          // No echo: when nothing reached the server between this PC's last pull and this push, and the
          // merge made no conflict, the records the push stored are what this PC already holds.
          const { seqFrom, seqTo } = reply;
          if ((reply.conflicts ?? 0) === 0 && Number.isSafeInteger(seqFrom) && Number.isSafeInteger(seqTo) && seqTo! > seqFrom!) {
            if ((deps.state.get()?.cursor ?? '0') === String(seqFrom)) deps.state.saveCursor(String(seqTo));
          }
          return deps.outbox.acknowledge(reply.ackedSeq);
        })();
        step('push-acked');
        if (reply.ackedSeq < ops[0]!.seq) throw new SyncError('server_error', '동기화 서버가 보낸 변경을 받지 않았습니다. 잠시 뒤 다시 시도하세요.');
        pushed += forgotten;
        conflicts += reply.conflicts ?? 0;
        done.pushed = pushed;
        done.conflicts = conflicts;
        if (reply.ackedSeq !== ops[ops.length - 1]!.seq) {
          // Not the batch as sent: what follows was sent on a wrong assumption. Its answers are
          // waited for and set aside; the next batch starts right after what was acknowledged.
          await settle(inFlight.splice(0));
          sentUpTo = reply.ackedSeq;
        }
      }
    } finally {
      // Nothing of this push is still on its way when it returns or fails (a repair may follow).
      await settle(inFlight);
    }
  }

  /** Everything this PC holds, queued after what its outbox already has (full-state.ts). */
  function queueEverything(): void {
    fullStateQueue(deps.db, deps.registers, syncCapture(deps.db)).queueAll();
  }

  /**
   * After `sequence_reused`: a new device id (and clock node) for the same user, its sequence
   * continuing at this PC's first unsent op, then everything this PC holds queued again, since
   * the server may have taken earlier ops of this PC for another's. Without a session to prove it,
   * the new identity is taken here alone and the clerk logs in again (the data stays).
   */
  async function renewDevice(auth: Auth): Promise<Auth> {
    const newDeviceId = randomUUID();
    const ask = (token: string) => deps.session.renewDevice(token, newDeviceId, nextOutboxSeq(deps.db));
    let session;
    try {
      try {
        session = await ask(auth.token);
      } catch (err) {
        // The access token ran out meanwhile: renewed once (this fails, and signs out, if the refresh token is gone).
        if (!(err instanceof SyncError) || err.code !== 'unauthorized') throw err;
        deps.session.forgetAccessToken();
        session = await ask((await deps.session.accessToken(now())).token);
      }
    } catch (err) {
      if (err instanceof SyncError && (err.code === 'network' || err.code === 'server_error')) throw err;
      deps.db.transaction(() => {
        adoptNewIdentity(deps.db, newDeviceId);
        deps.state.logout();
      })();
      syncCapture(deps.db).reload();
      throw new SyncError('unauthorized', '이 PC의 동기화 번호를 다른 PC(복사한 데이터 폴더나 복원한 백업)가 이미 써서 이 PC를 새 장치로 등록해야 합니다. 다시 로그인하세요. 이 PC의 자료와 보내지 못한 변경은 그대로 남아 있다가 로그인하면 모두 다시 보냅니다.');
    }
    deps.db.transaction(() => {
      adoptNewIdentity(deps.db, newDeviceId);
      deps.state.saveSession(auth.serverUrl, session);
      syncCapture(deps.db).reload();
      queueEverything();
    })();
    return { serverUrl: auth.serverUrl, token: session.accessToken, deviceId: newDeviceId };
  }

  /** Pushes, repairing what the server refused and this PC can mend (see the top of this file). */
  async function pushRepairing(t: SyncTransport, auth: Auth): Promise<{ result: { pushed: number; conflicts: number }; auth: Auth }> {
    const done = { pushed: 0, conflicts: 0 };
    for (let repairs = 0; ; repairs++) {
      try {
        return { result: await push(t, auth.token, auth.deviceId, done), auth };
      } catch (err) {
        if (!(err instanceof SyncError) || repairs >= MAX_PUSH_REPAIRS) throw err;
        if (err.code === 'sequence_gap' || err.code === 'resync_required') {
          // The server no longer knows what this device sent (restored from a backup): send it all again.
          deps.resyncAll(err.body?.expectedSeq);
        } else if (err.code === 'sequence_reused') {
          auth = await renewDevice(auth);
        } else if (err.code === 'future_stamp') {
          // Judged by the server's clock, which refused them (this PC's may still be minutes off).
          const restamped = restampFuture(deps.db, deps.registers, err.body?.serverTime ?? now());
          syncCapture(deps.db).reload();
          if (restamped.stamps === 0) throw err;
          if (restamped.onRecordsOnly) deps.db.transaction(queueEverything)();
        } else {
          throw err;
        }
      }
    }
  }

  async function pull(t: SyncTransport, token: string, deviceId: string, checksums: boolean): Promise<{ pulled: number; sums?: Record<string, string> }> {
    const request = (cursor: string | null) => {
      const reply = t.post(SYNC_ROUTES.pull, { protocol: PROTOCOL_VERSION, deviceId, clientVersion, clientTime: now(), cursor, limit: pullPage, checksums }, token);
      reply.catch(() => {}); // a page asked for ahead and then not wanted (the sync failed) is dropped quietly
      return reply;
    };
    let pulled = 0;
    let next = request(deps.state.get()?.cursor ?? null);
    for (;;) {
      const raw = await next;
      const parsed = pullResponseSchema.safeParse(raw);
      if (!parsed.success) throw new SyncError('server_error', '동기화 서버가 보낸 자료의 형식이 올바르지 않아 아무것도 바꾸지 않았습니다.');
      const page: PullResponse = parsed.data;
      checkClock(page.serverTime);
      step('pull-received');
      if (page.more) {
        // Ask for the next page now (from this page's cursor, which applyPage stores), so the server
        // builds and sends it while this one is applied. Applying blocks the event loop, so the
        // request is given a timer tick to leave first; if it has not, only the overlap is lost.
        next = request(page.cursor);
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      pulled += deps.applier.applyPage(page.records, page.cursor, () => step('pull-applying'));
      step('pull-applied');
      if (!page.more) return { pulled, sums: page.checksums };
    }
  }

  /**
   * Per-register checksums of what this PC holds, as the server computes them over its data. A
   * record held aside counts as received (its stamps instead of the row's, if any): otherwise
   * one record another PC's newer GuDesk wrote would make this PC pull and send everything again
   * every hour, and fail.
   */
  function localChecksums(): Record<string, string> {
    const aside = new Map<string, Map<string, PulledRecord>>();
    for (const rec of deps.heldAside?.() ?? []) {
      let byId = aside.get(rec.register);
      if (!byId) aside.set(rec.register, (byId = new Map()));
      byId.set(rec.recordId, rec); // the later one wins
    }
    const out: Record<string, string> = {};
    for (const [name, reg] of deps.registers) {
      const sum = new ChecksumSum();
      const held = aside.get(name);
      // 파기's stamp is kept beside the row (personal/destroy/destroyed-repository.ts), the server keeps it as a field.
      const destroyedAt = reg.spec.fields.some((f) => f.personal) ? destroyedRepository(deps.db).stamps(name) : undefined;
      for (const row of reg.allRows()) {
        if (held?.has(row.id)) continue;
        const stamps = readStamps(reg.spec, row);
        const destroyedHlc = destroyedAt?.get(row.id);
        if (destroyedHlc) stamps.set(DESTROYED_FIELD, destroyedHlc);
        if (stamps.size > 0) sum.addRecord(row.id, stamps);
      }
      for (const rec of held?.values() ?? []) {
        if (rec.fields && typeof rec.hlc === 'string') sum.addRecord(rec.recordId, expandStamps(Object.keys(rec.fields), rec.hlc, rec.hlcs));
      }
      out[name] = sum.toString();
    }
    return out;
  }

  function differs(server: Record<string, string>): boolean {
    const mine = localChecksums();
    return Object.entries(server).some(([name, sum]) => mine[name] !== undefined && mine[name] !== sum);
  }

  /**
   * One sync; if the server refuses the access token although this PC thought it valid (revoked,
   * or expired by the server's clock), the token is refreshed and the sync tried once more.
   */
  async function once(opts: { verify?: boolean } = {}): Promise<SyncReport> {
    try {
      return await attempt(opts);
    } catch (err) {
      if (!(err instanceof SyncError) || err.code !== 'unauthorized' || !deps.state.get()?.refresh_token) throw err;
      deps.session.forgetAccessToken();
      return attempt(opts);
    }
  }

  /** When checksums were last compared in this session (undefined: not yet). */
  let verifiedAt: number | undefined;

  async function attempt(opts: { verify?: boolean }): Promise<SyncReport> {
    // A first sync pulls everything: nothing to compare yet. Otherwise once an hour on its own.
    // (Read before pushing: a push may move the cursor on past this PC's own records.)
    const fromStart = (deps.state.get()?.cursor ?? null) === null;
    const first = await deps.session.accessToken(now());
    const t = deps.transportFor(first.serverUrl);
    const pushedOnce = await pushRepairing(t, first);
    const result = pushedOnce.result;
    const { token, deviceId } = pushedOnce.auth;
    const verify = !!opts.verify || (!fromStart && (verifiedAt === undefined || now() - verifiedAt >= VERIFY_EVERY_MS));
    let { pulled, sums } = await pull(t, token, deviceId, verify);
    // An edit made here while this sync ran is in the sums of this PC, not yet the server's: the
    // comparison would find a difference that is none, so the check on its own waits for the next sync.
    if (!opts.verify && deps.outbox.count() > 0) sums = undefined;
    else if (verify || fromStart) verifiedAt = now();
    let checksums: SyncReport['checksums'] = 'skipped';
    if (sums) {
      checksums = 'equal';
      if (differs(sums)) {
        checksums = 'repaired';
        deps.state.saveCursor(null);
        ({ pulled, sums } = await pull(t, token, deviceId, true));
        // A read-only PC keeps records of its own the server never had: nothing more to repair.
        if (sums && differs(sums) && !deps.readOnly?.()) {
          // Everything again, numbered on from the last seq this PC used (the server stored it).
          deps.resyncAll(nextOutboxSeq(deps.db));
          const again = await push(t, token, deviceId);
          result.pushed += again.pushed;
          deps.state.saveCursor(null);
          ({ pulled, sums } = await pull(t, token, deviceId, true));
          if (sums && differs(sums)) throw new SyncError('resync_required', syncErrorMessage({ code: 'resync_required', message: '' }));
        }
      }
    }
    // Files of attachments received now (or earlier, while the server lacked them).
    await deps.blobs?.fetchMissing(t, { token, deviceId });
    await deps.accessLog?.push(t, { token, deviceId });
    return { pushed: result.pushed, pulled, conflicts: result.conflicts, checksums, at: new Date(now()).toISOString() };
  }

  let running: Promise<SyncReport> | undefined;

  return {
    get running(): boolean {
      return running !== undefined;
    },
    /** Syncs now; a call while a sync runs joins it. Records the outcome for the status bar. */
    async syncNow(opts: { verify?: boolean } = {}): Promise<SyncReport> {
      if (running) return running;
      running = (async () => {
        try {
          const report = await once(opts);
          deps.state.saveResult({ at: report.at, error: null, pushed: report.pushed, pulled: report.pulled });
          return report;
        } catch (err) {
          const message = err instanceof SyncError || !deps.describeError ? (err instanceof Error ? err.message : String(err)) : deps.describeError(err);
          deps.state.saveError(message);
          throw err;
        } finally {
          running = undefined;
        }
      })();
      return running;
    },
  };
}

export type SyncEngine = ReturnType<typeof syncEngine>;
