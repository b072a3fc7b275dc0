/**
 * 001: the foundation — settings, code lists, saved grid views, change history, press releases,
 * press clippings with their search index, and clipping attachments.
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
  version INTEGER NOT NULL DEFAULT 1`;

export const migration001: Migration = {
  version: 1,
  name: 'registers',
  up: `
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE code_items (
  list TEXT NOT NULL,
  code TEXT NOT NULL,
  sort INTEGER NOT NULL,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  PRIMARY KEY (list, code)
) STRICT;

CREATE TABLE saved_views (
  id TEXT PRIMARY KEY,
  grid TEXT NOT NULL,
  name TEXT NOT NULL,
  state TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (grid, name)
) STRICT;

CREATE TABLE history (
  seq INTEGER PRIMARY KEY,
  register TEXT NOT NULL,
  record_id TEXT NOT NULL,
  batch_id TEXT NOT NULL,
  at TEXT NOT NULL,
  by TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'restore')),
  field TEXT NOT NULL DEFAULT '',
  old_value TEXT,
  new_value TEXT
) STRICT;
CREATE INDEX history_record ON history (register, record_id, seq);
CREATE INDEX history_batch ON history (batch_id);

CREATE TABLE releases (
  id TEXT PRIMARY KEY,
  distributed_on TEXT NOT NULL,
  title TEXT NOT NULL,
  department TEXT NOT NULL DEFAULT '',
  contact TEXT NOT NULL DEFAULT '',
  has_photo INTEGER NOT NULL DEFAULT 0 CHECK (has_photo IN (0, 1)),${META}
) STRICT;
CREATE INDEX releases_natural ON releases (distributed_on, title);

CREATE TABLE clippings (
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
  release_id TEXT REFERENCES releases (id),${META}
) STRICT;
CREATE INDEX clippings_natural ON clippings (published_on, outlet, title);
CREATE INDEX clippings_release ON clippings (release_id) WHERE release_id IS NOT NULL;

-- Substring search over the live clippings (FTS5 trigram). Each column is indexed with two
-- trailing spaces so that every occurrence of a 1-2 character query starts some trigram; short
-- queries then become a prefix range over the index's vocabulary (see clippings/search.ts).
-- detail=none (no positions) makes the index a third smaller and faster to build; a term longer
-- than one trigram is matched as all of its trigrams, then checked as a substring.
-- Deleted clippings leave the index, so a match count needs no join. Rowids follow 보도일자
-- (records/row-order.ts), so the index yields newest matches first without sorting.
-- gudesk_bulk_load() is true while an import fills the index in one statement afterwards
-- (FTS5 flushes at every statement savepoint, so per-row trigger inserts are ~5x slower).
CREATE VIRTUAL TABLE clippings_fts USING fts5 (
  title, summary, outlet, reporter,
  content = 'clippings', content_rowid = 'rowid', tokenize = 'trigram', detail = none
);
CREATE VIRTUAL TABLE clippings_fts_terms USING fts5vocab (clippings_fts, 'row');

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

CREATE TABLE attachments (
  id TEXT PRIMARY KEY,
  clipping_id TEXT NOT NULL REFERENCES clippings (id),
  file_name TEXT NOT NULL,
  mime_type TEXT NOT NULL,
  size INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  stored_name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  deleted_at TEXT
) STRICT;
CREATE INDEX attachments_clipping ON attachments (clipping_id);
`,
};
