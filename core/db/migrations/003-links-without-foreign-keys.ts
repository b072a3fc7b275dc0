/**
 * 003: links between records are checked by GuDesk, not by SQLite foreign keys, and pulled
 * records that fail validation are set aside.
 * - A pull page arrives in the server's order, not in parent-before-child order: a clipping can
 *   come before the 보도자료 it links to, or link to one that was deleted on another PC or lies
 *   outside this user's scope. With `REFERENCES releases (id)` such a page failed with
 *   'FOREIGN KEY constraint failed' and a PC joining late could never sync. The tables are rebuilt
 *   without the constraints (SQLite cannot drop one in place); rowids are kept, so the search
 *   index (content_rowid) stays valid. A link to a record this PC does not hold is shown as such
 *   and listed in 확인할 항목 (records/review-items.ts).
 * - `sync_quarantine`: pulled records that do not pass the register's rules (another PC's bad
 *   data must never block a page); an admin sees and clears them.
 * Never edit this file once landed: add a new numbered migration instead.
 */
import type { Migration } from './migration.ts';

const META = `
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  deleted_at TEXT,
  deleted_by TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  sync_hlc TEXT,
  sync_hlcs TEXT`;

const CLIPPING_COLUMNS = `id, published_on, outlet, media_type, title, reporter, page, url, department, tone, summary, tags,
  release_id, created_at, created_by, updated_at, updated_by, deleted_at, deleted_by, version, sync_hlc, sync_hlcs`;

const ATTACHMENT_COLUMNS = 'id, clipping_id, file_name, mime_type, size, sha256, stored_name, created_at, created_by, deleted_at';

export const migration003: Migration = {
  version: 3,
  name: 'links-without-foreign-keys',
  up: `
CREATE TABLE attachments_v3 (
  id TEXT PRIMARY KEY,
  clipping_id TEXT NOT NULL,
  file_name TEXT NOT NULL,
  mime_type TEXT NOT NULL,
  size INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  stored_name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  deleted_at TEXT
) STRICT;
INSERT INTO attachments_v3 (rowid, ${ATTACHMENT_COLUMNS}) SELECT rowid, ${ATTACHMENT_COLUMNS} FROM attachments;
DROP TABLE attachments;

CREATE TABLE clippings_v3 (
  id TEXT PRIMARY KEY,
  published_on TEXT NOT NULL,
  outlet TEXT NOT NULL,
  media_type TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL,
  reporter TEXT NOT NULL DEFAULT '',
  page TEXT NOT NULL DEFAULT '',
  url TEXT NOT NULL DEFAULT '',
  department TEXT NOT NULL DEFAULT '',
  tone TEXT NOT NULL DEFAULT '중립' CHECK (tone IN ('긍정', '중립', '부정')),
  summary TEXT NOT NULL DEFAULT '',
  tags TEXT NOT NULL DEFAULT '[]',
  release_id TEXT,${META}
) STRICT;
INSERT INTO clippings_v3 (rowid, ${CLIPPING_COLUMNS}) SELECT rowid, ${CLIPPING_COLUMNS} FROM clippings;
DROP TABLE clippings;
ALTER TABLE clippings_v3 RENAME TO clippings;
ALTER TABLE attachments_v3 RENAME TO attachments;

CREATE INDEX clippings_natural ON clippings (published_on, outlet, title);
CREATE INDEX clippings_release ON clippings (release_id) WHERE release_id IS NOT NULL;
CREATE INDEX attachments_clipping ON attachments (clipping_id);

CREATE TRIGGER clippings_ai AFTER INSERT ON clippings
WHEN new.deleted_at IS NULL AND NOT gudesk_bulk_load() BEGIN
  INSERT INTO clippings_fts (rowid, title, summary, outlet, reporter)
    VALUES (new.rowid, new.title || '  ', new.summary || '  ', new.outlet || '  ', new.reporter || '  ');
END;
CREATE TRIGGER clippings_ad AFTER DELETE ON clippings WHEN old.deleted_at IS NULL BEGIN
  INSERT INTO clippings_fts (clippings_fts, rowid, title, summary, outlet, reporter)
    VALUES ('delete', old.rowid, old.title || '  ', old.summary || '  ', old.outlet || '  ', old.reporter || '  ');
END;
CREATE TRIGGER clippings_au AFTER UPDATE ON clippings
WHEN old.rowid != new.rowid OR old.deleted_at IS NOT new.deleted_at OR old.title != new.title
  OR old.summary != new.summary OR old.outlet != new.outlet OR old.reporter != new.reporter BEGIN
  INSERT INTO clippings_fts (clippings_fts, rowid, title, summary, outlet, reporter)
    SELECT 'delete', old.rowid, old.title || '  ', old.summary || '  ', old.outlet || '  ', old.reporter || '  '
    WHERE old.deleted_at IS NULL;
  INSERT INTO clippings_fts (rowid, title, summary, outlet, reporter)
    SELECT new.rowid, new.title || '  ', new.summary || '  ', new.outlet || '  ', new.reporter || '  '
    WHERE new.deleted_at IS NULL;
END;

CREATE TABLE sync_quarantine (
  id INTEGER PRIMARY KEY,
  register TEXT NOT NULL,
  record_id TEXT NOT NULL,
  reason TEXT NOT NULL,
  record TEXT NOT NULL,
  received_at TEXT NOT NULL,
  UNIQUE (register, record_id)
) STRICT;
`,
};
