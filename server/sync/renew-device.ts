/**
 * A new device id for a PC whose sequence numbers another PC already used (a copied data folder,
 * or an older copy of itself). The PC proves it holds this device's session — its access token and
 * one of its refresh tokens, not only a possibly stolen access token — and gets a session for a
 * new device of the same user, whose sequence continues at the PC's first unsent op, so its
 * outbox goes out unchanged. The old device stays as it is, for the other PC still using it.
 */
import { randomBytes, createHash } from 'node:crypto';
import type { RenewDeviceRequest, Session } from '../../shared/sync/protocol.ts';
import { refuse } from '../http/errors.ts';
import type { ServerContext } from '../context.ts';
import type { User } from '../store/accounts.ts';
import { startDeviceSequence } from '../store/records.ts';

const hash = (token: string) => createHash('sha256').update(token).digest('hex');
const newToken = () => randomBytes(32).toString('base64url');

async function holdsRefreshToken(ctx: ServerContext, deviceId: string, refreshToken: string, now: number): Promise<boolean> {
  const row = await ctx.db.get<{ expires_at: number }>('SELECT expires_at FROM refresh_tokens WHERE token_hash = ? AND device_id = ?', [hash(refreshToken), deviceId]);
  return !!row && Number(row.expires_at) > now;
}

export async function renewDevice(ctx: ServerContext, user: User, body: RenewDeviceRequest): Promise<Session> {
  const now = ctx.now();
  if (!(await holdsRefreshToken(ctx, body.deviceId, body.refreshToken, now))) {
    throw refuse(401, 'unauthorized', { message: '이 PC의 로그인 정보를 확인할 수 없어 새 장치로 등록하지 못했습니다. 다시 로그인하세요.' });
  }
  if ((await ctx.accounts.deviceLogin(body.newDeviceId)) !== undefined) {
    throw refuse(409, 'bad_request', { message: '새 장치 ID가 이미 쓰이고 있습니다. 다시 동기화하면 다른 ID로 등록합니다.' });
  }
  const access = newToken();
  const refresh = newToken();
  const accessExpiresAt = now + ctx.accessTokenTtlMs;
  await ctx.accounts.startSession(body.newDeviceId, user.login, body.deviceName, now,
    { hash: hash(access), expiresAt: accessExpiresAt }, { hash: hash(refresh), expiresAt: now + ctx.refreshTokenTtlMs });
  await ctx.db.transaction((tx) => startDeviceSequence(tx, body.newDeviceId, body.nextSeq - 1));
  return {
    accessToken: access,
    accessExpiresAt,
    refreshToken: refresh,
    user: { login: user.login, name: user.name, team: user.team, role: user.role },
    serverId: ctx.serverId,
    serverTime: now,
  };
}
