/**
 * PostgreSQL through a `pg` Pool, for a district that outgrows one machine (docs/SERVER.md).
 * Write transactions take one advisory lock first, so they run one after another across every
 * server process on the database: seqs are handed out and committed in the same order, and two
 * pushes to one record never interleave (no row-lock deadlocks to retry).
 */
import pg from 'pg';
import type { PoolClient } from 'pg';
import type { SqlDriver, SqlExecutor, SqlValue } from './driver.ts';

/** 'gude' — the one lock every GuDesk write transaction holds until commit. */
const WRITE_LOCK_KEY = 0x67756465;

// BIGINT (epoch ms, seqs) as numbers: every value we store stays below 2^53.
const INT8_OID = 20;
const types = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === INT8_OID ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

const converted = new Map<string, string>();
/** `?` → `$1, $2 …` (our SQL never has a question mark inside a string literal). */
function toPg(sql: string): string {
  let out = converted.get(sql);
  if (out === undefined) {
    let n = 0;
    out = sql.replace(/\?/g, () => `$${++n}`);
    converted.set(sql, out);
  }
  return out;
}

class ClientExecutor implements SqlExecutor {
  private readonly client: pg.Pool | PoolClient;
  constructor(client: pg.Pool | PoolClient) {
    this.client = client;
  }
  async all<T>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    const r = await this.client.query(toPg(sql), params as SqlValue[]);
    return r.rows as T[];
  }
  async get<T>(sql: string, params: readonly SqlValue[] = []): Promise<T | undefined> {
    return (await this.all<T>(sql, params))[0];
  }
  async run(sql: string, params: readonly SqlValue[] = []): Promise<number> {
    const r = await this.client.query(toPg(sql), params as SqlValue[]);
    return r.rowCount ?? 0;
  }
  async exec(sql: string): Promise<void> {
    await this.client.query(sql);
  }
}

export class PgDriver implements SqlDriver {
  readonly dialect = 'postgres';
  private readonly pool: pg.Pool;
  private readonly direct: ClientExecutor;

  constructor(connectionString: string) {
    this.pool = new pg.Pool({ connectionString, types, max: 20 });
    // A connection the database dropped while idle must not take the server down.
    this.pool.on('error', () => undefined);
    this.direct = new ClientExecutor(this.pool);
  }

  all<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]> {
    return this.direct.all<T>(sql, params);
  }
  get<T>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined> {
    return this.direct.get<T>(sql, params);
  }
  run(sql: string, params?: readonly SqlValue[]): Promise<number> {
    return this.direct.run(sql, params);
  }
  exec(sql: string): Promise<void> {
    return this.direct.exec(sql);
  }

  async transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK_KEY]);
      const result = await fn(new ClientExecutor(client));
      await client.query('COMMIT');
      return result;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      client.release();
    }
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}
