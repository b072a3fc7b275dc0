/**
 * 010: a sensitive field's column holds ciphertext (personal/at-rest.ts: 'enc1:…'), which a
 * STRICT INTEGER column refuses, so 수강생's 장애 여부 becomes TEXT. The table is rebuilt (SQLite
 * cannot change a column's type) with its rows, its index and its rowids; each value is copied
 * as '0'/'1' text. A migration has no key (the key is outside the database, and in the window only
 * the OS can open it), so it does not encrypt: the first open with the key seals every plaintext
 * value left in the column, the history and the outbox (personal/seal-plaintext.ts), and until
 * then reads accept the plaintext. Never edit this file once landed.
 */
import type { Migration } from './migration.ts';

export const migration010: Migration = {
  version: 10,
  name: 'sealed-sensitive-columns',
  up: `
CREATE TABLE trainees_v10 (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  phone TEXT NOT NULL DEFAULT '',
  birth_date TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL DEFAULT '',
  address TEXT NOT NULL DEFAULT '',
  disability TEXT NOT NULL DEFAULT '',
  consent_on TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  deleted_at TEXT,
  deleted_by TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  sync_hlc TEXT,
  sync_hlcs TEXT
) STRICT;
INSERT INTO trainees_v10 (rowid, id, name, phone, birth_date, kind, address, disability, consent_on, created_at, created_by, updated_at, updated_by, deleted_at, deleted_by, version, sync_hlc, sync_hlcs)
  SELECT rowid, id, name, phone, birth_date, kind, address, CAST(disability AS TEXT), consent_on, created_at, created_by, updated_at, updated_by, deleted_at, deleted_by, version, sync_hlc, sync_hlcs FROM trainees;
DROP TABLE trainees;
ALTER TABLE trainees_v10 RENAME TO trainees;
CREATE INDEX trainees_name ON trainees (name);
`,
};
