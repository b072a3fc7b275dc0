/**
 * 006: the ids of the 예시 데이터 records (api/seed-demo.ts), kept on this PC only: sync leaves them
 * out (demo/demo-records.ts), and 설정 > 예시 데이터 removes exactly them. A record stays demo
 * when a clerk edits it; a table rather than a column so no register's shape changes.
 * Never edit this file once landed: add a new numbered migration instead.
 */
import type { Migration } from './migration.ts';

export const migration006: Migration = {
  version: 6,
  name: 'demo-records',
  up: `
CREATE TABLE demo_records (
  register TEXT NOT NULL,
  record_id TEXT NOT NULL,
  PRIMARY KEY (register, record_id)
) STRICT;
`,
};
