/**
 * The world of one convergence run: the real server (SQLite file, in-process) and several PCs,
 * each a real core on its own data folder, reaching the server through its own FlakyNetwork.
 * Logging in costs a scrypt hash per PC, so the accounts and logged-in PCs are made once
 * (`buildTemplate`) and every run starts from a copy of those folders.
 *
 * Time is simulated on top of the wall clock: `advance` moves the server and every PC forward
 * (tokens expire), and each PC adds its own skew. Every change a PC ever commits to its outbox is
 * also copied by a trigger into `test_outbox_log`, which nothing deletes: the record of every
 * local write for the invariants (convergence-check.ts).
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { startServer, type RunningServer } from '../../../server/main.ts';
import { addUser, withAccounts } from '../../../server/accounts-admin.ts';
import { storedState } from '../../../server/store/records.ts';
import { DEFAULT_FIELD_KEY_FILE, loadServerFieldKey } from '../../../server/store/field-key.ts';
import { openFields as openServerFields } from '../../../server/sync/sensitive-fields.ts';
import { atRest } from '../../../core/personal/at-rest.ts';
import { restoreFrom } from '../../../core/backup/backup.ts';
import { createCore, DATABASE_FILE } from '../../../core/api/core.ts';
import type { Core } from '../../../core/api/core-types.ts';
import type { SyncStep } from '../../../core/sync/engine.ts';
import type { Change } from '../../../shared/sync/protocol.ts';
import { RegisterScope } from '../../../server/sync/scope.ts';
import { SYNCED, SYNCED_NAMES } from '../../../shared/domain/synced.ts';
import { FlakyNetwork } from './flaky-network.ts';

export const PASSWORD = '비밀번호-2024!';
export const TEAM_A = '홍보팀';
export const TEAM_B = '소통팀';
/**
 * The registers the server keeps team-scoped in this world: as in production, every register of
 * personal data (수강생, 강사: only their team and the admin see them), and releases too, so scope is
 * also checked on a register a clerk of every team writes; clippings and the rest are department-wide.
 */
export const TEAM_SCOPED = ['releases', ...SYNCED_NAMES.filter((r) => SYNCED[r].personalData)];

export interface PcSpec {
  login: string;
  team: string;
  /** The account's role on the server: an admin sees every team's records and may 파기. */
  role: 'admin' | 'member';
}

export function pcSpecs(count: number): PcSpec[] {
  const logins = ['kim', 'lee', 'park', 'choi', 'jung', 'kang'];
  // The first half of the PCs in one team, the rest in the other; the last PC is an admin's (of the
  // second team), so 파기 really erases and the admin's all-teams scope is checked. PC0 stays a
  // member: the hostile client logs in as it and is refused as a member is.
  return logins.slice(0, count).map((login, i) => ({ login, team: i < Math.ceil(count / 2) ? TEAM_A : TEAM_B, role: i === count - 1 ? 'admin' : 'member' }));
}

/** The PC an admin works on (destroyTrainee erases there; members are refused). */
export function adminPc(pcs: readonly PcSpec[]): number {
  return pcs.findIndex((p) => p.role === 'admin');
}

export interface Template {
  root: string;
  pcs: PcSpec[];
  remove(): void;
}

const SERVER_DIR = 'server';
const SERVER_DB = 'server.sqlite';

