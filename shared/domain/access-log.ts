/**
 * 접속기록 (access log): every opening of a personal record, every reveal of a masked value, every
 * export and print of personal data — who, when, on which PC, of which person (masked), what, and
 * why. Append-only on the PC (triggers refuse UPDATE and DELETE), sent to the server with sync,
 * kept at least two years: no code deletes an entry (PERSONAL-DATA.md).
 * The schemas here are the one check of an entry, on the PC's API and at the server's boundary.
 */
import { z } from 'zod';

export const ACCESS_ACTIONS = ['open', 'reveal', 'export', 'print', 'destroy'] as const;
export type AccessAction = (typeof ACCESS_ACTIONS)[number];

export const ACCESS_ACTION_LABELS: Record<AccessAction, string> = {
  open: '열람',
  reveal: '마스킹 해제',
  export: '내보내기',
  print: '인쇄',
  destroy: '파기',
};

/** Entries are kept at least this long (개인정보의 안전성 확보조치 기준: 접속기록 2년 이상). */
export const ACCESS_LOG_RETENTION_YEARS = 2;

/** What a reveal, export or print must say about why (the open of a record needs none). */
export function needsReason(action: AccessAction): boolean {
  return action !== 'open';
}

export interface AccessLogEntry {
  /** UUIDv7: the server stores an entry once whatever how often the PC sends it. */
  id: string;
  /** ISO date-time (UTC). */
  at: string;
  /** Who: the signed-in account's name, else the clerk's name on this PC. */
  actor: string;
  /** The server login when signed in, else ''. */
  login: string;
  deviceId: string;
  /** The PC's name (hostname), so an admin can tell 민원실 PC from 홍보팀 PC. */
  pcName: string;
  register: string;
  /** '' for an export or print of many records (see count). */
  recordId: string;
  /** The masked name of the person (김*용), never the raw value; '' for many. */
  person: string;
  action: AccessAction;
  /** The field revealed (its Korean label), '' otherwise. */
  field: string;
  reason: string;
  /** How many records an export or print held; 1 otherwise. */
  count: number;
}

const text = (max: number) => z.string().max(max, { error: `${max}자 이하로 적어 주세요.` });
const isoDateTime = z.iso.datetime({ offset: true, error: '기록 시각이 올바른 날짜·시간이 아닙니다.' });
const registerName = z.string().regex(/^[a-z][a-zA-Z0-9]{0,49}$/, { error: '대장 이름이 올바르지 않습니다.' });

/** What a screen (or the kernel's handlers) reports; the core adds who, when and which PC. */
export const accessLogRecordSchema = z
  .object({
    register: registerName,
    recordId: text(64).default(''),
    person: text(100).default(''),
    action: z.enum(ACCESS_ACTIONS, { error: '기록할 작업은 열람, 마스킹 해제, 내보내기, 인쇄, 파기 중 하나입니다.' }),
    field: text(100).default(''),
    reason: z.string().trim().max(500, { error: '사유는 500자 이하로 적어 주세요.' }).default(''),
    count: z.number().int().min(1).max(10_000_000).default(1),
  })
  .refine((e) => !needsReason(e.action) || e.reason.length >= 2, { error: '개인정보를 보거나 내보내는 사유를 적어 주세요 (2자 이상).', path: ['reason'] });
export type AccessLogRecordInput = z.input<typeof accessLogRecordSchema>;

const dateOnly = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: '날짜는 2026-11-01처럼 적어 주세요.' });

export const accessLogListSchema = z
  .object({
    /** Days in Korean time (KST), both included. */
    from: dateOnly.optional(),
    to: dateOnly.optional(),
    actor: text(200).optional(),
    action: z.enum(ACCESS_ACTIONS).optional(),
    limit: z.number().int().min(1).max(10_000).default(500),
    offset: z.number().int().min(0).default(0),
  })
  .default({ limit: 500, offset: 0 });

export interface AccessLogPage {
  entries: AccessLogEntry[];
  /** Entries matching the filter (the page holds up to `limit` of them, newest first). */
  total: number;
  /** Per actor, over every matching entry: the review's "who looked at how much". */
  byActor: Array<{ actor: string; count: number }>;
}

/** One entry as a PC sends it to the server: checked whole there, hostile input refused. */
export const accessLogEntrySchema = z
  .object({
    id: z.uuid({ error: '접속기록 ID가 올바르지 않습니다.' }),
    at: isoDateTime,
    actor: text(200).min(1, { error: '접속기록에 사용자가 없습니다.' }),
    login: text(200),
    deviceId: text(64).min(1),
    pcName: text(200),
    register: registerName,
    recordId: text(64),
    person: text(100),
    action: z.enum(ACCESS_ACTIONS, { error: '접속기록의 작업이 올바르지 않습니다.' }),
    field: text(100),
    reason: text(500),
    count: z.number().int().min(1).max(10_000_000),
  })
  .strict();

/** The most entries one push request carries. */
export const ACCESS_LOG_PUSH_MAX = 1000;

/** Admins' review of one month (YYYY-MM): the first and last day, for a list filter. */
export function monthRange(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}
