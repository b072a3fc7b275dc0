/**
 * The one sync_state row: this PC's device id and clock, the server it syncs with, its session
 * tokens and cursor, and what the status bar shows (last sync, last error, counts).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { Db } from '../db/open.ts';
import type { Session } from '../../shared/sync/protocol.ts';
import { updateFeedPolicy } from '../settings/update-feed-policy.ts';

export interface SyncStateRow {
  device_id: string;
  node: string;
  clock: string;
  server_url: string | null;
  server_id: string | null;
  login: string | null;
  user_name: string | null;
  team: string | null;
  role: string | null;
  access_token: string | null;
  access_expires_at: number | null;
  refresh_token: string | null;
  cursor: string | null;
  last_sync_at: string | null;
  last_error: string | null;
  last_pushed: number;
  last_pulled: number;
}

export function syncStateRepository(db: Db) {
  const read = db.prepare<[], SyncStateRow>('SELECT * FROM sync_state WHERE id = 1');
  const create = db.prepare('INSERT OR IGNORE INTO sync_state (id, device_id, node) VALUES (1, ?, ?)');
  const setClock = db.prepare('UPDATE sync_state SET clock = ? WHERE id = 1');
  const setSession = db.prepare(
    `UPDATE sync_state SET server_url = @serverUrl, server_id = @serverId, login = @login, user_name = @name, team = @team,
       role = @role, access_token = @accessToken, access_expires_at = @accessExpiresAt, refresh_token = @refreshToken WHERE id = 1`,
  );
  const setCursor = db.prepare('UPDATE sync_state SET cursor = ? WHERE id = 1');
  const setResult = db.prepare(
    'UPDATE sync_state SET last_sync_at = @at, last_error = @error, last_pushed = @pushed, last_pulled = @pulled WHERE id = 1',
  );
  const setError = db.prepare('UPDATE sync_state SET last_error = ? WHERE id = 1');
  const clearSession = db.prepare(
    'UPDATE sync_state SET access_token = NULL, access_expires_at = NULL, refresh_token = NULL WHERE id = 1',
  );
  const expireAccess = db.prepare('UPDATE sync_state SET access_expires_at = 0 WHERE id = 1');
  const feedPolicy = updateFeedPolicy(db);
  const newDevice = db.prepare('UPDATE sync_state SET device_id = ?, cursor = NULL, server_id = NULL WHERE id = 1');

  return {
    get(): SyncStateRow | undefined {
      return read.get();
    },
    /** The row, created with a fresh device id and clock node on first use. */
    ensure(): SyncStateRow {
      create.run(randomUUID(), randomBytes(8).toString('hex'));
      return read.get()!;
    },
    saveClock(stamp: string): void {
      setClock.run(stamp);
    },
    saveSession(serverUrl: string, s: Pick<Session, 'accessToken' | 'accessExpiresAt' | 'refreshToken' | 'user' | 'serverId' | 'updateFeedUrl'>): void {
      setSession.run({
        serverUrl, serverId: s.serverId, login: s.user.login, name: s.user.name, team: s.user.team, role: s.user.role,
        accessToken: s.accessToken, accessExpiresAt: s.accessExpiresAt, refreshToken: s.refreshToken,
      });
      // The department's update feed comes with every session (settings/update-feed-policy.ts).
      feedPolicy.save(s.updateFeedUrl);
    },
    saveCursor(cursor: string | null): void {
      setCursor.run(cursor);
    },
    saveResult(r: { at: string; error: string | null; pushed: number; pulled: number }): void {
      setResult.run(r);
    },
    saveError(message: string | null): void {
      setError.run(message);
    },
    logout(): void {
      clearSession.run();
    },
    /** The server refused the access token: the next request refreshes it first. */
    expireAccessToken(): void {
      expireAccess.run();
    },
    /** A different server: this PC is a new device there, and pulls everything from the start. */
    renewDevice(): string {
      const id = randomUUID();
      newDevice.run(id);
      return id;
    },
  };
}

export type SyncStateRepository = ReturnType<typeof syncStateRepository>;
