/**
 * The server's schema, as one ordered list that serves both databases. Each migration is applied
 * once, in its own transaction, and recorded in schema_version; a migration has one SQL text per
 * dialect only where the types differ (SQLite STRICT tables vs PostgreSQL BIGINT). Add new
 * migrations at the end; never edit one that has shipped.
 */
import type { Dialect } from './driver.ts';

export interface Migration {
  version: number;
  name: string;
  sql: Record<Dialect, string>;
}

/** Integer wide enough for epoch ms and seqs; the STRICT suffix where the dialect has it. */
function ddl(template: (int: string, strict: string) => string): Record<Dialect, string> {
  return { sqlite: template('INTEGER', ' STRICT'), postgres: template('BIGINT', '') };
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'accounts, devices, tokens, records',
    sql: ddl((int, strict) => `
      CREATE TABLE server_state (
        id ${int} PRIMARY KEY CHECK (id = 1),
        server_id TEXT NOT NULL,
        clock TEXT NOT NULL,
        last_seq ${int} NOT NULL
      )${strict};
      CREATE TABLE users (
        login TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        team TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('admin', 'member', 'viewer')),
        password_hash TEXT NOT NULL,
        created_at ${int} NOT NULL,
        disabled ${int} NOT NULL DEFAULT 0
      )${strict};
      CREATE TABLE devices (
        id TEXT PRIMARY KEY,
        login TEXT NOT NULL REFERENCES users (login),
        name TEXT NOT NULL,
        last_seq ${int} NOT NULL DEFAULT 0,
        created_at ${int} NOT NULL,
        last_seen_at ${int} NOT NULL
      )${strict};
      CREATE TABLE access_tokens (
        token_hash TEXT PRIMARY KEY,
        device_id TEXT NOT NULL REFERENCES devices (id),
        expires_at ${int} NOT NULL
      )${strict};
      CREATE INDEX access_tokens_device ON access_tokens (device_id);
      CREATE TABLE refresh_tokens (
        token_hash TEXT PRIMARY KEY,
        device_id TEXT NOT NULL REFERENCES devices (id),
        created_at ${int} NOT NULL,
        expires_at ${int} NOT NULL,
        used_at ${int}
      )${strict};
      CREATE INDEX refresh_tokens_device ON refresh_tokens (device_id);
      CREATE TABLE records (
        register TEXT NOT NULL,
        record_id TEXT NOT NULL,
        team TEXT NOT NULL,
        seq ${int} NOT NULL,
        schema ${int} NOT NULL,
        state TEXT NOT NULL,
        pulled TEXT NOT NULL,
        PRIMARY KEY (register, record_id)
      )${strict};
      CREATE UNIQUE INDEX records_seq ON records (seq);
    `),
  },
  {
    // A refresh whose reply was lost is retried with the same token; telling that apart from a
    // stolen copy needs to know whether the tokens issued by the first try were ever used.
    version: 2,
    name: 'which access token came with a refresh token, and whether it was used',
    sql: ddl((int) => `
      ALTER TABLE access_tokens ADD COLUMN used ${int} NOT NULL DEFAULT 0;
      ALTER TABLE refresh_tokens ADD COLUMN access_hash TEXT;
    `),
  },
  {
    // A seq that comes again is acknowledged only if it is the same op: a PC restored from an
    // older backup, or two PCs sharing one device id, reuse seqs for other ops, and those must be
    // refused, not silently taken for stored. Op ids are known from `ops_from` on (a device
    // registered before this migration: from its next seq). Records stored before pushes were
    // checked, and failing the register's rules now, are moved aside into `quarantine` for an
    // admin; `checked_rules` names the rules the stored records were last checked against.
    version: 3,
    name: 'op ids per device seq, quarantined records, rules the records were checked against',
    sql: ddl((int, strict) => `
      CREATE TABLE device_ops (
        device_id TEXT NOT NULL,
        seq ${int} NOT NULL,
        op_id TEXT NOT NULL,
        PRIMARY KEY (device_id, seq)
      )${strict};
      ALTER TABLE devices ADD COLUMN ops_from ${int} NOT NULL DEFAULT 1;
      UPDATE devices SET ops_from = last_seq + 1;
      CREATE TABLE quarantine (
        register TEXT NOT NULL,
        record_id TEXT NOT NULL,
        team TEXT NOT NULL,
        schema ${int} NOT NULL,
        state TEXT NOT NULL,
        reason TEXT NOT NULL,
        found_at ${int} NOT NULL,
        PRIMARY KEY (register, record_id)
      )${strict};
      ALTER TABLE server_state ADD COLUMN checked_rules TEXT NOT NULL DEFAULT '';
    `),
  },
  {
    // A record's fields and stamps were held twice, in `state` and in `pulled` (the record as a
    // pull sends it): two to four KiB a row, one row per page, 400 MB for 100,000 clippings, and a
    // push of them spent most of its time writing. `pulled` holds fields and stamps already (its
    // packed stamps unpack to the same per-field stamps), so only the long-text bases stay beside
    // it, in `bases` (records.ts storedState puts the two together again).
    version: 4,
    name: 'records keep their fields and stamps once, in pulled; beside it only the long-text bases',
    sql: {
      sqlite: `
        ALTER TABLE records RENAME COLUMN state TO bases;
        UPDATE records SET bases = COALESCE(json_extract(bases, '$.bases'), '{}');
      `,
      postgres: `
        ALTER TABLE records RENAME COLUMN state TO bases;
        UPDATE records SET bases = COALESCE((bases::json -> 'bases')::text, '{}');
      `,
    },
  },
  {
    // 접속기록 sent by the PCs (shared/sync/access-log.ts): append-only. A resend is ignored by
    // id (SQLite: a trigger drops an INSERT of a known id, so not even INSERT OR REPLACE can
    // overwrite one); UPDATE, DELETE (and on PostgreSQL TRUNCATE) are refused by triggers, for
    // this server's code and anyone with a database shell alike. Kept at least two years: no code
    // of the server deletes an entry.
    version: 5,
    name: 'access log, append-only',
    sql: {
      sqlite: `
        CREATE TABLE access_log (
          id TEXT PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, login TEXT NOT NULL, device_id TEXT NOT NULL,
          pc_name TEXT NOT NULL, register TEXT NOT NULL, record_id TEXT NOT NULL, person TEXT NOT NULL,
          action TEXT NOT NULL CHECK (action IN ('open', 'reveal', 'export', 'print')), field TEXT NOT NULL,
          reason TEXT NOT NULL, count INTEGER NOT NULL, sent_by TEXT NOT NULL, team TEXT NOT NULL, received_at INTEGER NOT NULL
        ) STRICT;
        CREATE INDEX access_log_at ON access_log (at);
        CREATE TRIGGER access_log_once BEFORE INSERT ON access_log
        WHEN EXISTS (SELECT 1 FROM access_log WHERE id = NEW.id) BEGIN SELECT RAISE(IGNORE); END;
        CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log BEGIN SELECT RAISE(ABORT, '접속기록은 고칠 수 없습니다.'); END;
        CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log BEGIN SELECT RAISE(ABORT, '접속기록은 지울 수 없습니다.'); END;
      `,
      postgres: `
        CREATE TABLE access_log (
          id TEXT PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, login TEXT NOT NULL, device_id TEXT NOT NULL,
          pc_name TEXT NOT NULL, register TEXT NOT NULL, record_id TEXT NOT NULL, person TEXT NOT NULL,
          action TEXT NOT NULL CHECK (action IN ('open', 'reveal', 'export', 'print')), field TEXT NOT NULL,
          reason TEXT NOT NULL, count BIGINT NOT NULL, sent_by TEXT NOT NULL, team TEXT NOT NULL, received_at BIGINT NOT NULL
        );
        CREATE INDEX access_log_at ON access_log (at);
        CREATE FUNCTION access_log_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION '접속기록은 고치거나 지울 수 없습니다.'; END; $$;
        CREATE TRIGGER access_log_no_change BEFORE UPDATE OR DELETE ON access_log FOR EACH ROW EXECUTE FUNCTION access_log_refuse();
        CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON access_log FOR EACH STATEMENT EXECUTE FUNCTION access_log_refuse();
      `,
    },
  },
  {
    // 파기 (docs/PERSONAL-DATA.md): the PCs' access log gains the action 'destroy' (one entry per
    // 파기, counts only). SQLite rebuilds the table (a CHECK cannot change in place; DROP TABLE
    // fires no DELETE trigger) with the same triggers; PostgreSQL swaps the column's CHECK.
    version: 6,
    name: 'access log: destroy',
    sql: {
      sqlite: `
        CREATE TABLE access_log_6 (
          id TEXT PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, login TEXT NOT NULL, device_id TEXT NOT NULL,
          pc_name TEXT NOT NULL, register TEXT NOT NULL, record_id TEXT NOT NULL, person TEXT NOT NULL,
          action TEXT NOT NULL CHECK (action IN ('open', 'reveal', 'export', 'print', 'destroy')), field TEXT NOT NULL,
          reason TEXT NOT NULL, count INTEGER NOT NULL, sent_by TEXT NOT NULL, team TEXT NOT NULL, received_at INTEGER NOT NULL
        ) STRICT;
        INSERT INTO access_log_6 SELECT id, at, actor, login, device_id, pc_name, register, record_id, person, action, field, reason, count, sent_by, team, received_at FROM access_log;
        DROP TABLE access_log;
        ALTER TABLE access_log_6 RENAME TO access_log;
        CREATE INDEX access_log_at ON access_log (at);
        CREATE TRIGGER access_log_once BEFORE INSERT ON access_log
        WHEN EXISTS (SELECT 1 FROM access_log WHERE id = NEW.id) BEGIN SELECT RAISE(IGNORE); END;
        CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log BEGIN SELECT RAISE(ABORT, '접속기록은 고칠 수 없습니다.'); END;
        CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log BEGIN SELECT RAISE(ABORT, '접속기록은 지울 수 없습니다.'); END;
      `,
      postgres: `
        ALTER TABLE access_log DROP CONSTRAINT access_log_action_check;
        ALTER TABLE access_log ADD CONSTRAINT access_log_action_check CHECK (action IN ('open', 'reveal', 'export', 'print', 'destroy'));
      `,
    },
  },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.reduce((max, m) => Math.max(max, m.version), 0);
