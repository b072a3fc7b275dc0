/**
 * 005: attachment rows sync like a register's records (shared/domain/attachments.ts): the table
 * gets the columns every synced register has (updated_*, deleted_by, version, sync stamps), so
 * the outbox, the pull applier and the checksums cover it without code of their own. The file's
 * place is not synced and not written by any caller: triggers set `stored_name` from the id and the
 * type (the rule of attachments/stored-file.ts) whenever a row is inserted or those change, so a
 * pulled row, however crafted, can only ever name `<id>.<ext>` inside attachments/ (a type GuDesk
 * never stores gives a name that fails that rule, and reading refuses it). A link to a clipping may dangle (another PC deleted it, a page
 * brought the attachment first), so `clipping_id` may be empty like every ref.
 * Rowids and every existing row are kept; a row's last change is its creation or its deletion.
 * Never edit this file once landed: add a new numbered migration instead.
 */
import type { Migration } from './migration.ts';

/** `<id><ext>` of a row (`new.` or a bare table row), as file-type.ts ATTACHMENT_TYPES maps them. */
const storedName = (row: string) => `${row}id || CASE ${row}mime_type
      WHEN 'application/pdf' THEN '.pdf' WHEN 'image/png' THEN '.png' WHEN 'image/jpeg' THEN '.jpg'
      WHEN 'image/gif' THEN '.gif' WHEN 'image/webp' THEN '.webp' WHEN 'image/bmp' THEN '.bmp' ELSE '' END`;

export const migration005: Migration = {
  version: 5,
  name: 'synced-attachments',
  up: `
CREATE TABLE attachments_v5 (
  id TEXT PRIMARY KEY,
  clipping_id TEXT,
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
INSERT INTO attachments_v5 (rowid, id, clipping_id, file_name, mime_type, size, sha256, stored_name, created_at, created_by, updated_at, updated_by, deleted_at, deleted_by)
  SELECT rowid, id, clipping_id, file_name, mime_type, size, sha256, ${storedName('')}, created_at, created_by,
    coalesce(deleted_at, created_at), created_by, deleted_at, CASE WHEN deleted_at IS NULL THEN NULL ELSE created_by END
  FROM attachments;
DROP TABLE attachments;
ALTER TABLE attachments_v5 RENAME TO attachments;
CREATE INDEX attachments_clipping ON attachments (clipping_id, sha256);
CREATE TRIGGER attachments_stored_name_ai AFTER INSERT ON attachments BEGIN
  UPDATE attachments SET stored_name = ${storedName('new.')} WHERE rowid = new.rowid;
END;
CREATE TRIGGER attachments_stored_name_au AFTER UPDATE OF id, mime_type ON attachments BEGIN
  UPDATE attachments SET stored_name = ${storedName('new.')} WHERE rowid = new.rowid;
END;
`,
};
