/**
 * Sync of 100,000 clippings through GuDesk's real server and real PCs (createCore + sync.* ops,
 * HTTP on 127.0.0.1), against PouchDB replicating the same records in the same run
 * (pouchdb-sync.ts). Goals (issue 3): a new PC's first sync ≤ 10 s; an incremental sync of 100
 * changes ≤ 200 ms; 50 PCs syncing at once without errors.
 *
 * Set-up, and why:
 * - The server (server/main.ts, embedded SQLite) runs in a child process, as it runs on another
 *   machine in a deployment: the PCs and the server do not queue on one event loop, each gets a
 *   core of the 2-core machine, and the main process's RSS is the PCs' alone (what the memory figure
 *   means). A worker thread, as the PouchDB peer uses, would give the same scheduling but one RSS.
 *   GUDESK_SYNC_PROFILE=DIR writes CPU profiles of the first sync alone, the PC's and the server's,
 *   to DIR/first-sync-{pc,server}.cpuprofile.
 * - Seeding is not timed as sync: PC A logs in while empty, imports the CSV (clippings.importCommit,
 *   which with sync on also writes every record to the outbox — the import goal is re-checked that
 *   way, against an import on a PC that is not logged in, in the same run), then pushes everything
 *   to the server (reported as an extra figure).
 * - First sync: a new PC B (its own data folder, another user) — login + sync.now until the last
 *   page is applied. Opening the data folder (app start) is not timed. Then sync.now {verify:true}
 *   (not timed) must report equal checksums and B must hold every record.
 * - Incremental: 100 clippings edited on A one by one (spread over the data), A syncs, then B's
 *   sync.now is timed; the median of 5 rounds.
 * - 50 PCs: a second server, so the 50 PCs need not each hold 100,000 records first (50 × a first
 *   sync would be the whole bench). One PC imports a base (rows / 50, ≤ 2,000), all 50 log in one
 *   after another (logins are not what is measured), then: round 0 = 50 first syncs at once; rounds
 *   1–5 = every PC edits 2 clippings (anyone's, so pushes merge with others' edits) and adds 2, and
 *   all 50 sync at once. The 50 cores live in this process (their SQLite work runs one at a time on
 *   one core, the HTTP overlaps), so the server sees bursts of concurrent pushes and pulls. At the
 *   end every PC syncs once more in turn, then all 50 sync {verify:true} at once: each must report
 *   equal checksums with the server, and the same clippings (count and content fingerprint).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCore } from '../core/api/core.ts';
import type { Core } from '../core/api/core-types.ts';
import { newId } from '../core/records/ids.ts';
import { addUser, withAccounts } from '../server/accounts-admin.ts';
import { benchClippings, clippingsCsv, ms, percentile } from './fixtures.ts';
import { pouchReplicationBench, type PouchBenchResult } from './pouchdb-sync.ts';

const PASSWORD = '벤치마크-비밀번호-2026!';
const SERVER_FLAG = '--gudesk-sync-bench-server';
const INCREMENTAL = 100;
const INCREMENTAL_ROUNDS = 5;
const PCS = 50;
const PC_ROUNDS = 5;

type FromServer = { type: 'ready'; url: string } | { type: 'closed'; peakRssMB: number } | { type: 'done' } | { type: 'cpu'; ms: number };
type ToServer = { type: 'close' } | { type: 'profile-start' } | { type: 'profile-stop'; file: string } | { type: 'cpu' };

/**
 * The server process: startServer on 127.0.0.1, a free port; answers 'close' with its peak RSS.
 * 'profile-start' / 'profile-stop' take a CPU profile of a stretch of the bench (GUDESK_SYNC_PROFILE).
 */
async function runServer(config: { db: string; dataDir: string }): Promise<void> {
  const { startServer } = await import('../server/main.ts');
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const server = await startServer({ db: config.db, dataDir: config.dataDir, port: 0, host: '127.0.0.1' });
  const profiler = cpuProfiler();
  process.send!({ type: 'ready', url: server.url } satisfies FromServer);
  process.on('message', (msg: ToServer) => {
    if (msg.type === 'profile-start') void profiler.start().then(() => process.send!({ type: 'done' } satisfies FromServer));
    else if (msg.type === 'profile-stop') void profiler.stop(msg.file).then(() => process.send!({ type: 'done' } satisfies FromServer));
    else if (msg.type === 'cpu') process.send!({ type: 'cpu', ms: cpuMs() } satisfies FromServer);
    else {
      clearInterval(sampler);
      void server.close().then(() => process.send!({ type: 'closed', peakRssMB: peak / 1e6 } satisfies FromServer, () => process.exit(0)));
    }
  });
}

