/**
 * Schema migrations on real database files: each step creates STRICT tables and stamps its
 * version; a file from a newer GuDesk is refused untouched; a failing step leaves the file at the
 * previous whole version; every connection runs in WAL mode with foreign keys enforced.
 */
import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/errors.ts';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../core/db/migrations/index.ts';
import type { Migration } from '../../../core/db/migrations/migration.ts';
import { migrate, schemaVersion } from '../../../core/db/migrate.ts';
import { openDatabase, registerFunctions } from '../../../core/db/open.ts';
import { createCore, DATABASE_FILE } from '../../../core/api/core.ts';
import { tempDir } from '../temp-core.ts';
import { codeRecordId } from '../../../core/settings/code-id.ts';

let dir: string;
let remove: () => void;
const open: Database.Database[] = [];

beforeEach(() => {
  ({ dir, remove } = tempDir('gudesk-migrate-'));
});
afterEach(() => {
  for (const db of open.splice(0)) if (db.open) db.close();
  remove();
});

function rawDb(name = 'test.sqlite'): Database.Database {
  const db = new Database(path.join(dir, name));
  registerFunctions(db);
  open.push(db);
  return db;
}

function tableNames(db: Database.Database): string[] {
  return db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all().map((r) => r.name);
}

/**
 * Ordinary tables a migration's SQL creates (virtual FTS tables cannot be STRICT), by their final
 * names: a table rebuilt as `x_v3` and renamed to `x` counts as `x`.
 */
function createdTables(m: Migration): string[] {
  const renames = new Map(Array.from(m.up.matchAll(/ALTER TABLE (\w+) RENAME TO (\w+)/gi), (x) => [x[1]!, x[2]!] as const));
  return Array.from(m.up.matchAll(/CREATE TABLE (?:IF NOT EXISTS )?(\w+)/gi), (x) => renames.get(x[1]!) ?? x[1]!);
}

/** Tables a migration rebuilds in place (dropped and created again under the same name). */
function rebuiltTables(m: Migration): Set<string> {
  return new Set(Array.from(m.up.matchAll(/ALTER TABLE \w+ RENAME TO (\w+)/gi), (x) => x[1]!));
}

function isStrict(db: Database.Database, table: string): boolean {
  const row = db.prepare<[string], { strict: number }>('SELECT strict FROM pragma_table_list WHERE name = ?').get(table);
  return row?.strict === 1;
}

