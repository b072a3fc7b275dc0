/**
 * SQLite through better-sqlite3: one file, WAL, no set-up. Two connections: writes go through one
 * connection, one at a time (a transaction may await between statements, so a second writer on the
 * same connection would join it); reads outside a transaction use the other connection, which in
 * WAL mode sees only committed data and is never blocked by the writer.
 */
import Database from 'better-sqlite3';
import type { Database as Db, Statement } from 'better-sqlite3';
import { Queue } from './driver.ts';
import type { SqlDriver, SqlExecutor, SqlValue } from './driver.ts';

function open(file: string): Db {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  // Another process (the `user add` CLI while the server runs) may hold the write lock briefly.
  db.pragma('busy_timeout = 10000');
  db.pragma('foreign_keys = ON');
  return db;
}

/** Prepared statements cached per SQL text: the same few queries run thousands of times. */
class Connection implements SqlExecutor {
  private readonly statements = new Map<string, Statement>();
  readonly db: Db;
  constructor(db: Db) {
    this.db = db;
  }

  private prepare(sql: string): Statement {
    let st = this.statements.get(sql);
    if (!st) {
      st = this.db.prepare(sql);
      this.statements.set(sql, st);
    }
    return st;
  }

  all<T>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    return Promise.resolve(this.prepare(sql).all(...params) as T[]);
  }
  get<T>(sql: string, params: readonly SqlValue[] = []): Promise<T | undefined> {
    return Promise.resolve(this.prepare(sql).get(...params) as T | undefined);
  }
  run(sql: string, params: readonly SqlValue[] = []): Promise<number> {
    return Promise.resolve(this.prepare(sql).run(...params).changes);
  }
  exec(sql: string): Promise<void> {
    this.db.exec(sql);
    return Promise.resolve();
  }
}

export class SqliteDriver implements SqlDriver {
  readonly dialect = 'sqlite';
  private readonly writer: Connection;
  private readonly reader: Connection;
  private readonly writes = new Queue();

  constructor(file: string) {
    this.writer = new Connection(open(file));
    this.reader = new Connection(open(file));
  }

  all<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]> {
    return this.reader.all<T>(sql, params);
  }
  get<T>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined> {
    return this.reader.get<T>(sql, params);
  }
  run(sql: string, params?: readonly SqlValue[]): Promise<number> {
    return this.writes.run(() => this.writer.run(sql, params));
  }
  exec(sql: string): Promise<void> {
    return this.writes.run(() => this.writer.exec(sql));
  }

  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    return this.writes.run(async () => {
      this.writer.db.exec('BEGIN IMMEDIATE');
      try {
        const result = await fn(this.writer);
        this.writer.db.exec('COMMIT');
        return result;
      } catch (e) {
        if (this.writer.db.inTransaction) this.writer.db.exec('ROLLBACK');
        throw e;
      }
    });
  }

  close(): Promise<void> {
    // Let queued writes finish before the connections go.
    return this.writes.run(() => {
      this.reader.db.close();
      this.writer.db.close();
      return Promise.resolve();
    });
  }
}
