/**
 * The one seam between the server and its database. SQL is written once with `?` placeholders and
 * portable syntax (INSERT … ON CONFLICT, no RETURNING quirks); each driver adapts placeholders and
 * value types. Only the DDL in migrations.ts differs per dialect.
 */

export type SqlValue = string | number | null;
export type Dialect = 'sqlite' | 'postgres';

export interface SqlExecutor {
  all<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  get<T>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined>;
  /** Returns the number of rows changed. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
  /** Several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface SqlDriver extends SqlExecutor {
  readonly dialect: Dialect;
  /**
   * Runs `fn` in one write transaction: committed if it resolves, rolled back if it throws.
   * Write transactions never overlap (SQLite: an in-process queue; PostgreSQL: an advisory lock
   * held until commit, which also serialises several server processes on one database). That is
   * what makes record seqs commit in the order they are handed out, so a pull cursor never skips
   * a seq that commits later.
   */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Runs async jobs one at a time, in arrival order. */
export class Queue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(job: () => Promise<T>): Promise<T> {
    const result = this.tail.then(job, job);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
