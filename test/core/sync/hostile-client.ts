/**
 * A member's own client, written by someone who wants to break the department's sync: it logs in
 * like a PC and pushes over raw HTTP what no GuDesk would send (values its register refuses,
 * unknown fields and registers, stamps from the far future). Used by test/server/hostile.test.ts
 * and, as actions, by the convergence test: after any of these, honest PCs must still sync.
 */
import { randomUUID } from 'node:crypto';
import { formatHlc } from '../../../shared/sync/hlc.ts';
import { MAX_CLOCK_SKEW_MS, PROTOCOL_VERSION, SYNC_ROUTES } from '../../../shared/sync/protocol.ts';
import type { Change, OutboxOp, Session, SyncErrorBody } from '../../../shared/sync/protocol.ts';

/** A device logged in over raw HTTP; `seq` is the last seq the server stored for it. */
export interface HostileClient {
  serverUrl: string;
  deviceId: string;
  accessToken: string;
  refreshToken: string;
  seq: number;
}

export interface HostileAnswer {
  status: number;
  body: { ackedSeq?: number; error?: SyncErrorBody };
}

/** Every kind of op the server must refuse (see hostileChange). */
export const HOSTILE_KINDS = [
  'badTone', 'hugeTitle', 'notADate', 'unknownField', 'unknownRegister', 'farFutureStamp', 'farFutureBase', 'badLink', 'wrongType',
] as const;
export type HostileKind = (typeof HOSTILE_KINDS)[number];

/** What the server answers each kind with: the refusal code and the field it names. */
export const HOSTILE_EXPECTED: Record<HostileKind, { status: number; code: string; field?: string }> = {
  badTone: { status: 400, code: 'invalid_change', field: 'tone' },
  hugeTitle: { status: 400, code: 'invalid_change', field: 'title' },
  notADate: { status: 400, code: 'invalid_change', field: 'publishedOn' },
  unknownField: { status: 400, code: 'invalid_change', field: 'secret' },
  unknownRegister: { status: 400, code: 'invalid_change', field: '' },
  farFutureStamp: { status: 409, code: 'future_stamp' },
  farFutureBase: { status: 409, code: 'future_stamp' },
  badLink: { status: 400, code: 'invalid_change', field: 'releaseId' },
  wrongType: { status: 400, code: 'invalid_change', field: 'hasPhoto' },
};

async function post(url: string, body: unknown, token?: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** Logs in as a new device of `login` (any member account will do). */
export async function hostileLogin(serverUrl: string, login: string, password: string, clientVersion = '0.1.0'): Promise<HostileClient> {
  const deviceId = randomUUID();
  const r = await post(serverUrl + SYNC_ROUTES.login, { protocol: PROTOCOL_VERSION, login, password, deviceId, deviceName: 'hostile', clientVersion });
  if (r.status !== 200) throw new Error(`hostile login failed: ${JSON.stringify(r.body)}`);
  const s = r.body as unknown as Session;
  return { serverUrl, deviceId, accessToken: s.accessToken, refreshToken: s.refreshToken, seq: 0 };
}

/** A stamp at wall time `millis` from the hostile device's node. */
export function hostileStamp(client: Pick<HostileClient, 'deviceId'>, millis: number, counter = 0): string {
  return formatHlc({ millis, counter, node: client.deviceId.replace(/-/g, '').slice(0, 16) });
}

/** The year-5138 stamp of the issue (epoch ms). */
export const YEAR_5138 = Date.UTC(5138, 0, 1);

/**
 * One op the server must refuse, at the server's wall time `now`, on `recordId` (a new clipping
 * or release unless given: pass an existing id to attack a record honest PCs use).
 */
export function hostileChange(client: Pick<HostileClient, 'deviceId'>, kind: HostileKind, now: number, recordId: string = randomUUID()): Change {
  const hlc = hostileStamp(client, now);
  const clipping = (fields: Change['fields'], extra: Partial<Change> = {}): Change => ({ register: 'clippings', recordId, hlc, schema: 1, fields, ...extra });
  switch (kind) {
    case 'badTone':
      return clipping({ tone: '악의' });
    case 'hugeTitle':
      return clipping({ title: '가'.repeat(20_000) });
    case 'notADate':
      return clipping({ publishedOn: 'not-a-date' });
    case 'unknownField':
      return clipping({ title: '정상 제목', secret: '900101-1234567' });
    case 'unknownRegister':
      return { register: '../../etc', recordId, hlc, schema: 1, fields: { 주민등록번호: '900101-1234567' } };
    case 'farFutureStamp':
      return clipping({ title: '미래에서 온 기사' }, { hlc: hostileStamp(client, YEAR_5138) });
    case 'farFutureBase':
      return clipping({ summary: '요약' }, { bases: { summary: hostileStamp(client, now + MAX_CLOCK_SKEW_MS + 60 * 60_000) } });
    case 'badLink':
      return clipping({ releaseId: '../../etc/passwd' });
    case 'wrongType':
      return { register: 'releases', recordId, hlc, schema: 1, fields: { hasPhoto: 'yes' } };
  }
}

/**
 * Pushes `changes` as the device's next ops (numbered after `client.seq`), with the given wall
 * time as clientTime; `client.seq` moves on only if the server stored them.
 */
export async function hostilePush(client: HostileClient, changes: readonly Change[], clientTime = Date.now()): Promise<HostileAnswer> {
  const ops: OutboxOp[] = changes.map((change, i) => ({ opId: randomUUID(), seq: client.seq + 1 + i, change }));
  const r = await post(client.serverUrl + SYNC_ROUTES.push, {
    protocol: PROTOCOL_VERSION, deviceId: client.deviceId, clientVersion: '0.1.0', clientTime, ops,
  }, client.accessToken);
  const body = r.body as HostileAnswer['body'];
  if (r.status === 200 && typeof body.ackedSeq === 'number') client.seq = body.ackedSeq;
  return { status: r.status, body };
}

/** Pushes one op of `kind` (see hostileChange). */
export function pushHostile(client: HostileClient, kind: HostileKind, now = Date.now(), recordId?: string): Promise<HostileAnswer> {
  return hostilePush(client, [hostileChange(client, kind, now, recordId)], now);
}
