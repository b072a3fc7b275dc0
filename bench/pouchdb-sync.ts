/**
 * The peer to beat for GuDesk's sync: the same records replicated by PouchDB from a PouchDB server
 * (express-pouchdb) on loopback to a fresh client PouchDB — a new PC's first sync — then the next
 * replication after `incremental` documents changed on the server.
 *
 * Tuning, so the peer is a fair one and not a strawman:
 * - The server runs in its own worker thread, as a real server runs apart from the PC: client and
 *   server do not queue on one event loop, and each gets a core of the 2-core machine.
 * - Both sides use PouchDB's Node storage, LevelDB (leveldown, files in a temp folder), as GuDesk's
 *   client and server keep theirs on disk. `adapter: 'memory'` (memdown) is there for comparison.
 * - batch_size 1000 (PouchDB's default is 100): 100 rounds of _changes + _revs_diff + _bulk_get for
 *   100,000 docs instead of 1,000. One run each at 100,000 rows, leveldb, on the 2-core machine:
 *   250 → 20.2 s, 1000 → 16.9 s, 2000 → 20.6 s, 5000 → 19.0 s (and at 10,000 rows the default 100 took
 *   3.4 s against 2.7 s). Bigger batches gain nothing and hold more in memory. `batchSize` overrides it.
 *   batches_limit stays at PouchDB's 10 (batches fetched ahead while earlier ones are written).
 * - express-pouchdb's own 'minimumForPouchDB' route set (it has _bulk_get and _revs_diff, so the
 *   client fetches whole batches, not one GET per doc) with its stock gzip middleware; turning gzip off
 *   made no difference on loopback (17.1 s).
 * - Default checkpointing (both sides), as PouchDB does in an app, so the incremental run is a real
 *   resume from the first sync's checkpoint.
 *
 * `node bench/pouchdb-sync.ts --rows 100000 [--incremental 100] [--adapter leveldb|memory] [--batch 1000]`
 */
import http from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import PouchDB from 'pouchdb-core';
import httpAdapter from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';
import leveldbAdapter from 'pouchdb-adapter-leveldb';
import memoryAdapter from 'pouchdb-adapter-memory';
import expressPouchDB from 'express-pouchdb';

export type PouchAdapter = 'leveldb' | 'memory';

export interface PouchBenchOptions {
  records: Array<Record<string, unknown> & { id: string }>;
  /** Documents changed on the server before the second (incremental) replication; default 100, 0 skips it. */
  incremental?: number;
  /** Storage on both sides; default 'leveldb'. */
  adapter?: PouchAdapter;
  /** Replication batch_size; default 1000 (see the header). */
  batchSize?: number;
}

export interface PouchBenchResult {
  firstSyncMs: number;
  incrementalMs?: number;
  docs: number;
  notes: string;
  /**
   * Main-thread V8 heap after the first sync (the caller's records plus the client PouchDB), and the
   * process's peak RSS sampled every 50 ms (client, server worker and LevelDB caches together).
   */
  memory: { clientHeapMB: number; peakRssMB: number };
}

const WORKER_ROLE = 'gudesk-pouchdb-bench-server';
const LOAD_CHUNK = 5000;

const versions = (() => {
  const require = createRequire(import.meta.url);
  const version = (name: string) => (require(`${name}/package.json`) as { version: string }).version;
  return `PouchDB ${version('pouchdb-core')}, express-pouchdb ${version('express-pouchdb')}, leveldown ${version('leveldown')}`;
})();

const Pouch = PouchDB.plugin(httpAdapter).plugin(replication).plugin(leveldbAdapter).plugin(memoryAdapter);

type Doc = Record<string, unknown> & { _id: string; _rev?: string };

type ToServer =
  | { type: 'load'; docs: Doc[] }
  | { type: 'modify'; count: number }
  | { type: 'close' };

type FromServer =
  | { type: 'ready'; port: number }
  | { type: 'loaded'; ms: number; docCount: number }
  | { type: 'modified'; ids: string[] }
  | { type: 'closed' }
  | { type: 'error'; message: string };

interface ServerData {
  role: typeof WORKER_ROLE;
  adapter: PouchAdapter;
  dir: string;
}

