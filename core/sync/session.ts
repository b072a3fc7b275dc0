/**
 * The PC's session with the sync server: login with a password (never stored), then short-lived
 * access tokens renewed with the device-bound refresh token. A refresh the server refuses means
 * the clerk must log in again; the data on this PC stays as it is.
 */
import { hostname } from 'node:os';
import { PROTOCOL_VERSION, SYNC_ROUTES, type Session } from '../../shared/sync/protocol.ts';
import { APP_VERSION } from '../api/version.ts';
import type { SyncStateRepository } from './state-repository.ts';
import { NetworkError, SyncError, type SyncTransport } from './transport.ts';
import { loginNetworkMessage } from './network-failure.ts';

/** Renew a little before expiry, so a token never expires in the middle of a sync. */
const RENEW_MARGIN_MS = 60_000;

export function isSession(v: unknown): v is Session {
  const s = v as Session | null;
  return !!s && typeof s.accessToken === 'string' && typeof s.refreshToken === 'string' && typeof s.serverId === 'string' && !!s.user;
}

/**
 * The session with its expiry on this PC's clock: the server states it on its own, and a PC whose
 * clock runs minutes slow would otherwise keep sending a token the server already let expire.
 */
function onLocalClock(s: Session, localNow: number): Session {
  return typeof s.serverTime === 'number' ? { ...s, accessExpiresAt: s.accessExpiresAt - s.serverTime + localNow } : s;
}

/** A login the server was too busy for is asked again as told, for this long at most, when the wait it names is short. */
const BUSY_LOGIN_GIVE_UP_MS = 30_000;
const BUSY_LOGIN_MAX_WAIT_MS = 5000;

export function sessionClient(state: SyncStateRepository, transportFor: (serverUrl: string) => SyncTransport, clientVersion = APP_VERSION, clock: () => number = Date.now) {
  return {
    async login(serverUrl: string, deviceId: string, login: string, password: string): Promise<Session> {
      const ask = () => transportFor(serverUrl).post(SYNC_ROUTES.login, {
        protocol: PROTOCOL_VERSION, login, password, deviceId, deviceName: hostname().slice(0, 200), clientVersion,
      });
      let reply: unknown;
      const giveUpAt = Date.now() + BUSY_LOGIN_GIVE_UP_MS;
      for (;;) {
        try {
          reply = await ask();
          break;
        } catch (err) {
          // Nothing was queued by a login that failed: say where to look, not that work will be sent.
          if (err instanceof SyncError && err.code === 'network') throw new SyncError('network', loginNetworkMessage(err instanceof NetworkError ? err.koreanCause : ''));
          // Twelve PCs logging in at nine o'clock: the server had no free slot for a moment. Asked
          // again as it says, a few times, so the clerk sees no error for it. (A refusal after
          // failed passwords is not busy: trying the same password again would only add failures.)
          const wait = err instanceof SyncError && err.code === 'rate_limited' && err.body?.busy ? (err.body.retryAfterSeconds ?? 1) * 1000 : Infinity;
          if (wait > BUSY_LOGIN_MAX_WAIT_MS || Date.now() + wait > giveUpAt) throw err;
          await new Promise((resolve) => setTimeout(resolve, wait + Math.random() * 500));
        }
      }
      if (!isSession(reply)) throw new SyncError('server_error', '동기화 서버의 로그인 응답이 올바르지 않습니다.');
      return onLocalClock(reply, clock());
    },

    /**
     * A new device of the same user on this server, for this PC after `sequence_reused` (see
     * server/sync/renew-device.ts): proven by the live access token and the refresh token, never a
     * password. The session is returned on this PC's clock, not saved: the caller saves it together
     * with the new identity.
     */
    async renewDevice(accessToken: string, newDeviceId: string, nextSeq: number): Promise<Session> {
      const s = state.get();
      if (!s?.server_url || !s.refresh_token) throw new SyncError('unauthorized', '로그인이 만료되었습니다. 다시 로그인하세요.');
      const reply = await transportFor(s.server_url).post(SYNC_ROUTES.renewDevice, {
        protocol: PROTOCOL_VERSION, deviceId: s.device_id, newDeviceId, deviceName: hostname().slice(0, 200), refreshToken: s.refresh_token, nextSeq, clientVersion,
      }, accessToken);
      if (!isSession(reply)) throw new SyncError('server_error', '동기화 서버의 응답이 올바르지 않습니다.');
      return onLocalClock(reply, clock());
    },

    /** The server refused the access token (expired early, revoked): the next call refreshes it. */
    forgetAccessToken(): void {
      state.expireAccessToken();
    },

    /** A valid access token, renewed if needed (the new tokens are saved before use). */
    async accessToken(now = clock()): Promise<{ serverUrl: string; token: string; deviceId: string }> {
      const s = state.get();
      if (!s?.server_url || !s.refresh_token) {
        throw new SyncError('not_logged_in', '동기화 서버에 로그인하지 않았습니다. 설정에서 로그인하거나 `gudesk login`을 실행하세요.');
      }
      if (s.access_token && (s.access_expires_at ?? 0) - RENEW_MARGIN_MS > now) {
        return { serverUrl: s.server_url, token: s.access_token, deviceId: s.device_id };
      }
      let reply: unknown;
      try {
        reply = await transportFor(s.server_url).post(SYNC_ROUTES.refresh, {
          protocol: PROTOCOL_VERSION, deviceId: s.device_id, refreshToken: s.refresh_token, clientVersion,
        });
      } catch (err) {
        if (err instanceof SyncError && (err.code === 'unauthorized' || err.code === 'forbidden')) {
          state.logout();
          throw new SyncError('unauthorized', '로그인이 만료되었습니다. 다시 로그인하세요. 이 PC의 자료와 보내지 못한 변경은 그대로 남아 있습니다.');
        }
        throw err;
      }
      if (!isSession(reply)) throw new SyncError('server_error', '동기화 서버의 응답이 올바르지 않습니다.');
      state.saveSession(s.server_url, onLocalClock(reply, clock()));
      return { serverUrl: s.server_url, token: reply.accessToken, deviceId: s.device_id };
    },
  };
}

export type SessionClient = ReturnType<typeof sessionClient>;
