/**
 * 008: 접속기록 (access log), append-only. Triggers refuse UPDATE and DELETE — and an INSERT that
 * would replace an entry (INSERT OR REPLACE deletes without firing delete triggers) — so no code,
 * and nobody with an SQL shell short of dropping the triggers, edits or removes an entry.
 * `seq` orders entries for sending; what the server has acknowledged is the mark in
 * `access_log_sent` (the log's own rows never change). Never edit this file once landed.
 */
import type { Migration } from './migration.ts';

export const migration008: Migration = {
  version: 8,
  name: 'access-log',
  up: `
CREATE TABLE access_log (
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
  action TEXT NOT NULL CHECK (action IN ('open', 'reveal', 'export', 'print')),
  field TEXT NOT NULL,
  reason TEXT NOT NULL,
  count INTEGER NOT NULL CHECK (count >= 1)
) STRICT;
CREATE INDEX access_log_at ON access_log (at);

CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log
BEGIN SELECT RAISE(ABORT, '접속기록은 고칠 수 없습니다.'); END;
CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log
BEGIN SELECT RAISE(ABORT, '접속기록은 지울 수 없습니다.'); END;
CREATE TRIGGER access_log_no_replace BEFORE INSERT ON access_log
WHEN EXISTS (SELECT 1 FROM access_log WHERE id = NEW.id OR seq = NEW.seq)
BEGIN SELECT RAISE(ABORT, '접속기록은 고칠 수 없습니다.'); END;

CREATE TABLE access_log_sent (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  through_seq INTEGER NOT NULL
) STRICT;
INSERT INTO access_log_sent (id, through_seq) VALUES (1, 0);
`,
};