/** Runs in the worker: an express-pouchdb server on 127.0.0.1 with one database, `bench`. */
async function runServer(data: ServerData): Promise<void> {
  const port = parentPort!;
  const ServerPouch = Pouch.defaults({ adapter: data.adapter, prefix: data.dir + path.sep });
  const app = expressPouchDB(ServerPouch, {
    mode: 'minimumForPouchDB',
    inMemoryConfig: true,
    logPath: path.join(data.dir, 'log.txt'),
  });
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const db = new ServerPouch<Record<string, unknown>>('bench');

  const handle = async (msg: ToServer): Promise<FromServer> => {
    if (msg.type === 'load') {
      const start = performance.now();
      for (let i = 0; i < msg.docs.length; i += LOAD_CHUNK) {
        const res = await db.bulkDocs(msg.docs.slice(i, i + LOAD_CHUNK));
        const failed = res.find((r) => 'error' in r && r.error);
        if (failed) throw new Error(`bulkDocs: ${JSON.stringify(failed)}`);
      }
      const info = await db.info();
      return { type: 'loaded', ms: performance.now() - start, docCount: info.doc_count };
    }
    if (msg.type === 'modify') {
      // Spread the edits over the whole id range, as edits made on other PCs would be.
      const all = await db.allDocs();
      const total = all.rows.length;
      const count = Math.min(msg.count, total);
      const keys = Array.from({ length: count }, (_, i) => all.rows[Math.floor((i * total) / count)]!.key);
      const got = await db.allDocs({ keys, include_docs: true });
      const stamp = new Date().toISOString();
      const edited = got.rows.map((row) => {
        if (!('doc' in row) || !row.doc) throw new Error(`modify: ${row.key} missing`);
        const doc: Doc = { ...row.doc };
        if (typeof doc.title === 'string') doc.title = `${doc.title} (수정)`;
        doc.updatedAt = stamp;
        doc.version = typeof doc.version === 'number' ? doc.version + 1 : 2;
        return doc;
      });
      const res = await db.bulkDocs(edited);
      const failed = res.find((r) => 'error' in r && r.error);
      if (failed) throw new Error(`modify bulkDocs: ${JSON.stringify(failed)}`);
      return { type: 'modified', ids: keys };
    }
    await db.close();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    return { type: 'closed' };
  };

  port.on('message', (msg: ToServer) => {
    handle(msg).then(
      (reply) => {
        port.postMessage(reply);
        if (reply.type === 'closed') port.close();
      },
      (err: unknown) => port.postMessage({ type: 'error', message: err instanceof Error ? err.stack ?? err.message : String(err) }),
    );
  });
  port.postMessage({ type: 'ready', port: (server.address() as AddressInfo).port } satisfies FromServer);
}

if (!isMainThread && (workerData as ServerData | undefined)?.role === WORKER_ROLE) {
  await runServer(workerData as ServerData);
}

/** The main thread's side of the worker: one request at a time, each answered by one message. */
function serverClient(worker: Worker) {
  const waiting: Array<{ resolve: (m: FromServer) => void; reject: (e: Error) => void }> = [];
  const fail = (err: Error) => {
    for (const w of waiting.splice(0)) w.reject(err);
  };
  worker.on('message', (msg: FromServer) => {
    const w = waiting.shift();
    if (!w) return;
    if (msg.type === 'error') w.reject(new Error(`PouchDB server: ${msg.message}`));
    else w.resolve(msg);
  });
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`PouchDB server worker exited (${code})`)));
  const next = () => new Promise<FromServer>((resolve, reject) => waiting.push({ resolve, reject }));
  return {
    next,
    send(msg: ToServer): Promise<FromServer> {
      const reply = next();
      worker.postMessage(msg);
      return reply;
    },
  };
}

function expect<T extends FromServer['type']>(msg: FromServer, type: T): Extract<FromServer, { type: T }> {
  if (msg.type !== type) throw new Error(`PouchDB server: expected ${type}, got ${msg.type}`);
  return msg as Extract<FromServer, { type: T }>;
}

