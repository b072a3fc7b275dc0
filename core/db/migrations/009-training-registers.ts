/**
 * 009: the 정보화교육 registers (docs/TRAINING.md): 교육과정, 교육장, 교육반, 교육회차, 수강생,
 * 수강신청, 출석. The tables are what createTableSql printed for their definitions
 * (shared/domain/training/), pasted so this step never changes with a definition; the indexes
 * serve links by name and the parent/child rules (children found by their parent's id).
 * Never edit this file once landed.
 */
import type { Migration } from './migration.ts';

export const migration009: Migration = {
  version: 9,
  name: 'training-registers',
  up: `
CREATE TABLE courses (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL DEFAULT '',
  subject_group TEXT NOT NULL DEFAULT '',
  audience TEXT NOT NULL DEFAULT '',
  hours INTEGER NOT NULL DEFAULT 0,
  fee INTEGER NOT NULL DEFAULT 0,
  pass_rate INTEGER NOT NULL DEFAULT 0,
  description TEXT NOT NULL DEFAULT '',
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
CREATE TABLE venues (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL DEFAULT '',
  seats INTEGER NOT NULL DEFAULT 0,
  address TEXT NOT NULL DEFAULT '',
  rooms TEXT NOT NULL DEFAULT '[]',
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
CREATE TABLE classes (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  course_id TEXT,
  venue_id TEXT,
  room TEXT NOT NULL DEFAULT '',
  instructor TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT '',
  start_on TEXT NOT NULL,
  end_on TEXT NOT NULL DEFAULT '',
  weekdays TEXT NOT NULL DEFAULT '[]',
  starts_at TEXT NOT NULL DEFAULT '',
  ends_at TEXT NOT NULL DEFAULT '',
  capacity INTEGER NOT NULL DEFAULT 0,
  wait_capacity INTEGER NOT NULL DEFAULT 0,
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
CREATE TABLE sessions (
  id TEXT PRIMARY KEY,
  class_id TEXT,
  held_on TEXT NOT NULL,
  starts_at TEXT NOT NULL DEFAULT '',
  ends_at TEXT NOT NULL DEFAULT '',
  room TEXT NOT NULL DEFAULT '',
  topic TEXT NOT NULL DEFAULT '',
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
CREATE TABLE trainees (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  phone TEXT NOT NULL DEFAULT '',
  birth_date TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL DEFAULT '',
  address TEXT NOT NULL DEFAULT '',
  disability INTEGER NOT NULL DEFAULT 0,
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
CREATE TABLE enrolments (
  id TEXT PRIMARY KEY,
  class_id TEXT,
  trainee_id TEXT,
  applied_at TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT '',
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
CREATE TABLE attendance (
  id TEXT PRIMARY KEY,
  session_id TEXT,
  enrolment_id TEXT,
  mark TEXT NOT NULL DEFAULT '',
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
CREATE INDEX courses_name ON courses (name);
CREATE INDEX venues_name ON venues (name);
CREATE INDEX classes_name ON classes (name);
CREATE INDEX classes_course ON classes (course_id);
CREATE INDEX classes_venue ON classes (venue_id);
CREATE INDEX sessions_class ON sessions (class_id);
CREATE INDEX trainees_name ON trainees (name);
CREATE INDEX enrolments_class ON enrolments (class_id);
CREATE INDEX enrolments_trainee ON enrolments (trainee_id);
CREATE INDEX attendance_session ON attendance (session_id);
CREATE INDEX attendance_enrolment ON attendance (enrolment_id);
`,
};