export async function buildTemplate(pcs: PcSpec[]): Promise<Template> {
  const root = mkdtempSync(join(tmpdir(), 'gudesk-conv-template-'));
  const dbUrl = `sqlite:${join(root, SERVER_DIR, SERVER_DB)}`;
  const server = await startServer({ db: dbUrl, dataDir: join(root, SERVER_DIR), port: 0, host: '127.0.0.1', teamScopedRegisters: TEAM_SCOPED });
  try {
    await withAccounts(dbUrl, async (a) => {
      // Members and one admin: convergence-check.ts asks the server's own scope rules (RegisterScope) what each may hold.
      for (const p of pcs) await addUser(a, { login: p.login, name: `${p.login} 주무관`, team: p.team, role: p.role, password: PASSWORD });
    });
    for (const [i, p] of pcs.entries()) {
      const dir = join(root, `pc${i}`);
      const core = createCore({ dataDir: dir, actor: `${p.login} 주무관` });
      await core.call('sync.login', { serverUrl: server.url, login: p.login, password: PASSWORD });
      core.close();
      const db = new Database(join(dir, DATABASE_FILE));
      db.exec(`CREATE TABLE test_outbox_log (n INTEGER PRIMARY KEY, change TEXT NOT NULL);
        CREATE TRIGGER test_outbox_log AFTER INSERT ON sync_outbox BEGIN INSERT INTO test_outbox_log (change) VALUES (new.change); END;
        -- A change stamped by a clock that ran ahead is re-dated before it is sent (future-stamps.ts).
        CREATE TRIGGER test_outbox_redated AFTER UPDATE OF change ON sync_outbox BEGIN UPDATE test_outbox_log SET change = new.change WHERE change = old.change; END;`);
      db.close();
    }
    await seedData(root, pcs);
  } finally {
    await server.close();
  }
  return { root, pcs, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/**
 * What the department already shares when the runs start: a few clippings, and releases of each
 * team, on every PC (so the first actions of a run can already edit the same records).
 */
async function seedData(root: string, pcs: PcSpec[]): Promise<void> {
  const cores = pcs.map((p, i) => createCore({ dataDir: join(root, `pc${i}`), actor: `${p.login} 주무관` }));
  try {
    const bTeam = pcs.findIndex((p) => p.team === TEAM_B);
    for (let i = 1; i <= 3; i++) {
      await cores[0]!.call('clippings.create', { values: { publishedOn: `2024-08-0${i}`, outlet: 'KBS', title: `공유 기사 ${i}`, summary: `공유 요약 ${i}` } });
    }
    for (const [n, owner] of [[1, 0], [2, 0], [3, bTeam], [4, bTeam]] as const) {
      await cores[owner]!.call('releases.create', { values: { distributedOn: `2024-08-0${n}`, title: `공유 보도자료 ${n}`, department: pcs[owner]!.team } });
    }
    // 수강생 PC0's team and the admin hold from the start (team-scoped): offline edits of them race a 파기 (convergence-training.ts).
    for (const [n, name] of ['김공유', '이공유', '박공유'].entries()) {
      await cores[0]!.call('trainees.create', { values: { name, phone: `010-4000-000${n}`, address: '서초동' } });
    }
    for (let round = 0; round < 2; round++) for (const c of cores) await c.call('sync.now', {});
  } finally {
    for (const c of cores) c.close();
  }
}

/** Every table of a SQLite file as text, but `skip` (read-only). */
export function dumpDatabase(file: string, skip: readonly string[] = []): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const tables = db.prepare<[], string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all();
    return tables.filter((t) => !skip.includes(t)).map((name) => `${name}: ${JSON.stringify(db.prepare(`SELECT * FROM "${name}"`).all())}`).join('\n');
  } finally {
    db.close();
  }
}

/** Where a write is made to fail inside its transaction, as if the PC died before the commit. */
export type WriteCrash = 'after-outbox' | 'after-history';

export class Pc {
  core!: Core;
  readonly net = new FlakyNetwork();
  skewMs = 0;
  /** Armed: the next sync dies at this step (engine.ts SyncStep). */
  crashAt: SyncStep | undefined;
  readonly name: string;
  readonly world: World;
  readonly index: number;
  readonly spec: PcSpec;
  readonly dir: string;
  /** The last backup a clerk made on this PC (restoreBackup brings it back). */
  backupFile: string | undefined;
  /** This PC was restored from a backup during the run. */
  restored = false;
  /**
   * Outbox logs of databases a restore replaced: `sure` changes had been acknowledged by the
   * server before the restore; `maybe` ones were still in the outbox (the server may or may not
   * have stored them: a restore drops what it had not sent, by design).
   */
  private readonly archived: { sure: Change[]; maybe: Change[] } = { sure: [], maybe: [] };
  /** Log entries of the restored database up to here came with the backup: they are 'maybe' too. */
  private logFrom = 0;

  constructor(world: World, index: number, spec: PcSpec, dir: string) {
    this.world = world;
    this.index = index;
    this.spec = spec;
    this.dir = dir;
    this.name = `PC${index}(${spec.login}/${spec.team})`;
    this.open();
  }

  now(): number {
    return this.world.now() + this.skewMs;
  }

  open(): void {
    this.core = createCore({
      dataDir: this.dir,
      actor: `${this.spec.login} 주무관`,
      sync: {
        // The network leads to this run's server whatever address the PC stored at login.
        transportFor: () => this.net.transportFor(this.world.url),
        now: () => this.now(),
        onStep: (step) => {
          if (this.crashAt !== step) return;
          this.crashAt = undefined;
          throw new Error(`simulated crash at ${step}`);
        },
        pullPage: 3,
        pushBatch: 4,
      },
    });
  }