/** CPU time this process has used (user + system), in ms. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/**
 * CPU time of a stretch of the bench, this process and the server's together: unlike wall time it
 * hardly changes when other work shares the machine's two cores.
 */
async function cpuOf<T>(server: ServerProcess, run: () => Promise<T>): Promise<{ value: T; cpuMs: number }> {
  const [pc0, server0] = [cpuMs(), await server.cpuMs()];
  const value = await run();
  return { value, cpuMs: cpuMs() - pc0 + (await server.cpuMs()) - server0 };
}

/** A CPU profile of part of a run, written where Chrome DevTools or speedscope open it. */
function cpuProfiler() {
  const session = new Session();
  return {
    async start() {
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.setSamplingInterval', { interval: 200 });
      await session.post('Profiler.start');
    },
    async stop(file: string) {
      const { profile } = await session.post('Profiler.stop');
      writeFileSync(file, JSON.stringify(profile));
      session.disconnect();
    },
  };
}

if (import.meta.main && process.argv[2] === SERVER_FLAG) {
  await runServer(JSON.parse(process.argv[3]!) as { db: string; dataDir: string });
}

export interface ServerProcess {
  url: string;
  dbUrl: string;
  addUsers(logins: string[]): Promise<void>;
  profile(action: 'start' | 'stop', file?: string): Promise<void>;
  /** CPU time the server process has used so far, in ms. */
  cpuMs(): Promise<number>;
  /** Stops the server; its process's peak RSS. */
  close(): Promise<number>;
}

export async function serverProcess(dir: string): Promise<ServerProcess> {
  const dbUrl = `sqlite:${join(dir, 'server.sqlite')}`;
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), [SERVER_FLAG, JSON.stringify({ db: dbUrl, dataDir: dir })], { stdio: 'inherit' });
  const next = () =>
    new Promise<FromServer>((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`sync server process exited (${code})`));
      child.once('exit', onExit);
      child.once('message', (m: FromServer) => {
        child.off('exit', onExit);
        resolve(m);
      });
    });
  const request = (msg: ToServer) => {
    const reply = next();
    child.send(msg);
    return reply;
  };
  const ready = await next();
  if (ready.type !== 'ready') throw new Error(`sync server: expected ready, got ${ready.type}`);
  return {
    url: ready.url,
    dbUrl,
    addUsers: (logins) =>
      withAccounts(dbUrl, async (a) => {
        await Promise.all(logins.map((login) => addUser(a, { login, name: `${login} 주무관`, team: '홍보팀', role: 'member', password: PASSWORD })));
      }),
    async profile(action, file) {
      await request(action === 'start' ? { type: 'profile-start' } : { type: 'profile-stop', file: file! });
    },
    async cpuMs() {
      const m = await request({ type: 'cpu' });
      return m.type === 'cpu' ? m.ms : 0;
    },
    async close() {
      if (child.exitCode !== null) return 0;
      const m = await request({ type: 'close' });
      return m.type === 'closed' ? m.peakRssMB : 0;
    },
  };
}

export interface SyncBenchResult {
  rows: number;
  import: { plainMs: number; withSyncMs: number };
  seedPushMs: number;
  /** CPU time of the push, the PC's and the server's together. */
  seedPushCpuMs: number;
  first: { ms: number; cpuMs: number; loginMs: number; pulled: number; verifyMs: number; heapBeforeMB: number; heapAfterMB: number; rssDeltaMB: number; peakRssMB: number; serverPeakRssMB: number };
  incremental: { ms: number; samples: number[]; pushMs: number };
  pcs: { count: number; rounds: number; base: number; firstSyncMs: number; errors: number; errorSamples: string[]; roundMs: number[]; verifyRoundMs: number; syncP50: number; syncP95: number; converged: boolean; convergence: string };
  pouch: PouchBenchResult;
}

const median = (xs: number[]) => percentile(xs, 50);

async function importCsv(core: Core, csv: Uint8Array, rows: number): Promise<number> {
  const t = process.hrtime.bigint();
  const report = await core.call('clippings.importCommit', { fileName: 'clippings.csv', data: Buffer.from(csv).toString('base64') });
  const took = ms(t);
  if (report.toAdd !== rows) throw new Error(`expected ${rows} rows, imported ${report.toAdd} (rejected ${report.rejected.length})`);
  return took;
}

/** What a PC holds, as one hash: every live clipping's id and values, in id order. */
async function fingerprint(core: Core): Promise<{ count: number; hash: string }> {
  const rows = (await core.call('clippings.list', {})).map((c) => {
    const { createdAt: _ca, updatedAt: _ua, createdBy: _cb, updatedBy: _ub, version: _v, ...values } = c;
    return values;
  });
  rows.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const h = createHash('sha256');
  for (const r of rows) h.update(JSON.stringify(r));
  return { count: rows.length, hash: h.digest('hex').slice(0, 12) };
}

