/**
 * 012: 파기 (destruction of personal data, docs/PERSONAL-DATA.md).
 * - `destroyed_records`: which records had their personal fields erased, when, and the sync stamp
 *   of that erasure ('' when this PC did not sync then). A destroyed record's personal fields can
 *   never be written again, on this PC or through sync.
 * - `access_log` learns the action 'destroy' (one entry per 파기: counts, no names). SQLite cannot
 *   widen a CHECK in place, so the table is rebuilt with every entry and the same append-only
 *   triggers (DROP TABLE fires no DELETE trigger; the entries move over unchanged, seq included).
 * Never edit this file once landed.
 */
import type { Migration } from './migration.ts';

export const migration012: Migration = {
  version: 12,
  name: 'destruction',
  up: `
CREATE TABLE destroyed_records (
  register TEXT NOT NULL,
  record_id TEXT NOT NULL,
  destroyed_at TEXT NOT NULL,
  hlc TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (register, record_id)
) STRICT;

CREATE TABLE access_log_012 (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  login TEXT NOT NULL,
  device_id TEXT NOT NULL,
  pc_name TEXT NOT NULL,
  register TEXT NOT NULL,
  record_id TEXT NOT NULL,
  person TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('open', 'reveal', 'export', 'print', 'destroy')),
  field TEXT NOT NULL,
  reason TEXT NOT NULL,
  count INTEGER NOT NULL CHECK (count >= 1)
) STRICT;
INSERT INTO access_log_012 SELECT seq, id, at, actor, login, device_id, pc_name, register, record_id, person, action, field, reason, count FROM access_log;
DROP TABLE access_log;
ALTER TABLE access_log_012 RENAME TO access_log;
CREATE INDEX access_log_at ON access_log (at);

CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log
BEGIN SELECT RAISE(ABORT, '접속기록은 고칠 수 없습니다.'); END;
CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log
BEGIN SELECT RAISE(ABORT, '접속기록은 지울 수 없습니다.'); END;
CREATE TRIGGER access_log_no_replace BEFORE INSERT ON access_log
WHEN EXISTS (SELECT 1 FROM access_log WHERE id = NEW.id OR seq = NEW.seq)
BEGIN SELECT RAISE(ABORT, '접속기록은 고칠 수 없습니다.'); END;
`,
};
