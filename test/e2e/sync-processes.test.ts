/**
 * Sync with real processes on 127.0.0.1: a `gudesk-server` on a SQLite file, two data folders
 * driven by the `gudesk` CLI (two clerks of one team), and the server SIGKILLed while the first PC
 * is pushing 20,000 imported clippings. The push fails with a Korean message, the PC keeps what the
 * server has not acknowledged, and after a restart on the same file everything converges: no
 * change stored twice, both PCs hold the same records, checksums agree with the server.
 *
 * "In the middle" is decided from the server's own database: the test reads it (read-only) while
 * the push runs and kills the server as soon as the first batch of 1000 is committed, which leaves
 * 19 batches (several seconds) to go. The test then checks that the server really stopped with
 * some but not all of the changes.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncReport, SyncStatus } from '../../shared/domain/sync.ts';
import { benchClippings, clippingsCsv } from '../../bench/fixtures.ts';
import { gudesk, gudeskJson, gudeskServerCommand, killAll, killHard, startGudesk, startGudeskServer, type ServerProcess } from './support/processes.ts';

const ROWS = 20_000;
const BATCH = 1000; // the client's push batch (core/sync/engine.ts)
const PASSWORD = '비밀번호-2024!';

let root: string;
let dbFile: string;
let dirA: string;
let dirB: string;
let server: ServerProcess;
let port: number;
/** Read-only view of the server's SQLite file (WAL: sees only committed transactions). */
let serverDb: Database.Database;

function serverCounts(): { records: number; seq: number; deviceSeq: number } {
  const records = serverDb.prepare<[], number>("SELECT count(*) FROM records WHERE register = 'clippings'").pluck().get() ?? 0;
  const seq = serverDb.prepare<[], number>('SELECT last_seq FROM server_state').pluck().get() ?? 0;
  const deviceSeq = serverDb.prepare<[], number>("SELECT coalesce(max(last_seq), 0) FROM devices WHERE login = 'kim'").pluck().get() ?? 0;
  return { records, seq, deviceSeq };
}

function startServer(portArg: number): Promise<ServerProcess> {
  return startGudeskServer(['--port', String(portArg), '--db', `sqlite:${dbFile}`, '--data-dir', path.join(root, 'server')]);
}

const status = (dir: string) => gudeskJson<SyncStatus>(dir, ['sync-status']);
const sync = (dir: string) => gudeskJson<SyncReport>(dir, ['sync', '--verify']);

/** Live clippings of a data folder as `gudesk list --json` prints them, by id. */
async function clippingsOf(dir: string): Promise<Map<string, string>> {
  const out = await gudesk(dir, ['list', 'clippings', '--json']);
  const rows = out.split('\n').filter((l) => l.trim() !== '');
  return new Map(rows.map((line) => [(JSON.parse(line) as { id: string }).id, line]));
}

/** The first few ids whose records differ between two folders (a readable failure, not a 12 MB diff). */
function differences(a: Map<string, string>, b: Map<string, string>): string[] {
  const out: string[] = [];
  for (const id of new Set([...a.keys(), ...b.keys()])) {
    if (a.get(id) !== b.get(id)) out.push(`${id}\n  A: ${a.get(id) ?? '(없음)'}\n  B: ${b.get(id) ?? '(없음)'}`);
    if (out.length >= 3) break;
  }
  return out;
}

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'gudesk-e2e-sync-'));
  dbFile = path.join(root, 'server', 'gudesk-server.sqlite');
  dirA = path.join(root, 'pc-a');
  dirB = path.join(root, 'pc-b');
  const addUser = (login: string, name: string) =>
    gudeskServerCommand(['--db', `sqlite:${dbFile}`, 'user', 'add', login, '--name', name, '--team', '홍보팀', '--role', 'member', '--password-stdin'], `${PASSWORD}\n`);
  // The first command creates the schema; the second may then run alongside the server's start.
  await addUser('kim', '김 주무관');
  [server] = await Promise.all([startServer(0), addUser('lee', '이 주무관')]);
  port = server.port;
  serverDb = new Database(dbFile, { readonly: true, fileMustExist: true });
});

afterAll(async () => {
  serverDb?.close();
  await killAll();
  if (root) rmSync(root, { recursive: true, force: true });
});