export async function syncBench(rows = 100_000): Promise<SyncBenchResult> {
  const data = benchClippings(rows);
  const csv = clippingsCsv(data);
  const root = mkdtempSync(join(tmpdir(), 'gudesk-sync-bench-'));
  const cores: Core[] = [];
  const pc = (name: string, actor: string) => {
    const core = createCore({ dataDir: join(root, name), actor });
    cores.push(core);
    return core;
  };
  const closeCore = (core: Core) => {
    core.close();
    cores.splice(cores.indexOf(core), 1);
  };
  const servers: ServerProcess[] = [];
  try {
    // Import on a PC that is not logged in: the same-run reference for the import with sync on.
    const offline = pc('offline', 'bench');
    const plainImportMs = await importCsv(offline, csv, rows);
    closeCore(offline);

    const server = await serverProcess(join(root, 'server1'));
    servers.push(server);
    await server.addUsers(['kim', 'lee']);

    // PC A: logged in while empty, imports (each record also goes to the outbox), pushes it all.
    let a = pc('pcA', '김 주무관');
    await a.call('sync.login', { serverUrl: server.url, login: 'kim', password: PASSWORD });
    const withSyncMs = await importCsv(a, csv, rows);
    let t = process.hrtime.bigint();
    const { value: seeded, cpuMs: seedPushCpuMs } = await cpuOf(server, () => a.call('sync.now', {}));
    const seedPushMs = ms(t);
    if (seeded.pushed !== rows) throw new Error(`PC A pushed ${seeded.pushed} of ${rows}`);
    const ids = (await a.call('clippings.list', {})).map((c) => c.id);
    closeCore(a);

    // PC B: a new PC's first sync.
    const heap0 = process.memoryUsage().heapUsed;
    const rss0 = process.memoryUsage().rss;
    let peakRss = rss0;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
    const b = pc('pcB', '이 주무관');
    const profileDir = process.env.GUDESK_SYNC_PROFILE;
    const clientProfiler = cpuProfiler();
    if (profileDir) await Promise.all([clientProfiler.start(), server.profile('start')]);
    t = process.hrtime.bigint();
    let loginMs = 0;
    const { value: first, cpuMs: firstCpuMs } = await cpuOf(server, async () => {
      await b.call('sync.login', { serverUrl: server.url, login: 'lee', password: PASSWORD });
      loginMs = ms(t);
      return b.call('sync.now', {});
    });
    const firstMs = ms(t);
    clearInterval(sampler);
    if (profileDir) {
      await clientProfiler.stop(join(profileDir, 'first-sync-pc.cpuprofile'));
      await server.profile('stop', join(profileDir, 'first-sync-server.cpuprofile'));
    }
    const heapAfterMB = process.memoryUsage().heapUsed / 1e6;
    if (first.pulled !== rows) throw new Error(`PC B pulled ${first.pulled} of ${rows}`);
    t = process.hrtime.bigint();
    const verified = await b.call('sync.now', { verify: true });
    const verifyMs = ms(t);
    if (verified.checksums !== 'equal') throw new Error(`PC B after its first sync: checksums ${verified.checksums}`);

    // Incremental: 100 edits on A, A syncs, B's sync is timed.
    a = pc('pcA', '김 주무관');
    const samples: number[] = [];
    const pushSamples: number[] = [];
    for (let round = 0; round < INCREMENTAL_ROUNDS; round++) {
      for (let i = 0; i < INCREMENTAL; i++) {
        const id = ids[Math.floor(((i + round / INCREMENTAL_ROUNDS) * ids.length) / INCREMENTAL)]!;
        await a.call('clippings.update', { id, patch: { page: `${round + 2}면 ${i}` } });
      }
      t = process.hrtime.bigint();
      const pushed = await a.call('sync.now', {});
      pushSamples.push(ms(t));
      if (pushed.pushed !== INCREMENTAL) throw new Error(`A pushed ${pushed.pushed} of ${INCREMENTAL} edits`);
      t = process.hrtime.bigint();
      const got = await b.call('sync.now', {});
      samples.push(ms(t));
      if (got.pulled !== INCREMENTAL) throw new Error(`B pulled ${got.pulled} of ${INCREMENTAL} edits`);
    }
    closeCore(a);
    closeCore(b);
    const serverPeakRssMB = await server.close();

    const pcs = await manyPcs(root, data, servers);
    const pouch = await pouchReplicationBench({ records: data.map((v) => ({ id: newId(), ...v })), incremental: INCREMENTAL });

    return {
      rows,
      import: { plainMs: plainImportMs, withSyncMs },
      seedPushMs,
      seedPushCpuMs,
      first: { ms: firstMs, cpuMs: firstCpuMs, loginMs, pulled: first.pulled, verifyMs, heapBeforeMB: heap0 / 1e6, heapAfterMB, rssDeltaMB: (peakRss - rss0) / 1e6, peakRssMB: peakRss / 1e6, serverPeakRssMB },
      incremental: { ms: median(samples), samples, pushMs: median(pushSamples) },
      pcs,
      pouch,
    };
  } finally {
    for (const c of cores.splice(0)) c.close();
    for (const s of servers) await s.close().catch(() => 0);
    rmSync(root, { recursive: true, force: true });
  }
}

