/**
 * 접속기록 between PCs and the server: not a mergeable register but an append-only stream. A PC
 * sends the entries the server has not acknowledged, oldest first, in requests of up to
 * ACCESS_LOG_PUSH_MAX; the server stores each entry once by its id (a resend is acknowledged and
 * changes nothing) and nothing of a request with one bad entry. The PC marks entries sent only
 * after the reply. Admins read the whole department's log with GET.
 *
 *   POST /api/v1/access-log/push  AccessLogPushRequest → { stored, duplicates }
 *   GET  /api/v1/access-log?from=YYYY-MM-DD&to=YYYY-MM-DD&limit=&offset=  (admins) → ServerAccessLogPage
 */
import { z } from 'zod';
import { ACCESS_LOG_PUSH_MAX, accessLogEntrySchema, type AccessLogEntry } from '../domain/access-log.ts';
import { PROTOCOL_VERSION } from './protocol.ts';

export const ACCESS_LOG_ROUTES = {
  push: '/api/v1/access-log/push',
  list: '/api/v1/access-log',
} as const;

export const accessLogPushRequestSchema = z.object({
  protocol: z.literal(PROTOCOL_VERSION),
  deviceId: z.string().min(1).max(100),
  clientVersion: z.string().max(40),
  clientTime: z.number(),
  entries: z.array(accessLogEntrySchema).min(1).max(ACCESS_LOG_PUSH_MAX, { error: `접속기록은 한 번에 ${ACCESS_LOG_PUSH_MAX}건까지 보낼 수 있습니다.` }),
});
export type AccessLogPushRequest = z.infer<typeof accessLogPushRequestSchema>;

export interface AccessLogPushResponse {
  /** Entries stored by this request. */
  stored: number;
  /** Entries the server already held (a resend after a lost reply). */
  duplicates: number;
  serverTime: number;
}

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: '날짜는 2026-11-01처럼 적어 주세요.' });
export const accessLogQuerySchema = z.object({
  from: day.optional(),
  to: day.optional(),
  limit: z.coerce.number().int().min(1).max(10_000).default(1000),
  offset: z.coerce.number().int().min(0).default(0),
});

/** An entry as the server keeps it: what the PC sent, plus who sent it from which team, and when it arrived. */
export interface ServerAccessLogEntry extends AccessLogEntry {
  sentBy: string;
  team: string;
  receivedAt: number;
}

export interface ServerAccessLogPage {
  entries: ServerAccessLogEntry[];
  total: number;
}