  /** The PC dies and starts again on the same data folder. */
  restart(): void {
    this.core.close();
    this.open();
  }

  /** Reads this PC's database on a second, read-only connection. */
  read<T>(fn: (db: Database.Database) => T): T {
    const db = new Database(join(this.dir, DATABASE_FILE), { readonly: true, fileMustExist: true });
    try {
      return fn(db);
    } finally {
      db.close();
    }
  }

  /** The logged changes with their sealed 장애 여부 opened by this PC's key (the outbox holds it sealed, personal/at-rest.ts). */
  private logged(sql: string, ...params: number[]): Change[] {
    return this.read((db) =>
      db.prepare<number[], string>(sql).pluck().all(...params).map((text) => {
        const c = JSON.parse(text) as Change;
        return { ...c, fields: atRest(db).openFields(c.register, c.recordId, c.fields) };
      }));
  }

  /** Every change this PC ever committed to its outbox that the server must have (see maybeCommitted). */
  committed(): Change[] {
    const sure = new Set(this.archived.sure.map((c) => JSON.stringify(c)));
    const current = this.logged('SELECT change FROM test_outbox_log WHERE n > ? ORDER BY n', this.logFrom);
    return [...this.archived.sure, ...current.filter((c) => !sure.has(JSON.stringify(c)))];
  }

  /** Changes a restore may have dropped before they reached the server: the server may hold them or not. */
  maybeCommitted(): Change[] {
    const sure = new Set(this.committed().map((c) => JSON.stringify(c)));
    const restoredLog = this.logged('SELECT change FROM test_outbox_log WHERE n <= ? ORDER BY n', this.logFrom);
    return [...this.archived.maybe, ...restoredLog].filter((c) => !sure.has(JSON.stringify(c)));
  }

  /** The clerk restores `file` (closing the app first, as restore requires) and the app starts again. */
  restoreBackup(file: string): void {
    this.replaceDatabase(() => restoreFrom(this.dir, DATABASE_FILE, file));
    this.restored = true;
  }

  /**
   * A clerk copies `other`'s data folder over this PC's (a cloned disk, a folder copied to a new
   * PC): both now share one device id, one session and one outbox, and this PC's own unsent work
   * is gone, as with a restore.
   */
  copyFolderOf(other: Pc): void {
    other.core.close();
    try {
      this.replaceDatabase(() => {
        rmSync(this.dir, { recursive: true, force: true });
        cpSync(other.dir, this.dir, { recursive: true, filter: (src) => !src.endsWith('.lock') });
      });
    } finally {
      other.open();
    }
    this.restored = true;
  }

  /** Archives this PC's outbox log (acknowledged: sure; unsent: maybe), swaps its database, starts again. */
  private replaceDatabase(swap: () => void): void {
    const log = this.read((db) => db.prepare<[], string>('SELECT change FROM test_outbox_log ORDER BY n').pluck().all());
    const unsent = new Set(this.read((db) => db.prepare<[], string>('SELECT change FROM sync_outbox').pluck().all()));
    // Opened now, by the key this PC has before the swap (a copied folder brings another PC's key).
    const opened = this.logged('SELECT change FROM test_outbox_log ORDER BY n');
    const restoredBefore = this.logFrom;
    for (const [i, c] of log.entries()) {
      const change = opened[i]!;
      const text = JSON.stringify(change);
      // Entries that came with an earlier restored backup stay 'maybe' unless acknowledged since.
      if (unsent.has(c) || (i < restoredBefore && !this.archived.sure.some((x) => JSON.stringify(x) === text))) this.archived.maybe.push(change);
      else this.archived.sure.push(change);
    }
    this.core.close();
    swap();
    this.open();
    this.logFrom = this.read((db) => db.prepare<[], number>('SELECT coalesce(max(n), 0) FROM test_outbox_log').pluck().get() ?? 0);
  }

  /** Every table of this PC's database as text, but the test's own outbox log. */
  dump(): string {
    return dumpDatabase(join(this.dir, DATABASE_FILE), ['test_outbox_log']);
  }

  loggedCount(): number {
    return this.read((db) => db.prepare<[], number>('SELECT count(*) FROM test_outbox_log').pluck().get() ?? 0);
  }