async function manyPcs(root: string, data: ReturnType<typeof benchClippings>, servers: ServerProcess[]): Promise<SyncBenchResult['pcs']> {
  const server = await serverProcess(join(root, 'server2'));
  servers.push(server);
  const logins = Array.from({ length: PCS }, (_, i) => `pc${String(i + 1).padStart(2, '0')}`);
  await server.addUsers(logins);
  const base = Math.max(1, Math.min(2000, Math.floor(data.length / PCS)));
  const pcs: Core[] = [];
  const errors: string[] = [];
  const durations: number[][] = [];
  const roundMs: number[] = [];
  try {
    for (const login of logins) {
      const core = createCore({ dataDir: join(root, 'pcs', login), actor: `${login} 주무관` });
      pcs.push(core);
      await core.call('sync.login', { serverUrl: server.url, login, password: PASSWORD });
    }
    // The department's data so far, from the first PC (not timed).
    await importCsv(pcs[0]!, clippingsCsv(data.slice(0, base)), base);
    await pcs[0]!.call('sync.now', {});

    const syncAll = async (opts: { verify?: boolean } = {}) => {
      const start = process.hrtime.bigint();
      const each: number[] = [];
      durations.push(each);
      const reports = await Promise.all(
        pcs.map(async (core) => {
          const t = process.hrtime.bigint();
          const r = await core.invoke('sync.now', opts);
          each.push(ms(t));
          if (!r.ok) errors.push(r.error.message);
          return r.ok ? (r.value as { checksums: string }) : undefined;
        }),
      );
      roundMs.push(ms(start));
      return reports;
    };

    // Round 0: 50 first syncs at once.
    await syncAll();
    const firstSyncMs = roundMs[0]!;
    let fresh = base;
    for (let round = 1; round <= PC_ROUNDS; round++) {
      for (const [i, core] of pcs.entries()) {
        const ids = (await core.call('clippings.list', {})).map((c) => c.id);
        for (let k = 0; k < 2; k++) {
          const id = ids[(i * 7 + round * 13 + k * 31) % ids.length]!;
          await core.call('clippings.update', { id, patch: k === 0 ? { page: `${round}면` } : { reporter: `${logins[i]} 기자` } });
          await core.call('clippings.create', { values: data[fresh++ % data.length]! });
        }
      }
      await syncAll();
    }
    // Everyone's last changes are on the server; then all check against it at once.
    for (const core of pcs) {
      const r = await core.invoke('sync.now', {});
      if (!r.ok) errors.push(r.error.message);
    }
    const reports = await syncAll({ verify: true });
    const notEqual = reports.filter((r) => r?.checksums !== 'equal').length;
    const prints = await Promise.all(pcs.map(fingerprint));
    const distinct = new Set(prints.map((p) => `${p.count}/${p.hash}`));
    const expected = base + PCS * PC_ROUNDS * 2;
    const converged = notEqual === 0 && distinct.size === 1 && prints[0]!.count === expected;
    const convergence =
      `검사합계 일치 ${PCS - notEqual}/${PCS}대, 서로 다른 상태 ${distinct.size}가지` +
      ` (${[...distinct].slice(0, 3).join(', ')}; 기대 건수 ${expected.toLocaleString()})`;
    const syncDurations = durations.slice(1, 1 + PC_ROUNDS).flat(); // round 0 is the first syncs, the last the check
    return {
      count: PCS,
      rounds: PC_ROUNDS,
      base,
      firstSyncMs,
      errors: errors.length,
      errorSamples: [...new Set(errors)].slice(0, 3),
      roundMs: roundMs.slice(1, 1 + PC_ROUNDS),
      verifyRoundMs: roundMs[1 + PC_ROUNDS]!,
      syncP50: percentile(syncDurations, 50),
      syncP95: percentile(syncDurations, 95),
      converged,
      convergence,
    };
  } finally {
    for (const c of pcs) c.close();
    await server.close();
  }
}