// Generous per-step timeouts: about 30 s in all on an idle 2-core machine, 50-60 s when it is busy.
describe('two PCs, a server process, and a server killed in the middle of a push', { timeout: 90_000 }, () => {
  it('logs both PCs in to the server', async () => {
    const [a, b] = await Promise.all([
      gudesk(dirA, ['login', '--server', server.url, '--user', 'kim', '--password-stdin'], `${PASSWORD}\n`),
      gudesk(dirB, ['login', '--server', server.url, '--user', 'lee', '--password-stdin'], `${PASSWORD}\n`),
    ]);
    expect(a).toContain('로그인했습니다: 김 주무관 (홍보팀, 직원)');
    expect(b).toContain('로그인했습니다: 이 주무관 (홍보팀');
  });

  it(`imports ${ROWS} clippings on PC A, to be sent`, async () => {
    const csv = path.join(root, '언론보도.csv');
    writeFileSync(csv, clippingsCsv(benchClippings(ROWS)));
    const out = await gudesk(dirA, ['import', 'clippings', csv]);
    expect(out).toContain(`추가: ${ROWS}건`);
    expect((await status(dirA)).pending).toBe(ROWS);
  });

  let pendingAfterKill = 0;

  it('fails the push in Korean when the server is killed mid-push, and keeps what was not acknowledged', async () => {
    const push = startGudesk(dirA, ['sync', '--json']);
    let exited = false;
    void push.done.then(() => (exited = true));
    // Kill as soon as the server has committed the first batch; the CLI needs several seconds for the rest.
    const deadline = Date.now() + 30_000;
    while (serverCounts().deviceSeq < BATCH) {
      if (exited) throw new Error(`동기화가 서버를 멈추기 전에 끝났습니다:\n${JSON.stringify(push.output())}`);
      if (Date.now() > deadline) throw new Error(`서버가 30초 안에 첫 묶음을 저장하지 않았습니다:\n${JSON.stringify(push.output())}`);
      await new Promise((r) => setTimeout(r, 5));
    }
    const killed = await killHard(server);
    expect(killed.signal).toBe('SIGKILL');

    const atKill = serverCounts();
    expect(atKill.deviceSeq).toBeGreaterThanOrEqual(BATCH);
    expect(atKill.deviceSeq).toBeLessThan(ROWS); // really in the middle
    expect(atKill.records).toBe(atKill.deviceSeq); // a batch is stored whole, with its ack, or not at all

    const r = await push.done;
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`오류: 동기화 서버(http://127.0.0.1:${port})에 연결하지 못했습니다. 네트워크를 확인하세요. 입력한 자료는 이 PC에 남아 있다가 연결되면 보내집니다.`);

    const s = await status(dirA);
    pendingAfterKill = s.pending;
    // Everything the server has not stored is still queued; at most one stored batch was not acknowledged yet.
    expect(s.pending).toBeGreaterThanOrEqual(ROWS - atKill.deviceSeq);
    expect(s.pending).toBeLessThanOrEqual(ROWS - atKill.deviceSeq + BATCH);
    expect(s.lastError).toContain('연결하지 못했습니다');
  });

  it('sends the rest after the server restarts on the same file, storing each change once', async () => {
    server = await startServer(port);
    expect(server.url).toBe(`http://127.0.0.1:${port}`);
    const report = await sync(dirA);
    expect(report).toMatchObject({ pushed: pendingAfterKill, conflicts: 0, checksums: 'equal' });
    expect(await status(dirA)).toMatchObject({ pending: 0, lastError: null });
    // No change applied twice: one server seq per record, the device's last seq is the last change.
    expect(serverCounts()).toEqual({ records: ROWS, seq: ROWS, deviceSeq: ROWS });
  });

  it('gives PC B everything, and B\'s edits reach A; both hold the same records as the server', async () => {
    const first = await sync(dirB);
    expect(first).toMatchObject({ pushed: 0, pulled: ROWS, checksums: 'equal' });
    const [edited, removed, editedOnA] = serverDb.prepare<[], string>('SELECT record_id FROM records ORDER BY record_id LIMIT 3').pluck().all();

    // B: an edit, a delete and a new clipping; A (meanwhile): an edit of another clipping.
    const onB = (async () => {
      await gudesk(dirB, ['set', 'clippings', edited!, '논조=부정', '기자=박기자']);
      await gudesk(dirB, ['delete', 'clippings', removed!]);
      return (await gudesk(dirB, ['add', 'clippings', '보도일자=2026.11.21', '매체명=연합뉴스', '제목=금천구, 동기화 종단 간 시험 기사'])).trim();
    })();
    const [added] = await Promise.all([onB, gudesk(dirA, ['set', 'clippings', editedOnA!, '지면=A12면'])]);

    expect(await sync(dirB)).toMatchObject({ pushed: 3, conflicts: 0, checksums: 'equal' });
    expect(await sync(dirA)).toMatchObject({ pushed: 1, pulled: 3, conflicts: 0, checksums: 'equal' });
    expect(await sync(dirB)).toMatchObject({ pushed: 0, pulled: 1, checksums: 'equal' });

    const [a, b] = await Promise.all([clippingsOf(dirA), clippingsOf(dirB)]);
    expect(differences(a, b)).toEqual([]);
    expect(a.size).toBe(ROWS); // one deleted, one added
    expect(JSON.parse(a.get(edited!)!)).toMatchObject({ tone: '부정', reporter: '박기자'});
    expect(a.has(removed!)).toBe(false);
    expect(JSON.parse(a.get(added)!)).toMatchObject({ outlet: '연합뉴스', title: '금천구, 동기화 종단 간 시험 기사' });
    expect(JSON.parse(b.get(editedOnA!)!)).toMatchObject({ page: 'A12면' });
    // The server holds every record once (the deleted one as a tombstone).
    expect(serverCounts().records).toBe(ROWS + 1);
    for (const s of await Promise.all([status(dirA), status(dirB)])) expect(s).toMatchObject({ pending: 0, conflicts: 0, lastError: null });
  });
});