  /** Runs `write` with a trigger that aborts its transaction at `where`. */
  async withWriteCrash<T>(where: WriteCrash, write: () => Promise<T>): Promise<T> {
    const table = where === 'after-outbox' ? 'sync_outbox' : 'history';
    const db = new Database(join(this.dir, DATABASE_FILE));
    try {
      db.exec(`CREATE TRIGGER test_crash AFTER INSERT ON ${table} BEGIN SELECT RAISE(ABORT, 'simulated crash before commit'); END;`);
      return await write();
    } finally {
      db.exec('DROP TRIGGER IF EXISTS test_crash');
      db.close();
    }
  }
}

export class World {
  advanceMs = 0;
  url = '';
  server!: RunningServer;
  readonly pcs: Pc[] = [];

  readonly root: string;

  private constructor(root: string) {
    this.root = root;
  }

  now(): number {
    return Date.now() + this.advanceMs;
  }

  static async open(template: Template): Promise<World> {
    const root = mkdtempSync(join(tmpdir(), 'gudesk-conv-'));
    cpSync(template.root, root, { recursive: true });
    const world = new World(root);
    world.server = await startServer({
      db: `sqlite:${join(root, SERVER_DIR, SERVER_DB)}`, dataDir: join(root, SERVER_DIR), port: 0, host: '127.0.0.1',
      teamScopedRegisters: TEAM_SCOPED, now: () => world.now(),
    });
    world.url = world.server.url;
    template.pcs.forEach((spec, i) => world.pcs.push(new Pc(world, i, spec, join(root, `pc${i}`))));
    return world;
  }

  /** The server's records as stored (its own database, read-only). */
  serverRecords(): Array<{ register: string; record_id: string; team: string; state: string }> {
    const db = new Database(join(this.root, SERVER_DIR, SERVER_DB), { readonly: true, fileMustExist: true });
    // The server seals 장애 여부 with its key file (server/store/field-key.ts): opened as the server does before a merge.
    const fieldKey = loadServerFieldKey(join(this.root, SERVER_DIR, DEFAULT_FIELD_KEY_FILE));
    try {
      return db
        .prepare<[], { register: string; record_id: string; team: string; pulled: string; bases: string }>('SELECT register, record_id, team, pulled, bases FROM records')
        .all()
        .map(({ pulled, bases, ...r }) => {
          const state = storedState(pulled, bases);
          state.fields = openServerFields(fieldKey, r.register, r.record_id, state.fields);
          return { ...r, state: JSON.stringify(state) };
        });
    } finally {
      db.close();
    }
  }

  /**
   * The records the server lets `user` see, by the server's own scope code (server/sync/scope.ts)
   * run on its records table: a member sees its team's records of team-scoped registers and every
   * department-wide one; an admin sees every team's.
   */
  serverScope(user: { team: string; role: string }): Set<string> {
    const scope = new RegisterScope(TEAM_SCOPED).sqlForUser(user);
    const db = new Database(join(this.root, SERVER_DIR, SERVER_DB), { readonly: true, fileMustExist: true });
    try {
      return new Set(db.prepare<unknown[], string>(`SELECT register || '/' || record_id FROM records WHERE ${scope.sql}`).pluck().all(...scope.params));
    } finally {
      db.close();
    }
  }

  /** Every table of the server's database as text (파기: no old value may be left anywhere). */
  serverDump(): string {
    return dumpDatabase(join(this.root, SERVER_DIR, SERVER_DB));
  }

  /** The ids of the 접속기록 entries the server holds, one per row. */
  serverAccessLog(): string[] {
    const db = new Database(join(this.root, SERVER_DIR, SERVER_DB), { readonly: true, fileMustExist: true });
    try {
      return db.prepare<[], string>('SELECT id FROM access_log').pluck().all();
    } finally {
      db.close();
    }
  }

  /** The ids of the server's 접속기록 lines of 파기. */
  serverDestroyLog(): string[] {
    const db = new Database(join(this.root, SERVER_DIR, SERVER_DB), { readonly: true, fileMustExist: true });
    try {
      return db.prepare<[], string>("SELECT id FROM access_log WHERE action = 'destroy'").pluck().all();
    } finally {
      db.close();
    }
  }

  async settle(): Promise<void> {
    await Promise.all(this.pcs.map((p) => p.net.settle()));
  }

  async close(): Promise<void> {
    await this.settle();
    for (const p of this.pcs) p.core.close();
    await this.server.close();
    rmSync(this.root, { recursive: true, force: true });
  }
}
