/**
 * 011: 강사 (instructors, docs/TRAINING.md): a personal register of who teaches the classes. The
 * table is what createTableSql printed for its definition (shared/domain/training/instructors.ts),
 * pasted so this step never changes with the definition; the index serves links and suggestions
 * by name. Classes keep their 강사 as text (no class is migrated).
 * Never edit this file once landed.
 */
import type { Migration } from './migration.ts';

export const migration011: Migration = {
  version: 11,
  name: 'instructors',
  up: `
CREATE TABLE instructors (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  phone TEXT NOT NULL DEFAULT '',
  affiliation TEXT NOT NULL DEFAULT '',
  field TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
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
CREATE INDEX instructors_name ON instructors (name);
`,
};
