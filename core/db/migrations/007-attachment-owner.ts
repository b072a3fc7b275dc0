/**
 * 007: attachments belong to a clipping or a release (shared/domain/attachments.ts): a
 * `release_id` link beside `clipping_id` (exactly one is set on a row this version writes; a link
 * may dangle like every ref), an index to list a release's files, and the stored-name triggers of
 * 005 again (the table is rebuilt like in 005, rowids, stamps and stored names kept) with the 한/글 types (.hwp, .hwpx) that attachments/file-type.ts now recognises, so a
 * row of those types is stored as `<id>.hwp` and not refused as a name without extension.
 * Existing rows keep everything (their owner is their clipping). A row already stamped for sync
 * gets the empty stamp for releaseId ('a field the server never had', record-stamps.ts), so its
 * checksum still matches the server's copy, which was pushed without that field.
 * Never edit this file once landed: add a new numbered migration instead.
 */
import type { Migration } from './migration.ts';

/** `<id><ext>` of a row, as file-type.ts ATTACHMENT_TYPES maps them. */
const storedName = (row: string) => `${row}id || CASE ${row}mime_type
      WHEN 'application/pdf' THEN '.pdf' WHEN 'image/png' THEN '.png' WHEN 'image/jpeg' THEN '.jpg'
      WHEN 'image/gif' THEN '.gif' WHEN 'image/webp' THEN '.webp' WHEN 'image/bmp' THEN '.bmp'
      WHEN 'application/x-hwp' THEN '.hwp' WHEN 'application/hwp+zip' THEN '.hwpx' ELSE '' END`;

// Version 6 while it is the only migration after 005 (the list has no gaps); renumbered at merge.
export const migration007: Migration = {
  version: 7,
  name: 'attachment-owner',
  up: `
CREATE TABLE attachments_v7 (
  id TEXT PRIMARY KEY,
  clipping_id TEXT,
  release_id TEXT,
  file_name TEXT NOT NULL,
  mime_type TEXT NOT NULL,
  size INTEGER NOT NULL DEFAULT 0,
  sha256 TEXT NOT NULL,
  stored_name TEXT NOT NULL DEFAULT '',
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
INSERT INTO attachments_v7 (rowid, id, clipping_id, release_id, file_name, mime_type, size, sha256, stored_name, created_at, created_by, updated_at, updated_by, deleted_at, deleted_by, version, sync_hlc, sync_hlcs)
  SELECT rowid, id, clipping_id, NULL, file_name, mime_type, size, sha256, stored_name, created_at, created_by, updated_at, updated_by, deleted_at, deleted_by, version, sync_hlc,
    CASE WHEN sync_hlc IS NULL THEN sync_hlcs ELSE json_set(coalesce(sync_hlcs, '{}'), '$.releaseId', '') END
  FROM attachments;
DROP TABLE attachments;
ALTER TABLE attachments_v7 RENAME TO attachments;
CREATE INDEX attachments_clipping ON attachments (clipping_id, sha256);
CREATE INDEX attachments_release ON attachments (release_id, sha256);
CREATE TRIGGER attachments_stored_name_ai AFTER INSERT ON attachments BEGIN
  UPDATE attachments SET stored_name = ${storedName('new.')} WHERE rowid = new.rowid;
END;
CREATE TRIGGER attachments_stored_name_au AFTER UPDATE OF id, mime_type ON attachments BEGIN
  UPDATE attachments SET stored_name = ${storedName('new.')} WHERE rowid = new.rowid;
END;
`,
};
