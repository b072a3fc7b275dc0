/**
 * The two databases every storage test runs against: SQLite in a temp folder, and PostgreSQL
 * when GUDESK_TEST_PG names a role that may create databases (.ci/run sets it up; a developer
 * laptop without it skips those tests, saying so once).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface TestDb {
  url: string;
  /** A folder for the server's data (update feed; the SQLite file for the SQLite backend). */
  dataDir: string;
  drop(): Promise<void>;
}

export interface Backend {
  name: 'SQLite' | 'PostgreSQL';
  available: boolean;
  createDb(): Promise<TestDb>;
}

const PG_URL = process.env.GUDESK_TEST_PG;
// Printed once per test file (each runs in its own process), so a skipped half is never silent.
if (!PG_URL) {
  console.warn('⚠ GUDESK_TEST_PG가 설정되지 않아 서버 테스트의 PostgreSQL 부분을 건너뜁니다 (CI는 .ci/run이 설정합니다).');
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'gudesk-server-test-'));
}

async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const sqlite: Backend = {
  name: 'SQLite',
  available: true,
  createDb() {
    const dataDir = tempDir();
    return Promise.resolve({ url: `sqlite:${join(dataDir, 'gudesk-server.sqlite')}`, dataDir, drop: () => Promise.resolve(rmSync(dataDir, { recursive: true, force: true })) });
  },
};

const postgres: Backend = {
  name: 'PostgreSQL',
  available: PG_URL !== undefined,
  async createDb() {
    const name = `gudesk_t_${process.pid}_${randomBytes(4).toString('hex')}`;
    await withAdmin((c) => c.query(`CREATE DATABASE ${name}`));
    const url = new URL(PG_URL!);
    url.pathname = `/${name}`;
    const dataDir = tempDir();
    return {
      url: url.toString(),
      dataDir,
      async drop() {
        await withAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  },
};

export const BACKENDS: readonly Backend[] = [sqlite, postgres];
