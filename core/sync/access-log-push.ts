/**
 * Sends this PC's 접속기록 to the server (shared/sync/access-log.ts) after its records: the
 * entries not yet acknowledged, oldest first, a request per ACCESS_LOG_PUSH_MAX. The mark moves
 * only after the server's reply, so a lost reply means the same entries go again, and the server
 * keeps each once by its id. A 조회 전용 account sends its log too: looking is what it records.
 */
import type { Db } from '../db/open.ts';
import { ACCESS_LOG_PUSH_MAX } from '../../shared/domain/access-log.ts';
import { ACCESS_LOG_ROUTES, type AccessLogPushResponse } from '../../shared/sync/access-log.ts';
import { PROTOCOL_VERSION } from '../../shared/sync/protocol.ts';
import { accessLogRepository } from '../personal/access-log.ts';
import type { SyncTransport } from './transport.ts';

export interface AccessLogAuth {
  token: string;
  deviceId: string;
}

export function accessLogPush(db: Db, clientVersion: string, now: () => number = Date.now) {
  const log = accessLogRepository(db);
  return {
    /** Sends every unacknowledged entry; returns how many the server newly stored. */
    async push(t: SyncTransport, auth: AccessLogAuth): Promise<number> {
      let stored = 0;
      for (;;) {
        const batch = log.unsent(ACCESS_LOG_PUSH_MAX);
        if (batch.length === 0) return stored;
        const reply = (await t.post(
          ACCESS_LOG_ROUTES.push,
          { protocol: PROTOCOL_VERSION, deviceId: auth.deviceId, clientVersion, clientTime: now(), entries: batch.map((b) => b.entry) },
          auth.token,
        )) as AccessLogPushResponse;
        stored += reply.stored;
        log.markSentThrough(batch.at(-1)!.seq);
      }
    },
    pending: (): number => log.unsentCount(),
  };
}