export async function pouchReplicationBench(opts: PouchBenchOptions): Promise<PouchBenchResult> {
  const adapter = opts.adapter ?? 'leveldb';
  const batchSize = opts.batchSize ?? 1000;
  const incremental = opts.incremental ?? 100;
  const dir = mkdtempSync(path.join(tmpdir(), 'gudesk-pouch-'));
  mkdirSync(path.join(dir, 'server'));
  mkdirSync(path.join(dir, 'client'));
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);

  const worker = new Worker(new URL(import.meta.url), {
    workerData: { role: WORKER_ROLE, adapter, dir: path.join(dir, 'server') } satisfies ServerData,
  });
  const server = serverClient(worker);
  let remote: PouchDB.Database | undefined;
  let local: PouchDB.Database | undefined;
  try {
    const { port } = expect(await server.next(), 'ready');

    // Load the server (not timed). The record's id becomes the document's _id.
    const docs: Doc[] = opts.records.map(({ id, ...rest }) => ({ _id: id, ...rest }));
    const loaded = expect(await server.send({ type: 'load', docs }), 'loaded');
    if (loaded.docCount !== opts.records.length) {
      throw new Error(`server holds ${loaded.docCount} docs, expected ${opts.records.length} (duplicate ids?)`);
    }

    remote = new Pouch(`http://127.0.0.1:${port}/bench`, { skip_setup: true });
    local = new Pouch(path.join(dir, 'client', 'pc'), { adapter });
    const replicateOpts = { batch_size: batchSize, batches_limit: 10 };

    // First sync to a new PC.
    let start = performance.now();
    const first = await Pouch.replicate(remote, local, replicateOpts);
    const firstSyncMs = performance.now() - start;
    const localInfo = await local.info();
    if (!first.ok || localInfo.doc_count !== opts.records.length) {
      throw new Error(`first sync: ok=${first.ok}, client holds ${localInfo.doc_count} of ${opts.records.length} docs`);
    }
    const clientHeapMB = process.memoryUsage().heapUsed / 1e6;

    // Incremental: `incremental` docs changed on the server, then the next replication (resumes from the checkpoint).
    let incrementalMs: number | undefined;
    let incrementalWritten = 0;
    if (incremental > 0) {
      const modified = expect(await server.send({ type: 'modify', count: incremental }), 'modified');
      start = performance.now();
      const second = await Pouch.replicate(remote, local, replicateOpts);
      incrementalMs = performance.now() - start;
      incrementalWritten = second.docs_written;
      if (!second.ok || second.docs_written !== modified.ids.length) {
        throw new Error(`incremental sync: ok=${second.ok}, wrote ${second.docs_written} of ${modified.ids.length} changed docs`);
      }
    }

    const notes =
      `${versions}: pouchdb-core + adapter-http + replication, adapter ${adapter} on both sides, replicating from ` +
      `express-pouchdb (minimumForPouchDB mode, own worker thread) on 127.0.0.1; batch_size ${batchSize}, ` +
      `batches_limit 10; server loaded in ${loaded.ms.toFixed(0)} ms (not timed)` +
      (incremental > 0 ? `; incremental wrote ${incrementalWritten} changed docs` : '');
    return {
      firstSyncMs,
      ...(incrementalMs === undefined ? {} : { incrementalMs }),
      docs: localInfo.doc_count,
      notes,
      memory: { clientHeapMB, peakRssMB: peakRss / 1e6 },
    };
  } finally {
    clearInterval(sampler);
    await remote?.close().catch(() => {});
    await local?.close().catch(() => {});
    await server.send({ type: 'close' }).catch(() => {});
    await worker.terminate();
    rmSync(dir, { recursive: true, force: true });
  }
}

// A worker's entry module also sees import.meta.main === true: without isMainThread the server
// worker would start a bench of its own.
if (import.meta.main && isMainThread) {
  const { parseArgs } = await import('node:util');
  const { benchClippings } = await import('./fixtures.ts');
  const { newId } = await import('../core/records/ids.ts');
  const { values } = parseArgs({
    options: {
      rows: { type: 'string', default: '100000' },
      incremental: { type: 'string', default: '100' },
      adapter: { type: 'string', default: 'leveldb' },
      batch: { type: 'string', default: '1000' },
    },
  });
  const adapter = values.adapter === 'memory' ? 'memory' : 'leveldb';
  const records = benchClippings(Number(values.rows)).map((v) => ({ id: newId(), ...v }));
  const r = await pouchReplicationBench({ records, incremental: Number(values.incremental), adapter, batchSize: Number(values.batch) });
  console.log(`[PouchDB 복제] 언론보도 ${r.docs.toLocaleString()}건`);
  console.log(`  첫 동기화(새 PC): ${r.firstSyncMs.toFixed(0)} ms`);
  if (r.incrementalMs !== undefined) console.log(`  증분 동기화(${values.incremental}건 변경): ${r.incrementalMs.toFixed(0)} ms`);
  console.log(`  메모리: 클라이언트 힙 ${r.memory.clientHeapMB.toFixed(0)} MB, 프로세스 최대 RSS ${r.memory.peakRssMB.toFixed(0)} MB`);
  console.log(`  ${r.notes}`);
}
