/**
 * Sync for one data folder, wired from the core's services: login/logout, sync now, status for
 * the status bar, the conflicts view, and the background timer. Everything a transport (UI, CLI,
 * tests) needs goes through here; the pieces are in this folder.
 */
import type { Services } from '../api/services.ts';
import { AppError } from '../../shared/api/errors.ts';
import { CONFLICT_PREFIX, PROTOCOL_VERSION, SYNC_ROUTES, type QuarantineResponse } from '../../shared/sync/protocol.ts';
import { APP_VERSION } from '../api/version.ts';
import { errorLog } from '../api/error-log.ts';
import { userFacingError } from '../api/error-messages.ts';
import type { SyncConflict, SyncStatus } from '../../shared/domain/sync.ts';
import { formatKoreanDate } from '../../shared/text/korean-date.ts';
import { syncedWrites } from '../records/synced-writes.ts';
import { pullApplier } from './apply-pull.ts';
import { accessLogPush } from './access-log-push.ts';
import { blobSync } from './blob-sync.ts';
import { syncCapture } from './capture.ts';
import { conflictsRepository } from './conflicts-repository.ts';
import { syncEngine, type SyncReport, type SyncStep } from './engine.ts';
import { fullStateQueue } from './full-state.ts';
import { outboxRepository } from './outbox-repository.ts';
import { parkedRepository } from './parked-repository.ts';
import { quarantineRepository } from './quarantine-repository.ts';
import { adoptNewIdentity } from './device-identity.ts';
import { sessionClient } from './session.ts';
import { syncStateRepository } from './state-repository.ts';
import type { SyncRegister } from './sync-registers.ts';
import { httpTransport, SyncError, type SyncTransport } from './transport.ts';
import { demoRecords, type DemoRecords } from '../demo/demo-records.ts';

export interface SyncOptions {
  /** How to reach a server (tests pass a simulated network). */
  transportFor?: (serverUrl: string) => SyncTransport;
  now?: () => number;
  clientVersion?: string;
  /** Test seam for crash tests (engine.ts SyncStep). */
  onStep?: (step: SyncStep) => void;
  pullPage?: number;
  pushBatch?: number;
}

/** The rows of a register without those that stay on this PC (read before iterating: the connection is busy while it iterates). */
function* withoutDemo<R extends { id: string }>(register: string, rows: () => Iterable<R>, demo: DemoRecords): Iterable<R> {
  const staying = demo.stayingHere(register);
  for (const row of rows()) if (!staying.has(row.id)) yield row;
}

