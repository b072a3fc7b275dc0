/**
 * The department's 접속기록 on the server (migration 5): entries from every PC, each stored once
 * by id, never changed or deleted. Read by admins (GET /api/v1/access-log).
 */
import type { AccessLogEntry } from '../../shared/domain/access-log.ts';
import type { ServerAccessLogEntry, ServerAccessLogPage } from '../../shared/sync/access-log.ts';
import type { SqlDriver, SqlExecutor, SqlValue } from './driver.ts';

const COLUMNS = 'id, at, actor, login, device_id, pc_name, register, record_id, person, action, field, reason, count, sent_by, team, received_at';

interface Row {
  id: string;
  at: string;
  actor: string;
  login: string;
  device_id: string;
  pc_name: string;
  register: string;
  record_id: string;
  person: string;
  action: AccessLogEntry['action'];
  field: string;
  reason: string;
  count: number | string;
  sent_by: string;
  team: string;
  received_at: number | string;
}

/** Stores `entries` in one transaction; returns how many were new (the rest it held already). */
export async function storeAccessLog(db: SqlDriver, entries: readonly AccessLogEntry[], sender: { login: string; team: string }, now: number): Promise<number> {
  return db.transaction(async (tx: SqlExecutor) => {
    let stored = 0;
    for (const e of entries) {
      stored += await tx.run(
        `INSERT INTO access_log (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
        [e.id, e.at, e.actor, e.login, e.deviceId, e.pcName, e.register, e.recordId, e.person, e.action, e.field, e.reason, e.count, sender.login, sender.team, now],
      );
    }
    return stored;
  });
}

const KST_MS = 9 * 3_600_000;
const dayStart = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) - KST_MS).toISOString();
const dayAfter = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) - KST_MS + 86_400_000).toISOString();

/** Newest first; `from`/`to` are days in Korean time, both included. */
export async function listAccessLog(db: SqlExecutor, q: { from?: string; to?: string; limit: number; offset: number }): Promise<ServerAccessLogPage> {
  const where: string[] = [];
  const params: SqlValue[] = [];
  if (q.from) {
    where.push('at >= ?');
    params.push(dayStart(q.from));
  }
  if (q.to) {
    where.push('at < ?');
    params.push(dayAfter(q.to));
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const rows = await db.all<Row>(`SELECT ${COLUMNS} FROM access_log ${clause} ORDER BY at DESC, id DESC LIMIT ? OFFSET ?`, [...params, q.limit, q.offset]);
  const total = await db.get<{ n: number | string }>(`SELECT count(*) AS n FROM access_log ${clause}`, params);
  return { entries: rows.map(toEntry), total: Number(total?.n ?? 0) };
}

function toEntry(r: Row): ServerAccessLogEntry {
  return {
    id: r.id, at: r.at, actor: r.actor, login: r.login, deviceId: r.device_id, pcName: r.pc_name, register: r.register,
    recordId: r.record_id, person: r.person, action: r.action, field: r.field, reason: r.reason, count: Number(r.count),
    sentBy: r.sent_by, team: r.team, receivedAt: Number(r.received_at),
  };
}
