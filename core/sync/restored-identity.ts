/**
 * A restored backup is an older copy of this PC, so it must not sync as the PC it was: its
 * outbox's sequence numbers were already used on the server (they would be refused or, worse,
 * taken for ops already stored), and its session tokens belong to a session that may have ended.
 * The restored database therefore takes a new sync identity before it is put in place:
 *   - a new device id and HLC node (the clock keeps its time, so later edits still order after
 *     everything the backup holds);
 *   - no session: the clerk logs in again, and that login counts as this PC's first (no server
 *     remembered), so the full-state logic (full-state.ts queueAll, which keeps the stamps each
 *     record has) sends everything the PC holds, and the cleared cursor pulls everything the
 *     server has: edits made after the backup come back, and win where they are newer;
 *   - an empty outbox: what it held is in the records themselves and is sent again that way.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { formatHlc, parseHlc } from '../../shared/sync/hlc.ts';

export function takeNewSyncIdentity(db: Database.Database): void {
  const row = db.prepare<[], { clock: string }>('SELECT clock FROM sync_state WHERE id = 1').get();
  db.transaction(() => {
    db.exec("DELETE FROM sync_outbox; DELETE FROM sqlite_sequence WHERE name = 'sync_outbox'");
    if (!row) return; // never synced: the first use creates a fresh identity anyway
    const node = randomBytes(8).toString('hex');
    const old = parseHlc(row.clock);
    db.prepare(
      `UPDATE sync_state SET device_id = ?, node = ?, clock = ?, server_url = NULL, server_id = NULL, login = NULL,
         user_name = NULL, team = NULL, role = NULL, access_token = NULL, access_expires_at = NULL, refresh_token = NULL,
         cursor = NULL, last_sync_at = NULL, last_error = NULL, last_pushed = 0, last_pulled = 0 WHERE id = 1`,
    ).run(randomUUID(), node, old ? formatHlc({ ...old, node }) : '');
  })();
}

/** What a backup file must never carry: the session's tokens (whoever holds the file could sync as the clerk). */
export function forgetSessionTokens(db: Database.Database): void {
  db.prepare('UPDATE sync_state SET access_token = NULL, access_expires_at = NULL, refresh_token = NULL').run();
}
