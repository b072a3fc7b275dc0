/** A minimal sync client speaking the protocol over real HTTP, as a PC would. */
import { randomUUID } from 'node:crypto';
import { formatHlc, initialHlc, tick } from '../../../shared/sync/hlc.ts';
import { PROTOCOL_VERSION, SYNC_ROUTES } from '../../../shared/sync/protocol.ts';
import type { Hlc } from '../../../shared/sync/hlc.ts';
import type { Change, OutboxOp, PullResponse, PushResponse, Session, SyncErrorBody } from '../../../shared/sync/protocol.ts';
import { PASSWORD } from './server.ts';

export interface Answer<T> {
  status: number;
  body: T & { error?: SyncErrorBody };
}

export async function postJson<T>(url: string, body: unknown, token?: string): Promise<Answer<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Answer<T>['body'] };
}

export class TestClient {
  /** One per PC data folder; pass an existing one to model the same PC used by another clerk. */
  readonly deviceId: string;
  session: Session | undefined;
  /** The last seq this PC gave an op (the outbox counter). */
  seq = 0;
  clientVersion = '0.1.0';
  now: () => number = Date.now;
  private clock: Hlc;
  private readonly base: string;
  readonly login: string;
  private readonly password: string;

  constructor(base: string, login: string, password = PASSWORD, deviceId: string = randomUUID()) {
    this.deviceId = deviceId;
    this.base = base;
    this.login = login;
    this.password = password;
    this.clock = initialHlc(this.deviceId.replace(/-/g, '').slice(0, 16));
  }

  /** A fresh stamp from this PC's clock. */
  stamp(): string {
    this.clock = tick(this.clock, this.now());
    return formatHlc(this.clock);
  }

  async tryLogin(password = this.password): Promise<Answer<Session>> {
    const r = await postJson<Session>(this.base + SYNC_ROUTES.login, {
      protocol: PROTOCOL_VERSION, login: this.login, password, deviceId: this.deviceId, deviceName: 'PC', clientVersion: this.clientVersion,
    });
    if (r.status === 200) this.session = r.body;
    return r;
  }

  /** Logs in, coming back as told while the server is busy with other logins (as a PC does: session.ts). */
  async loginOk(): Promise<Session> {
    for (let attempt = 0; ; attempt++) {
      const r = await this.tryLogin();
      if (r.status === 200) return r.body;
      const busy = r.status === 429 && (r.body as { error?: { busy?: boolean } }).error?.busy === true;
      if (!busy || attempt >= 30) throw new Error(`login failed: ${JSON.stringify(r.body)}`);
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }

  change(register: string, recordId: string, fields: Change['fields'], extra: Partial<Change> = {}): Change {
    return { register, recordId, hlc: this.stamp(), schema: 1, fields, ...extra };
  }

  /** Wraps changes as the next outbox ops. */
  ops(...changes: Change[]): OutboxOp[] {
    return changes.map((change) => ({ opId: randomUUID(), seq: ++this.seq, change }));
  }

  pushOps(ops: OutboxOp[], overrides: Record<string, unknown> = {}): Promise<Answer<PushResponse>> {
    return postJson<PushResponse>(this.base + SYNC_ROUTES.push, {
      protocol: PROTOCOL_VERSION, deviceId: this.deviceId, clientVersion: this.clientVersion, clientTime: this.now(), ops, ...overrides,
    }, this.session?.accessToken);
  }

  push(...changes: Change[]): Promise<Answer<PushResponse>> {
    return this.pushOps(this.ops(...changes));
  }

  pull(cursor: string | null = null, extra: Record<string, unknown> = {}): Promise<Answer<PullResponse>> {
    return postJson<PullResponse>(this.base + SYNC_ROUTES.pull, {
      protocol: PROTOCOL_VERSION, deviceId: this.deviceId, clientVersion: this.clientVersion, clientTime: this.now(), cursor, ...extra,
    }, this.session?.accessToken);
  }

  /** Every page from `cursor` on. */
  async pullAll(cursor: string | null = null, limit = 2000, checksums = false): Promise<{ records: PullResponse['records']; last: PullResponse; pages: number }> {
    const records: PullResponse['records'] = [];
    let pages = 0;
    for (;;) {
      const r = await this.pull(cursor, { limit, checksums });
      if (r.status !== 200) throw new Error(`pull failed: ${JSON.stringify(r.body)}`);
      pages++;
      records.push(...r.body.records);
      cursor = r.body.cursor;
      if (!r.body.more) return { records, last: r.body, pages };
    }
  }
}
