/**
 * 004: code lists (매체구분 …) as a synced list: one row per code with the columns every synced
 * register has (metadata, history, sync stamps), so the department's PCs share one list and merge
 * edits code by code. A code's id is derived from its list and text (gudesk_code_id, the same
 * function the app uses), so the same code added on two PCs is one record. The rows a clerk saved
 * before are copied; a list never saved keeps its built-in defaults until the first save.
 * Never edit this file once landed: add a new numbered migration instead.
 */
import type { Migration } from './migration.ts';

export const migration004: Migration = {
  version: 4,
  name: 'synced-code-lists',
  up: `
CREATE TABLE codes (
  id TEXT PRIMARY KEY,
  list TEXT NOT NULL,
  code TEXT NOT NULL,
  sort INTEGER NOT NULL DEFAULT 0,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
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
CREATE INDEX codes_list ON codes (list, code);
INSERT INTO codes (id, list, code, sort, active, created_at, created_by, updated_at, updated_by)
  SELECT gudesk_code_id(list, code), list, code, sort, active,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), '설정', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), '설정'
  FROM code_items;
DROP TABLE code_items;
`,
};
