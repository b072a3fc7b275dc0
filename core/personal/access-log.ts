/**
 * 접속기록 on this PC (migration 008): append, list for the admins' monthly review and the CLI,
 * and the unsent tail for sync. Entries are never changed or deleted, by this code or any other
 * (the table's triggers refuse it); retention is therefore "for ever on the PC", which covers the
 * two years the rules ask for.
 */
import { hostname } from 'node:os';
import type { Db } from '../db/open.ts';
import type { AccessAction, AccessLogEntry, AccessLogPage } from '../../shared/domain/access-log.ts';
import { maskName } from '../../shared/personal/mask.ts';
import { newId } from '../records/ids.ts';
import { syncStateRepository } from '../sync/state-repository.ts';

interface Row {
  seq: number;
  id: string;
  at: string;
  actor: string;
  login: string;
  device_id: string;
  pc_name: string;
  register: string;
  record_id: string;
  person: string;
  action: AccessAction;
  field: string;
  reason: string;
  count: number;
}

export interface AccessEvent {
  register: string;
  recordId?: string;
  /** The person's name as a screen knows it: stored masked whatever it is given (masking is idempotent). */
  person?: string;
  action: AccessAction;
  field?: string;
  reason?: string;
  count?: number;
}

export interface AccessLogFilter {
  from?: string;
  to?: string;
  actor?: string;
  action?: AccessAction;
  limit: number;
  offset: number;
}

const KST_MS = 9 * 3_600_000;

/** The first instant of a KST day, and of the day after `to`, as ISO UTC (entries store UTC). */
export function kstDayStart(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - KST_MS).toISOString();
}
function kstDayAfter(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - KST_MS + 86_400_000).toISOString();
}

export function toEntry(r: Row): AccessLogEntry {
  return {
    id: r.id,
    at: r.at,
    actor: r.actor,
    login: r.login,
    deviceId: r.device_id,
    pcName: r.pc_name,
    register: r.register,
    recordId: r.record_id,
    person: r.person,
    action: r.action,
    field: r.field,
    reason: r.reason,
    count: r.count,
  };
}

function pcName(): string {
  try {
    return hostname() || '';
  } catch {
    return '';
  }
}

export function accessLogRepository(db: Db) {
  const insert = db.prepare(
    `INSERT INTO access_log (id, at, actor, login, device_id, pc_name, register, record_id, person, action, field, reason, count)
     VALUES (@id, @at, @actor, @login, @deviceId, @pcName, @register, @recordId, @person, @action, @field, @reason, @count)`,
  );
  const state = syncStateRepository(db);
  const unsent = db.prepare<[number], Row>('SELECT * FROM access_log WHERE seq > (SELECT through_seq FROM access_log_sent WHERE id = 1) ORDER BY seq LIMIT ?');
  const markSent = db.prepare('UPDATE access_log_sent SET through_seq = max(through_seq, ?) WHERE id = 1');
  const unsentCount = db.prepare<[], number>('SELECT count(*) FROM access_log WHERE seq > (SELECT through_seq FROM access_log_sent WHERE id = 1)').pluck();
  const total = db.prepare<[], number>('SELECT count(*) FROM access_log').pluck();
  const host = pcName();

  function where(f: Omit<AccessLogFilter, 'limit' | 'offset'>): { sql: string; params: Record<string, string> } {
    const parts: string[] = [];
    const params: Record<string, string> = {};
    const add = (sql: string, key: string, value: string | undefined) => {
      if (!value) return;
      parts.push(sql);
      params[key] = value;
    };
    add('at >= @from', 'from', f.from && kstDayStart(f.from));
    add('at < @to', 'to', f.to && kstDayAfter(f.to));
    add('actor = @actor', 'actor', f.actor);
    add('action = @action', 'action', f.action);
    return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
  }

  return {
    /** Appends one entry for `actor` (who the core says is working); returns it as stored. */
    record(event: AccessEvent, actor: string, at = new Date()): AccessLogEntry {
      // The device id this PC syncs under (created on first use, like the sync's own).
      const s = state.ensure();
      const entry: AccessLogEntry = {
        id: newId(),
        at: at.toISOString(),
        actor,
        login: s.refresh_token ? (s.login ?? '') : '',
        deviceId: s.device_id,
        pcName: host,
        register: event.register,
        recordId: event.recordId ?? '',
        person: maskName(event.person ?? ''),
        action: event.action,
        field: event.field ?? '',
        reason: event.reason?.trim() ?? '',
        count: event.count ?? 1,
      };
      insert.run(entry);
      return entry;
    },

    list(filter: AccessLogFilter): AccessLogPage {
      const w = where(filter);
      const entries = db
        .prepare<Record<string, string | number>, Row>(`SELECT * FROM access_log ${w.sql} ORDER BY at DESC, seq DESC LIMIT @limit OFFSET @offset`)
        .all({ ...w.params, limit: filter.limit, offset: filter.offset })
        .map(toEntry);
      const count = db.prepare<Record<string, string>, number>(`SELECT count(*) FROM access_log ${w.sql}`).pluck().get(w.params) ?? 0;
      const byActor = db
        .prepare<Record<string, string>, { actor: string; count: number }>(`SELECT actor, count(*) AS count FROM access_log ${w.sql} GROUP BY actor ORDER BY count DESC, actor`)
        .all(w.params);
      return { entries, total: count, byActor };
    },

    /** The oldest entries the server has not acknowledged, with their seqs. */
    unsent(limit: number): Array<{ seq: number; entry: AccessLogEntry }> {
      return unsent.all(limit).map((r) => ({ seq: r.seq, entry: toEntry(r) }));
    },
    /** The server stored every entry up to `seq`. */
    markSentThrough(seq: number): void {
      markSent.run(seq);
    },
    unsentCount: (): number => unsentCount.get() ?? 0,
    count: (): number => total.get() ?? 0,
  };
}

export type AccessLogRepository = ReturnType<typeof accessLogRepository>;
