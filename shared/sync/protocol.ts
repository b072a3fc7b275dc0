/**
 * The sync protocol between a GuDesk PC and the central server, version 1. Both sides import this
 * file, so a request one side can build the other side can parse.
 *
 * The unit of change is one record: the fields one user action set, all stamped with one hybrid
 * logical clock stamp (hlc.ts). The merge is still per field (merge.ts), so two PCs editing
 * different fields of one clipping both keep their edits. A delete is the field `_deleted`; a
 * long-text conflict kept by the server travels as the field `_conflict:<field>`.
 *
 * Routes (JSON over HTTP; `Authorization: Bearer <accessToken>` except login/refresh):
 *   POST /api/v1/auth/login    LoginRequest   → Session
 *   POST /api/v1/auth/refresh  RefreshRequest → Session   (the refresh token rotates)
 *   POST /api/v1/sync/push     PushRequest    → PushResponse
 *   POST /api/v1/sync/pull     PullRequest    → PullResponse
 *   POST /api/v1/sync/device   RenewDeviceRequest → Session (a new device id for this PC, same user)
 *   POST /api/v1/sync/quarantine QuarantineRequest → QuarantineResponse (admins: records set aside)
 *   GET  /updates/<file>       the electron-updater 'generic' feed (latest.yml, installers)
 * A refusal is `{ error: SyncErrorBody }` with a 4xx status; clients act on `error.code`.
 */
import { z } from 'zod';

export const PROTOCOL_VERSION = 1;

export const SYNC_ROUTES = {
  login: '/api/v1/auth/login',
  refresh: '/api/v1/auth/refresh',
  push: '/api/v1/sync/push',
  pull: '/api/v1/sync/pull',
  renewDevice: '/api/v1/sync/device',
  quarantine: '/api/v1/sync/quarantine',
  updates: '/updates/',
} as const;

/** Fields with a meaning of their own; every other field key is a register field. */
export const DELETED_FIELD = '_deleted';
/**
 * 파기: `true` once a record's personal fields were erased (docs/PERSONAL-DATA.md). Never false:
 * a destroyed record stays destroyed, and its personal fields stay empty whatever stamp a later
 * edit carries (server/sync/destroyed.ts, core/sync/apply-pull.ts).
 */
export const DESTROYED_FIELD = '_destroyed';
export const CONFLICT_PREFIX = '_conflict:';

/**
 * A PC whose clock differs from the server's by more than this is refused (both times shown), and
 * so is a pushed stamp later than the server's time plus this.
 */
export const MAX_CLOCK_SKEW_MS = 15 * 60_000;

export const MAX_PUSH_OPS = 1000;

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const HLC_RE = /^\d{15}-[0-9a-f]{4}-[0-9a-f]{16}$/;
const uuid = z.string().regex(UUID_RE, { error: 'ID 형식이 올바르지 않습니다.' });
export const hlcSchema = z.string().regex(HLC_RE, { error: '시각 표기(HLC)가 올바르지 않습니다.' });
const fieldKey = z.string().min(1).max(80);
const version = z.string().max(40);

export type Role = 'admin' | 'member' | 'viewer';
export const roleSchema = z.enum(['admin', 'member', 'viewer']);

