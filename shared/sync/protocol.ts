/**
 * The sync protocol between a GuDesk PC and the central server, version 1. Both sides import this
 * file, so a request one side can build the other side can parse. Changes are per field
 * (see merge.ts); every change a PC makes waits in its outbox until the server acknowledges it.
 */
import { z } from 'zod';

export const PROTOCOL_VERSION = 1;

const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, { error: 'ID 형식이 올바르지 않습니다.' });
const hlc = z.string().regex(/^\d{15}-[0-9a-f]{4}-[0-9a-f]{16}$/, { error: '시각 표기(HLC)가 올바르지 않습니다.' });

/** One field of one record set to a value (JSON), stamped by the PC that made the change. */
export const fieldChangeSchema = z.object({
  register: z.string().min(1).max(40),
  recordId: uuid,
  /** A field key, or '_deleted' for delete/undelete. */
  field: z.string().min(1).max(60),
  value: z.json(),
  hlc,
  /** Stamp of the value this change replaced on its PC (conflict detection for long texts). */
  base: hlc.nullable(),
  /** Schema version of the register when the change was made: newer data is parked until upgrade. */
  schema: z.number().int().min(1),
});
export type FieldChange = z.infer<typeof fieldChangeSchema>;

/** An outbox entry: `seq` counts 1, 2, 3 … per device, so a resend is recognised and a gap refused. */
export const outboxOpSchema = z.object({ opId: uuid, seq: z.number().int().min(1), change: fieldChangeSchema });
export type OutboxOp = z.infer<typeof outboxOpSchema>;

export const pushRequestSchema = z.object({
  protocol: z.literal(PROTOCOL_VERSION),
  deviceId: uuid,
  clientVersion: z.string().max(40),
  ops: z.array(outboxOpSchema).min(1).max(1000),
});
export type PushRequest = z.infer<typeof pushRequestSchema>;

export interface PushResponse {
  /** Every op of this device up to this seq is stored: the PC may forget them. */
  ackedSeq: number;
  serverTime: number;
}

export const pullRequestSchema = z.object({
  protocol: z.literal(PROTOCOL_VERSION),
  deviceId: uuid,
  /** Server cursor from the previous page; null for a new PC (initial snapshot). */
  cursor: z.string().max(100).nullable(),
  limit: z.number().int().min(1).max(10_000).default(2000),
});
export type PullRequest = z.infer<typeof pullRequestSchema>;

export interface PullResponse {
  changes: FieldChange[];
  cursor: string;
  more: boolean;
  serverTime: number;
  /** Per register, over what this user may see: a PC that differs after a full pull has diverged. */
  checksums?: Record<string, string>;
}

/** Why the server refused; each has a Korean message a clerk can act on (errors.ts). */
export type SyncErrorCode =
  | 'clock_skew'
  | 'client_too_old'
  | 'resync_required'
  | 'sequence_gap'
  | 'unauthorized'
  | 'forbidden'
  | 'bad_request';

export interface SyncErrorBody {
  code: SyncErrorCode;
  message: string;
  serverTime?: number;
  clientTime?: number;
  minClientVersion?: string;
  expectedSeq?: number;
}
