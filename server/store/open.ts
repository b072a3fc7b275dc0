/**
 * Opens the database named by `--db`: `sqlite:FILE` (the default, one file in the data folder,
 * nothing to set up) or `postgres://…` / `postgresql://…`. Brings the schema up to date and makes
 * sure the database has its own server id and clock.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { formatHlc, initialHlc } from '../../shared/sync/hlc.ts';
import { migrate } from './migrate.ts';
import { PgDriver } from './pg-driver.ts';
import { SqliteDriver } from './sqlite-driver.ts';
import type { SqlDriver } from './driver.ts';

export function defaultDbUrl(dataDir: string): string {
  return `sqlite:${resolve(dataDir, 'gudesk-server.sqlite')}`;
}

/** The driver for a database address, without migrating it (openDatabase does that). */
export function driverFor(url: string): SqlDriver {
  if (/^postgres(ql)?:\/\//.test(url)) return new PgDriver(url);
  if (url.startsWith('sqlite:')) {
    const file = resolve(url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, ''));
    mkdirSync(dirname(file), { recursive: true });
    return new SqliteDriver(file);
  }
  throw new Error(`데이터베이스 주소를 알 수 없습니다: ${url} (sqlite:파일 또는 postgres://… 형식)`);
}

/** The HLC node id of the server: derived from its id, so it is stable across restarts. */
export function serverNode(serverId: string): string {
  return serverId.replace(/-/g, '').slice(0, 16);
}

export async function openDatabase(url: string): Promise<{ db: SqlDriver; serverId: string }> {
  const db = driverFor(url);
  try {
    await migrate(db);
    const fresh = randomUUID();
    await db.transaction(async (tx) => {
      await tx.run('INSERT INTO server_state (id, server_id, clock, last_seq) VALUES (1, ?, ?, 0) ON CONFLICT (id) DO NOTHING', [
        fresh, formatHlc(initialHlc(serverNode(fresh))),
      ]);
    });
    const row = await db.get<{ server_id: string }>('SELECT server_id FROM server_state WHERE id = 1');
    return { db, serverId: row!.server_id };
  } catch (e) {
    await db.close().catch(() => undefined);
    throw e;
  }
}