describe('each migration', () => {
  it('the list is in ascending order without gaps, ending at the schema version app.info reports', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(LATEST_SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  for (const [i, m] of MIGRATIONS.entries()) {
    it(`${String(m.version).padStart(3, '0')}-${m.name}: creates its tables as STRICT and sets user_version ${m.version}`, () => {
      const db = rawDb();
      const before = migrate(db, MIGRATIONS.slice(0, i));
      expect(before).toBe(i);
      const tablesBefore = new Set(tableNames(db));

      expect(migrate(db, MIGRATIONS.slice(0, i + 1))).toBe(m.version);
      expect(schemaVersion(db)).toBe(m.version);
      const created = createdTables(m);
      expect(created.length).toBeGreaterThan(0);
      for (const table of created) {
        if (!rebuiltTables(m).has(table)) expect(tablesBefore.has(table), `${table} existed before`).toBe(false);
        expect(tableNames(db)).toContain(table);
        expect(isStrict(db, table), `${table} is STRICT`).toBe(true);
      }
      // STRICT means a wrong type is refused rather than stored.
      if (created.includes('clippings')) {
        expect(() =>
          db.prepare("INSERT INTO clippings (id, published_on, outlet, title, created_at, created_by, updated_at, updated_by, version) VALUES ('x', '2024-09-02', 'KBS', '제목', 'a', 'b', 'c', 'd', 'one')").run(),
        ).toThrow(/cannot store TEXT value in INTEGER column/);
      }
    });
  }

  it('migrating again is a no-op that keeps the data', () => {
    const file = path.join(dir, DATABASE_FILE);
    const first = openDatabase(file);
    first.prepare("INSERT INTO settings (key, value) VALUES ('actorName', '홍길동')").run();
    first.close();
    const again = openDatabase(file);
    open.push(again);
    expect(schemaVersion(again)).toBe(LATEST_SCHEMA_VERSION);
    expect(again.prepare("SELECT value FROM settings WHERE key = 'actorName'").pluck().get()).toBe('홍길동');
  });
});

describe('003: links without foreign keys', () => {
  it('keeps every clipping, its rowid (search index), its link and its attachments, and drops the constraints', () => {
    const db = rawDb();
    migrate(db, MIGRATIONS.slice(0, 2));
    db.exec(`
      INSERT INTO releases (id, distributed_on, title, created_at, created_by, updated_at, updated_by)
        VALUES ('r1', '2024-09-01', '청년 창업 지원', 'a', 'b', 'c', 'd');
      INSERT INTO clippings (rowid, id, published_on, outlet, title, summary, release_id, created_at, created_by, updated_at, updated_by, sync_hlc)
        VALUES (77, 'c1', '2024-09-02', 'KBS', '금천구 청년 창업 지원 확대', '기사요약문', 'r1', 'a', 'b', 'c', 'd', 'stamp');
      INSERT INTO attachments (id, clipping_id, file_name, mime_type, size, sha256, stored_name, created_at, created_by)
        VALUES ('a1', 'c1', 'scan.png', 'image/png', 3, 'h', 'a1.png', 'a', 'b');
    `);
    const match = (term: string) => db.prepare('SELECT rowid FROM clippings_fts WHERE clippings_fts MATCH ?').pluck().all(term);
    const search = () => match('요약문');
    expect(search()).toEqual([77]);

    migrate(db, MIGRATIONS.slice(0, 3));
    expect(db.prepare("SELECT rowid, release_id, sync_hlc FROM clippings WHERE id = 'c1'").get()).toEqual({ rowid: 77, release_id: 'r1', sync_hlc: 'stamp' });
    expect(db.prepare("SELECT clipping_id FROM attachments WHERE id = 'a1'").pluck().get()).toBe('c1');
    expect(search()).toEqual([77]);
    expect(db.pragma('foreign_key_list(clippings)')).toEqual([]);
    expect(db.pragma('foreign_key_list(attachments)')).toEqual([]);
    // The search triggers came back with the rebuilt table.
    db.prepare("UPDATE clippings SET summary = '디지털 교육' WHERE id = 'c1'").run();
    expect(search()).toEqual([]);
    expect(match('디지털')).toEqual([77]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });
});

describe('004: synced code lists', () => {
  it('copies the codes a clerk saved, each under the id derived from its list and text', () => {
    const db = rawDb();
    migrate(db, MIGRATIONS.slice(0, 3));
    db.exec("INSERT INTO code_items (list, code, sort, active) VALUES ('mediaType', '중앙지', 0, 1), ('mediaType', '구청소식지', 1, 0)");
    migrate(db, MIGRATIONS.slice(0, 4));
    expect(db.prepare('SELECT id, list, code, sort, active FROM codes ORDER BY sort').all()).toEqual([
      { id: codeRecordId('mediaType', '중앙지'), list: 'mediaType', code: '중앙지', sort: 0, active: 1 },
      { id: codeRecordId('mediaType', '구청소식지'), list: 'mediaType', code: '구청소식지', sort: 1, active: 0 },
    ]);
    expect(tableNames(db)).not.toContain('code_items');
    expect(codeRecordId('mediaType', '중앙지')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('005: synced attachments', () => {
  it('keeps every attachment and its rowid, adds the synced columns, and derives the stored name from id and type', () => {
    const db = rawDb();
    migrate(db, MIGRATIONS.slice(0, 4));
    const live = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
    const gone = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c';
    db.exec(`
      INSERT INTO attachments (rowid, id, clipping_id, file_name, mime_type, size, sha256, stored_name, created_at, created_by)
        VALUES (41, '${live}', 'c1', 'scan.png', 'image/png', 3, 'h1', '${live}.png', '2024-09-02T01:00:00.000Z', '김주무관');
      INSERT INTO attachments (rowid, id, clipping_id, file_name, mime_type, size, sha256, stored_name, created_at, created_by, deleted_at)
        VALUES (42, '${gone}', 'c1', 'old.pdf', 'application/pdf', 9, 'h2', '../../etc/passwd', '2024-09-02T01:00:00.000Z', '김주무관', '2024-09-03T01:00:00.000Z');
    `);
    migrate(db, MIGRATIONS.slice(0, 5));
    const rows = db.prepare('SELECT rowid, id, clipping_id, stored_name, updated_at, updated_by, deleted_at, deleted_by, version, sync_hlc FROM attachments ORDER BY rowid').all();
    expect(rows).toEqual([
      { rowid: 41, id: live, clipping_id: 'c1', stored_name: `${live}.png`, updated_at: '2024-09-02T01:00:00.000Z', updated_by: '김주무관', deleted_at: null, deleted_by: null, version: 1, sync_hlc: null },
      // A crafted stored name cannot survive: the name is the id and the type's extension.
      { rowid: 42, id: gone, clipping_id: 'c1', stored_name: `${gone}.pdf`, updated_at: '2024-09-03T01:00:00.000Z', updated_by: '김주무관', deleted_at: '2024-09-03T01:00:00.000Z', deleted_by: '김주무관', version: 1, sync_hlc: null },
    ]);
    // A pulled row names no file: whatever it says, the name is derived (no extension for a type
    // GuDesk never stores, which reading refuses), and no link is needed.
    db.exec(`INSERT INTO attachments (id, clipping_id, file_name, mime_type, sha256, stored_name, created_at, created_by, updated_at, updated_by)
      VALUES ('${live}x', NULL, 'a.html', 'text/html', 'h3', '../../evil', 'a', 'b', 'c', 'd')`);
    expect(db.prepare(`SELECT stored_name FROM attachments WHERE id = '${live}x'`).pluck().get()).toBe(`${live}x`);
    db.exec(`UPDATE attachments SET mime_type = 'image/jpeg' WHERE id = '${live}x'`);
    expect(db.prepare(`SELECT stored_name FROM attachments WHERE id = '${live}x'`).pluck().get()).toBe(`${live}x.jpg`);
  });
});

describe('006: demo records', () => {
  it('adds an empty local list of demo ids and keeps every record as it was', () => {
    const db = rawDb();
    migrate(db, MIGRATIONS.slice(0, 5));
    const before = db.prepare('SELECT count(*) FROM clippings').pluck().get();
    migrate(db, MIGRATIONS.slice(0, 6));
    expect(db.prepare('SELECT count(*) FROM demo_records').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM clippings').pluck().get()).toBe(before);
    db.exec("INSERT INTO demo_records (register, record_id) VALUES ('clippings', 'c1')");
    // One mark per record: seeding twice never counts a record twice.
    expect(() => db.exec("INSERT INTO demo_records (register, record_id) VALUES ('clippings', 'c1')")).toThrow();
  });
});

describe('a database from a newer GuDesk', () => {
  function newerFile(): string {
    const file = path.join(dir, DATABASE_FILE);
    const db = new Database(file);
    db.exec("CREATE TABLE future (x TEXT) STRICT; INSERT INTO future VALUES ('미래 자료');");
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    db.close();
    return file;
  }

  function expectUnchanged(file: string): void {
    const db = new Database(file, { readonly: true });
    open.push(db);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION + 1);
    expect(tableNames(db)).toEqual(['future']);
    expect(db.prepare('SELECT x FROM future').pluck().all()).toEqual(['미래 자료']);
  }

  it('is refused with db_too_new in Korean and left unchanged', () => {
    const file = newerFile();
    let error: unknown;
    try {
      openDatabase(file);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('db_too_new');
    expect((error as AppError).message).toContain('더 새로운 GuDesk');
    expect((error as AppError).message).toContain(`스키마 ${LATEST_SCHEMA_VERSION + 1}`);
    expect((error as AppError).message).toContain('업데이트하세요');
    expectUnchanged(file);
  });

  it('is refused by createCore too (the app cannot start on it), without touching the file', () => {
    const file = newerFile();
    expect(() => createCore({ dataDir: dir })).toThrow(expect.objectContaining({ code: 'db_too_new' }) as Error);
    expectUnchanged(file);
  });
});

describe('a migration that fails half-way', () => {
  const bad: Migration = {
    version: 2,
    name: 'broken',
    up: 'CREATE TABLE half_done (x TEXT) STRICT; INSERT INTO half_done VALUES (1); THIS IS NOT SQL;',
  };

  it('leaves the database at the previous version, without any of its changes', () => {
    const db = rawDb();
    expect(() => migrate(db, [MIGRATIONS[0]!, bad])).toThrow();
    expect(schemaVersion(db)).toBe(1);
    expect(tableNames(db)).not.toContain('half_done');
    expect(tableNames(db)).toContain('clippings');
  });

  it('is retried on the next start once fixed, and the earlier data survives', () => {
    const db = rawDb();
    migrate(db, [MIGRATIONS[0]!]);
    db.prepare("INSERT INTO settings (key, value) VALUES ('actorName', '김주무관')").run();
    expect(() => migrate(db, [MIGRATIONS[0]!, bad])).toThrow();
    const fixed: Migration = { ...bad, up: 'CREATE TABLE half_done (x TEXT) STRICT;' };
    expect(migrate(db, [MIGRATIONS[0]!, fixed])).toBe(2);
    expect(tableNames(db)).toContain('half_done');
    expect(db.prepare("SELECT value FROM settings WHERE key = 'actorName'").pluck().get()).toBe('김주무관');
  });
});

describe('connection settings', () => {
  it('runs in WAL mode with foreign keys on, and the file stays in WAL for the next open', () => {
    const file = path.join(dir, DATABASE_FILE);
    const db = openDatabase(file);
    open.push(db);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    // Links are GuDesk's to check (migration 003): a pulled clipping may arrive before its 보도자료.
    db.prepare(
      `INSERT INTO clippings (id, published_on, outlet, title, release_id, created_at, created_by, updated_at, updated_by)
       VALUES ('c1', '2024-09-02', 'KBS', '제목', 'not-here-yet', 'a', 'b', 'c', 'd')`,
    ).run();
    db.close();
    const plain = new Database(file, { readonly: true });
    open.push(plain);
    expect(plain.pragma('journal_mode', { simple: true })).toBe('wal');
  });

  it('createCore makes the data folder and the database file, and reports the schema version', async () => {
    const dataDir = path.join(dir, '새 폴더', 'GuDesk');
    const core = createCore({ dataDir });
    try {
      const info = await core.call('app.info', {});
      expect(info).toMatchObject({ schemaVersion: LATEST_SCHEMA_VERSION, dataDir, empty: true, counts: { clippings: 0, releases: 0 } });
    } finally {
      core.close();
    }
    const db = new Database(path.join(dataDir, DATABASE_FILE), { readonly: true });
    open.push(db);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
  });
});
