/**
 * 002: offline sync with the central server (docs/SYNC.md).
 * - Each register row gets the hybrid-logical-clock stamp of its fields: `sync_hlc` (the stamp
 *   most fields share) and `sync_hlcs` (JSON of the fields stamped otherwise). NULL until this
 *   PC first logs in to a server, so a PC that never syncs pays nothing.
 * - `sync_outbox`: changes waiting for the server's acknowledgement, written in the same
 *   transaction as the change itself. AUTOINCREMENT: a sequence number is never reused, even
 *   after every row has been acknowledged and deleted (the server refuses a reused one).
 * - `sync_conflicts`: long texts that lost a concurrent edit, until a person resolves them.
 * - `sync_parked`: records from a newer GuDesk, applied after this one is upgraded.
 * Never edit this file once landed: add a new numbered migration instead.
 */
import type { Migration } from './migration.ts';

export const migration002: Migration = {
  version: 2,
  name: 'sync',
  up: `
ALTER TABLE clippings ADD COLUMN sync_hlc TEXT;
ALTER TABLE clippings ADD COLUMN sync_hlcs TEXT;
ALTER TABLE releases ADD COLUMN sync_hlc TEXT;
ALTER TABLE releases ADD COLUMN sync_hlcs TEXT;

CREATE TABLE sync_state (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  device_id TEXT NOT NULL,
  node TEXT NOT NULL,
  clock TEXT NOT NULL DEFAULT '',
  server_url TEXT,
  server_id TEXT,
  login TEXT,
  user_name TEXT,
  team TEXT,
  role TEXT,
  access_token TEXT,
  access_expires_at INTEGER,
  refresh_token TEXT,
  cursor TEXT,
  last_sync_at TEXT,
  last_error TEXT,
  last_pushed INTEGER NOT NULL DEFAULT 0,
  last_pulled INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE sync_outbox (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  op_id TEXT NOT NULL,
  change TEXT NOT NULL
) STRICT;

CREATE TABLE sync_conflicts (
  register TEXT NOT NULL,
  record_id TEXT NOT NULL,
  field TEXT NOT NULL,
  value TEXT,
  hlc TEXT NOT NULL,
  PRIMARY KEY (register, record_id, field)
) STRICT;

CREATE TABLE sync_parked (
  id INTEGER PRIMARY KEY,
  register TEXT NOT NULL,
  record_id TEXT NOT NULL,
  schema INTEGER NOT NULL,
  record TEXT NOT NULL
) STRICT;
`,
};