export function syncService(s: Services, options: SyncOptions = {}) {
  const db = s.db;
  const state = syncStateRepository(db);
  const outbox = outboxRepository(db);
  const conflicts = conflictsRepository(db);
  const parked = parkedRepository(db);
  const quarantine = quarantineRepository(db);
  const capture = syncCapture(db);
  if (options.now) capture.useClock(options.now);
  const transportFor = options.transportFor ?? ((url: string) => httpTransport(url));
  const demo = demoRecords(db);
  const services = { clippings: s.clippings.service, releases: s.releases.service } as const;
  const registers = new Map<string, SyncRegister>(
    Object.entries(s.stores).map(([name, store]) => [
      name,
      {
        spec: store.spec,
        store,
        writes: syncedWrites(db, store.spec),
        searchIndex: name === 'clippings' ? s.clippings.repo.fts : undefined,
        // 예시 데이터 is neither counted in checksums nor sent by a full resync: it stays on this PC.
        allRows: () => (demo.present ? withoutDemo(name, () => store.stampRows(), demo) : store.stampRows()),
      },
    ]),
  );
  const applier = pullApplier({ db, registers, capture, conflicts, parked, quarantine, state });
  const full = fullStateQueue(db, registers, capture);
  const session = sessionClient(state, transportFor, options.clientVersion, options.now);
  const engine = syncEngine({
    db, state, outbox, applier, session, registers, transportFor,
    now: options.now, clientVersion: options.clientVersion, onStep: options.onStep, pullPage: options.pullPage, pushBatch: options.pushBatch,
    blobs: blobSync(db, s.dataDir, options.clientVersion ?? APP_VERSION),
    accessLog: accessLogPush(db, options.clientVersion ?? APP_VERSION, options.now),
    readOnly: () => capture.readOnly,
    heldAside: () => [...parked.all().map((p) => p.record), ...quarantine.records()],
    // A failure that is not the server's refusal ('FOREIGN KEY constraint failed' …) reaches the status bar in Korean.
    describeError: (err: unknown) => userFacingError(err, errorLog(s.dataDir), '동기화').message,
    resyncAll(nextSeq?: number) {
      db.transaction(() => {
        outbox.restart(nextSeq ?? (outbox.count() === 0 ? undefined : 1));
        full.queueAll();
      })();
    },
  });
  // Records parked by an older version of this PC's GuDesk may be readable now.
  if (parked.count() > 0) applier.unpark();
  // Rows of a kind that began to sync after this PC logged in (attachments, migration 005) go once.
  if (capture.enabled && !capture.readOnly) full.queueUnstamped();

  function status(): SyncStatus {
    const row = state.get();
    return {
      loggedIn: !!row?.server_url && !!row.refresh_token,
      serverUrl: row?.server_url ?? null,
      login: row?.login ?? null,
      userName: row?.user_name ?? null,
      team: row?.team ?? null,
      role: row?.role ?? null,
      lastSyncAt: row?.last_sync_at ?? null,
      lastError: row?.last_error ?? null,
      pending: outbox.count(),
      conflicts: conflicts.count(),
      parked: parked.count(),
      quarantined: quarantine.count(),
      running: engine.running,
      received,
    };
  }

  /** Records received from the server since this app started: the UI reloads its grids when it grows. */
  let received = 0;
  function runSync(opts: { verify?: boolean }): Promise<SyncReport> {
    if (engine.running) return engine.syncNow(opts);
    const p = engine.syncNow(opts);
    p.then((r) => { received += r.pulled; }, () => undefined);
    return p;
  }

  async function login(serverUrl: string, loginName: string, password: string): Promise<SyncStatus> {
    const url = serverUrl.replace(/\/+$/, '');
    const row = state.ensure();
    const sameServer = row.server_url === url;
    let deviceId = row.device_id;
    if (sameServer && row.server_id && !row.refresh_token) {
      // Logging in again after being signed out: as a new device of this PC. A PC signed out because
      // another PC used its session (a copied data folder) would otherwise sign that one out in turn,
      // again and again; its unsent changes stay, numbered for the new device.
      deviceId = db.transaction(() => {
        const id = adoptNewIdentity(db);
        outbox.renumberFromOne();
        return id;
      })();
    }
    let reply = await session.login(url, deviceId, loginName, password);
    const newServer = !!row.server_id && row.server_id !== reply.serverId;
    if (newServer || (!sameServer && row.server_id)) {
      // Another server (or the same address now serving another database): a new device there.
      deviceId = state.renewDevice();
      reply = await session.login(url, deviceId, loginName, password);
    }
    db.transaction(() => {
      const firstTime = !row.server_url || newServer || !sameServer;
      state.saveSession(url, reply);
      capture.reload();
      if (firstTime) {
        outbox.restart();
        state.saveCursor(null);
        // A 조회 전용 account sends nothing: this PC's own records stay on this PC.
        if (!capture.readOnly) full.queueAll();
      }
    })();
    return status();
  }

  function logout(): SyncStatus {
    state.logout();
    capture.reload();
    return status();
  }

  function listConflicts(): SyncConflict[] {
    return conflicts.open().flatMap((c) => {
      const reg = registers.get(c.register);
      const rec = reg?.store.get(c.record_id);
      const field = reg?.spec.fields.find((f) => f.key === c.field);
      if (!reg || !rec || !field) return [];
      const mark = JSON.parse(c.value ?? 'null') as { value?: unknown; earlier?: Array<{ value?: unknown }> } | null;
      const date = reg.spec.rowOrder ? formatKoreanDate(String(rec[reg.spec.rowOrder] ?? '')) : '';
      return [{
        register: c.register, registerLabel: reg.spec.label, recordId: c.record_id,
        recordTitle: `${date} 「${String(rec.title ?? rec.id)}」`.trim(),
        field: c.field, fieldLabel: field.label, current: String(rec[c.field] ?? ''), other: String(mark?.value ?? ''),
        earlier: (mark?.earlier ?? []).map((e) => String(e.value ?? '')).filter((t) => t !== String(rec[c.field] ?? '')),
      }];
    });
  }

  function resolve(args: { register: string; recordId: string; field: string; keep: 'current' | 'other' | 'text'; text?: string | undefined }, actor: string): { count: number } {
    const open = conflicts.get(args.register, args.recordId, args.field);
    const reg = registers.get(args.register);
    const service = (services as Record<string, (typeof services)[keyof typeof services]>)[args.register];
    if (!open || !reg || !service) throw new AppError('not_found', '해결할 충돌을 찾을 수 없습니다. 이미 다른 PC에서 해결했을 수 있습니다.');
    if (args.keep === 'text' && args.text === undefined) throw new AppError('invalid_input', '남길 내용을 입력하세요.');
    const other = (JSON.parse(open.value ?? 'null') as { value?: unknown } | null)?.value;
    const text = args.keep === 'current' ? undefined : args.keep === 'other' ? String(other ?? '') : args.text;
    db.transaction(() => {
      if (text !== undefined) service.update(args.recordId, { [args.field]: text }, actor);
      const hlc = capture.freshStamp();
      conflicts.resolve(args.register, args.recordId, args.field, hlc);
      capture.queue({ register: args.register, recordId: args.recordId, hlc, schema: reg.spec.schemaVersion, fields: { [CONFLICT_PREFIX + args.field]: null } });
    })();
    return { count: 1 };
  }

  let timer: NodeJS.Timeout | undefined;

  /** The records the server set aside (admins only; the server refuses others in Korean). */
  async function serverQuarantine(clear: string | undefined): Promise<QuarantineResponse> {
    const { serverUrl, token, deviceId } = await session.accessToken();
    const reply = (await transportFor(serverUrl).post(
      SYNC_ROUTES.quarantine,
      { protocol: PROTOCOL_VERSION, deviceId, clientVersion: options.clientVersion ?? APP_VERSION, ...(clear ? { clear } : {}) },
      token,
    )) as Partial<QuarantineResponse> | null;
    if (!reply || !Array.isArray(reply.records)) throw new SyncError('server_error', '동기화 서버의 응답이 올바르지 않습니다.');
    const text = (v: unknown) => (typeof v === 'string' ? v.slice(0, 2000) : '');
    const records = reply.records.map((r) => ({
      register: text(r.register), registerLabel: text(r.registerLabel), recordId: text(r.recordId), team: text(r.team), reason: text(r.reason),
      foundAt: typeof r.foundAt === 'number' ? r.foundAt : 0,
    }));
    return typeof reply.cleared === 'boolean' ? { records, cleared: reply.cleared } : { records };
  }

  /** Only an admin clears the quarantine: the records in it are evidence of a faulty or hostile client. */
  function clearQuarantine(id: number | undefined): { count: number } {
    if (state.get()?.role !== 'admin') throw new AppError('forbidden', '격리된 기록은 관리자 계정으로 로그인한 PC에서만 지울 수 있습니다.');
    return { count: quarantine.clear(id) };
  }

  return {
    status,
    login,
    logout,
    conflicts: listConflicts,
    resolve,
    quarantined: () => quarantine.list(),
    clearQuarantine,
    serverQuarantine,
    syncNow: (opts: { verify?: boolean } = {}): Promise<SyncReport> => runSync(opts),
    /** Syncs every `intervalMs` (and soon after start) while logged in; failures land in the status. */
    startBackground(intervalMs = 3 * 60_000): void {
      if (timer) return;
      const run = () => {
        if (!status().loggedIn) return;
        runSync({ verify: false }).catch((err: unknown) => {
          if (!(err instanceof SyncError)) errorLog(s.dataDir).write('백그라운드 동기화', err);
        });
      };
      setTimeout(run, 2_000).unref();
      timer = setInterval(run, intervalMs);
      timer.unref();
    },
    stopBackground(): void {
      if (timer) clearInterval(timer);
      timer = undefined;
    },
  };
}

export type SyncService = ReturnType<typeof syncService>;