// ── accounts ────────────────────────────────────────────────────────────────────────────────
export const loginRequestSchema = z.object({
  protocol: z.literal(PROTOCOL_VERSION),
  login: z.string().min(1).max(100),
  password: z.string().min(1).max(1000),
  /** Chosen by the PC once per data folder; the server registers it as the user's device. */
  deviceId: uuid,
  deviceName: z.string().max(200),
  clientVersion: version,
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const refreshRequestSchema = z.object({
  protocol: z.literal(PROTOCOL_VERSION),
  deviceId: uuid,
  refreshToken: z.string().min(1).max(500),
  clientVersion: version,
});
export type RefreshRequest = z.infer<typeof refreshRequestSchema>;

/**
 * After `sequence_reused` (another PC syncs under this PC's device id, or this PC is an older copy
 * of itself): the PC asks for a new device id for the same user, proving it holds this device's
 * session (Bearer access token and refresh token). The new device's sequence starts at `nextSeq`,
 * the first op still in the PC's outbox, so the outbox is sent as it is.
 */
export const renewDeviceRequestSchema = z.object({
  protocol: z.literal(PROTOCOL_VERSION),
  deviceId: uuid,
  newDeviceId: uuid,
  deviceName: z.string().max(200),
  refreshToken: z.string().min(1).max(500),
  nextSeq: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  clientVersion: version,
});
export type RenewDeviceRequest = z.infer<typeof renewDeviceRequestSchema>;

export interface SessionUser {
  login: string;
  name: string;
  team: string;
  role: Role;
}

export interface Session {
  accessToken: string;
  /** Epoch ms; the client refreshes a little before. */
  accessExpiresAt: number;
  /** Bound to this device; one use (a new one comes back with every refresh). */
  refreshToken: string;
  user: SessionUser;
  /** Identifies the server's database: a PC pointed at a different server starts over. */
  serverId: string;
  serverTime: number;
  /**
   * Where this department's PCs look for updates (electron-updater 'generic' feed): the server's
   * policy (`gudesk-server --update-feed`), by default the server's own /updates/. Older servers
   * send none; the PC then uses the server's /updates/.
   */
  updateFeedUrl?: string;
}

// ── changes ────────────────────────────────────────────────────────────────────────────────
/** What one user action did to one record. */
export const changeSchema = z.object({
  register: z.string().min(1).max(40),
  recordId: uuid,
  /** The stamp of every field in `fields`. */
  hlc: hlcSchema,
  /** Schema version of the register on the PC that made the change: newer data is parked. */
  schema: z.number().int().min(1),
  // Values are checked against their register (validate-change.ts) wherever a change is received;
  // z.json() here re-walked every value of a 1000-op push although a body comes from JSON.parse
  // (JSON by construction), and was a fifth of the server's time per push. Only defined values pass.
  fields: z.record(fieldKey, z.custom<z.core.util.JSONType>((v) => v !== undefined, { error: '값이 없는 항목이 있습니다.' })),
  /** For long-text fields: the stamp of the value this change replaced (null for a first value). */
  bases: z.record(fieldKey, hlcSchema.nullable()).optional(),
});
export type Change = z.infer<typeof changeSchema>;

/** An outbox entry: `seq` counts 1, 2, 3 … per device, so a resend is recognised and a gap refused. */
export const outboxOpSchema = z.object({ opId: uuid, seq: z.number().int().min(1), change: changeSchema });
export type OutboxOp = z.infer<typeof outboxOpSchema>;

/**
 * outboxOpSchema by hand: the server parses 100,000 ops when a PC sends an import, and zod's
 * per-key work was most of that. Same rules; the values themselves are checked against their
 * register afterwards (validate-push.ts), with messages naming the field.
 */
export function isOutboxOp(v: unknown): v is OutboxOp {
  if (!isPlainObject(v)) return false;
  const { opId, seq, change } = v;
  if (typeof opId !== 'string' || !UUID_RE.test(opId)) return false;
  if (typeof seq !== 'number' || !Number.isInteger(seq) || seq < 1) return false;
  if (!isPlainObject(change)) return false;
  const { register, recordId, hlc, schema, fields, bases } = change;
  if (typeof register !== 'string' || register.length < 1 || register.length > 40) return false;
  if (typeof recordId !== 'string' || !UUID_RE.test(recordId)) return false;
  if (typeof hlc !== 'string' || !HLC_RE.test(hlc)) return false;
  if (typeof schema !== 'number' || !Number.isInteger(schema) || schema < 1) return false;
  if (!isPlainObject(fields)) return false;
  for (const k in fields) if (!isFieldKey(k) || fields[k] === undefined) return false;
  if (bases !== undefined) {
    if (!isPlainObject(bases)) return false;
    for (const k in bases) {
      const b = bases[k];
      if (!isFieldKey(k) || (b !== null && (typeof b !== 'string' || !HLC_RE.test(b)))) return false;
    }
  }
  return true;
}

export const pushRequestSchema = z.object({
  protocol: z.literal(PROTOCOL_VERSION),
  deviceId: uuid,
  clientVersion: version,
  /** The PC's wall clock (epoch ms) when sending: a clock far off is refused, both times shown. */
  clientTime: z.number(),
  ops: z
    .array(z.unknown())
    .min(1)
    .max(MAX_PUSH_OPS)
    .transform((ops, ctx) => {
      // The fast check passes an honest PC's ops; the first one it refuses is parsed again by zod
      // for a message that names what is wrong ('ops.3.change.hlc: 시각 표기(HLC)가 …').
      const bad = ops.findIndex((op) => !isOutboxOp(op));
      if (bad === -1) return ops as OutboxOp[];
      const parsed = outboxOpSchema.safeParse(ops[bad]);
      const issues = parsed.success ? [{ path: [] as PropertyKey[], message: '보낸 변경의 형식이 올바르지 않습니다.' }] : parsed.error.issues;
      for (const issue of issues) ctx.addIssue({ code: 'custom', message: issue.message, path: [bad, ...issue.path] });
      return z.NEVER;
    }),
});
export type PushRequest = z.infer<typeof pushRequestSchema>;

export interface PushResponse {
  /** Every op of this device up to this seq is stored: the PC may forget them. */
  ackedSeq: number;
  /** Long-text conflicts this push caused (kept and flagged; they come back on the next pull). */
  conflicts: number;
  /**
   * The record seqs this push's records took, (seqFrom, seqTo], one transaction's contiguous run.
   * A PC whose cursor is seqFrom and that caused no conflict holds exactly what those records now
   * are, so it moves its cursor to seqTo instead of pulling its own records back.
   */
  seqFrom?: number;
  seqTo?: number;
  serverTime: number;
}

// ── pull ───────────────────────────────────────────────────────────────────────────────────
export const pullRequestSchema = z.object({
  protocol: z.literal(PROTOCOL_VERSION),
  deviceId: uuid,
  clientVersion: version,
  clientTime: z.number(),
  /** Server cursor from the previous page; null for a new PC (initial snapshot). */
  cursor: z.string().max(100).nullable(),
  limit: z.number().int().min(1).max(10_000).default(2000),
  /** Ask for per-register checksums with the last page (costs a scan on the server). */
  checksums: z.boolean().default(false),
});
export type PullRequest = z.infer<typeof pullRequestSchema>;

/**
 * A record as the server holds it now: every field it has, each field's stamp being `hlcs[field]`
 * or else `hlc` (the stamp most of its fields share, so a 100,000-record snapshot stays small).
 */
export interface PulledRecord {
  register: string;
  recordId: string;
  schema: number;
  hlc: string;
  fields: Change['fields'];
  hlcs?: Record<string, string> | undefined;
}

function isFieldKey(k: string): boolean {
  return k.length >= 1 && k.length <= 80;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * A pulled record, checked by hand rather than by a zod schema: a first sync parses 100,000 of
 * them, and zod re-validated every field value as JSON although a reply comes from JSON.parse
 * (JSON by construction). Field values are only required to be defined.
 */
export function isPulledRecord(v: unknown): v is PulledRecord {
  if (!isPlainObject(v)) return false;
  const { register, recordId, schema, hlc, fields, hlcs } = v;
  if (typeof register !== 'string' || register.length < 1 || register.length > 40) return false;
  if (typeof recordId !== 'string' || !UUID_RE.test(recordId)) return false;
  if (typeof schema !== 'number' || !Number.isInteger(schema) || schema < 1) return false;
  if (typeof hlc !== 'string' || !HLC_RE.test(hlc)) return false;
  if (!isPlainObject(fields)) return false;
  for (const k in fields) if (!isFieldKey(k) || fields[k] === undefined) return false;
  if (hlcs !== undefined) {
    if (!isPlainObject(hlcs)) return false;
    for (const k in hlcs) {
      const s = hlcs[k];
      if (!isFieldKey(k) || typeof s !== 'string' || !HLC_RE.test(s)) return false;
    }
  }
  return true;
}

export const pullResponseSchema = z.object({
  records: z.array(z.custom<PulledRecord>(isPulledRecord, { error: '동기화 기록의 형식이 올바르지 않습니다.' })),
  cursor: z.string().max(100),
  more: z.boolean(),
  serverTime: z.number(),
  /** With the last page when asked: per register, over what this user may see (checksum.ts). */
  checksums: z.record(z.string(), z.string()).optional(),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;

// ── quarantine (admins) ──────────────────────────────────────────────────────────────────────
/** Lists the records the server set aside (optionally removing one for good first). */
export const quarantineRequestSchema = z.object({
  protocol: z.literal(PROTOCOL_VERSION),
  deviceId: uuid,
  clientVersion: version,
  clear: uuid.optional(),
});
export type QuarantineRequest = z.infer<typeof quarantineRequestSchema>;

export interface QuarantineEntry {
  register: string;
  /** Korean, e.g. '언론보도'; the raw name for a register this server does not know. */
  registerLabel: string;
  recordId: string;
  team: string;
  /** Korean: what is wrong with it. */
  reason: string;
  /** Epoch ms when the server set it aside. */
  foundAt: number;
}

export interface QuarantineResponse {
  records: QuarantineEntry[];
  /** Set when `clear` named a record: whether it was there. */
  cleared?: boolean;
}

// ── refusals ───────────────────────────────────────────────────────────────────────────────
/** Why the server refused; each has a Korean message a clerk can act on (errors.ts). */
export type SyncErrorCode =
  | 'clock_skew'
  | 'client_too_old'
  | 'resync_required'
  | 'sequence_gap'
  /** A seq this device already used came again with another op id: the PC takes a new device id. */
  | 'sequence_reused'
  /** A pushed value its register does not allow (`field`, `register`, `recordId` say which). */
  | 'invalid_change'
  /** A pushed stamp later than the server's time plus MAX_CLOCK_SKEW_MS (`stampTime`). */
  | 'future_stamp'
  /** An attachment file over MAX_ATTACHMENT_BYTES (shared/sync/blobs.ts): the PC keeps it, unsent. */
  | 'file_too_large'
  /** An attachment file whose content is not its hash, or not a scan or PDF. */
  | 'file_refused'
  | 'unauthorized'
  | 'bad_credentials'
  | 'rate_limited'
  | 'forbidden'
  | 'bad_request'
  | 'server_error';

export interface SyncErrorBody {
  code: SyncErrorCode;
  message: string;
  serverTime?: number;
  clientTime?: number;
  minClientVersion?: string;
  expectedSeq?: number;
  /** For rate_limited: seconds until another attempt is accepted. */
  retryAfterSeconds?: number;
  /** rate_limited only because other logins were running at that moment (not after failures): worth retrying as told. */
  busy?: boolean;
  /** For invalid_change and future_stamp: which change was refused. */
  register?: string;
  recordId?: string;
  field?: string;
  /** For future_stamp: the wall time (epoch ms) the refused stamp claims. */
  stampTime?: number;
}

export const syncErrorBodySchema = z.object({
  code: z.string(),
  message: z.string(),
  serverTime: z.number().optional(),
  clientTime: z.number().optional(),
  minClientVersion: z.string().optional(),
  expectedSeq: z.number().optional(),
  retryAfterSeconds: z.number().optional(),
  busy: z.boolean().optional(),
  register: z.string().optional(),
  recordId: z.string().optional(),
  field: z.string().optional(),
  stampTime: z.number().optional(),
});

/** The stamp of `field` in a pulled record. */
export function stampOf(rec: Pick<PulledRecord, 'hlc' | 'hlcs'>, field: string): string {
  return rec.hlcs?.[field] ?? rec.hlc;
}

/** Packs a full field → stamp map as (most common stamp, exceptions). */
export function packStamps(stamps: Readonly<Record<string, string>>): { hlc: string; hlcs?: Record<string, string> } {
  const counts = new Map<string, number>();
  for (const s of Object.values(stamps)) counts.set(s, (counts.get(s) ?? 0) + 1);
  let hlc = '';
  let best = -1;
  for (const [s, n] of counts) if (n > best || (n === best && s > hlc)) [hlc, best] = [s, n];
  const hlcs: Record<string, string> = {};
  let any = false;
  for (const [f, s] of Object.entries(stamps)) {
    if (s === hlc) continue;
    hlcs[f] = s;
    any = true;
  }
  return any ? { hlc, hlcs } : { hlc };
}
