/**
 * 013: the council report's registers (docs/COUNCIL-REPORT.md): 부서 현황 and its 팀·주요업무, 인력,
 * 주요시설 및 장비, 예산현황; 주요사업 and its 사업 내용 and 소요예산. The tables are what createTableSql
 * printed for their definitions (shared/domain/council/), pasted so this step never changes with
 * a definition; the indexes find children by their parent's id and links by name.
 * Never edit this file once landed.
 */
import type { Migration } from './migration.ts';

export const migration013: Migration = {
  version: 13,
  name: 'council-registers',
  up: `
CREATE TABLE profiles (
  id TEXT PRIMARY KEY,
  as_of TEXT NOT NULL,
  office TEXT NOT NULL DEFAULT '',
  department TEXT NOT NULL,
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
CREATE TABLE divisions (
  id TEXT PRIMARY KEY,
  profile_id TEXT,
  name TEXT NOT NULL,
  position INTEGER NOT NULL DEFAULT 0,
  duties TEXT NOT NULL DEFAULT '',
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
CREATE TABLE staffing (
  id TEXT PRIMARY KEY,
  profile_id TEXT,
  staff_group TEXT NOT NULL DEFAULT '',
  grade TEXT NOT NULL DEFAULT '',
  authorized INTEGER NOT NULL DEFAULT 0,
  filled INTEGER NOT NULL DEFAULT 0,
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
CREATE TABLE facilities (
  id TEXT PRIMARY KEY,
  profile_id TEXT,
  kind TEXT NOT NULL DEFAULT '',
  name TEXT NOT NULL,
  position INTEGER NOT NULL DEFAULT 0,
  note TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT '',
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
CREATE TABLE budgets (
  id TEXT PRIMARY KEY,
  profile_id TEXT,
  unit TEXT NOT NULL,
  position INTEGER NOT NULL DEFAULT 0,
  budget INTEGER NOT NULL DEFAULT 0,
  spent INTEGER NOT NULL DEFAULT 0,
  previous INTEGER NOT NULL DEFAULT 0,
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
CREATE TABLE projects (
  id TEXT PRIMARY KEY,
  year INTEGER NOT NULL DEFAULT 0,
  position INTEGER NOT NULL DEFAULT 0,
  name TEXT NOT NULL,
  team TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL DEFAULT '',
  priority INTEGER NOT NULL DEFAULT 0,
  purpose TEXT NOT NULL DEFAULT '',
  budget_form TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL DEFAULT '',
  budget INTEGER NOT NULL DEFAULT 0,
  spent INTEGER NOT NULL DEFAULT 0,
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
CREATE TABLE blocks (
  id TEXT PRIMARY KEY,
  project_id TEXT,
  title TEXT NOT NULL,
  position INTEGER NOT NULL DEFAULT 0,
  body TEXT NOT NULL DEFAULT '',
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
CREATE TABLE funds (
  id TEXT PRIMARY KEY,
  project_id TEXT,
  source TEXT NOT NULL,
  year INTEGER NOT NULL DEFAULT 0,
  amount INTEGER NOT NULL DEFAULT 0,
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
CREATE INDEX profiles_as_of ON profiles (as_of);
CREATE INDEX divisions_profile ON divisions (profile_id);
CREATE INDEX staffing_profile ON staffing (profile_id);
CREATE INDEX facilities_profile ON facilities (profile_id);
CREATE INDEX budgets_profile ON budgets (profile_id);
CREATE INDEX projects_year ON projects (year);
CREATE INDEX projects_name ON projects (name);
CREATE INDEX blocks_project ON blocks (project_id);
CREATE INDEX funds_project ON funds (project_id);
`,
};
