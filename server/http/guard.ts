/**
 * The checks every sync request passes, in the order a clerk can act on them: a readable body,
 * a recent enough GuDesk, a sane clock, a live session for this very PC.
 */
import { z } from 'zod';
import type { ZodType } from 'zod';
import { MAX_CLOCK_SKEW_MS } from '../../shared/sync/protocol.ts';
import { bearerToken, tokenHash } from '../auth/tokens.ts';
import { isOlderThan } from '../version.ts';
import { MESSAGES, refuse } from './errors.ts';
import type { ServerContext } from '../context.ts';
import type { User } from '../store/accounts.ts';

const korean = z.locales.ko().localeError;

/** Parses a body with Korean zod messages; a refusal names the first few problems and where. */
export function parseBody<T>(schema: ZodType<T>, body: unknown): T {
  const r = schema.safeParse(body, { error: korean });
  if (r.success) return r.data;
  const problems = r.error.issues.slice(0, 3).map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message));
  const more = r.error.issues.length > 3 ? ` 외 ${r.error.issues.length - 3}건` : '';
  return badRequest(`요청 형식이 올바르지 않습니다 — ${problems.join('; ')}${more}`);
}

export function badRequest(message: string): never {
  throw refuse(400, 'bad_request', { message });
}

export function checkClientVersion(ctx: ServerContext, clientVersion: string): void {
  if (ctx.minClientVersion && isOlderThan(clientVersion, ctx.minClientVersion)) {
    throw refuse(426, 'client_too_old', { minClientVersion: ctx.minClientVersion });
  }
}

export function checkClock(ctx: ServerContext, clientTime: number): void {
  const serverTime = ctx.now();
  if (Math.abs(clientTime - serverTime) > MAX_CLOCK_SKEW_MS) throw refuse(409, 'clock_skew', { serverTime, clientTime });
}

/** The user and PC behind a live Bearer token. */
export async function sessionOf(ctx: ServerContext, authorization: string | undefined): Promise<{ deviceId: string; user: User }> {
  const token = bearerToken(authorization);
  const session = token ? await ctx.accounts.authenticate(tokenHash(token), ctx.now()) : undefined;
  if (!session || session.user.disabled) throw refuse(401, 'unauthorized');
  return session;
}

/** The user behind the Bearer token, which must belong to the PC named in the body. */
export async function authenticate(ctx: ServerContext, authorization: string | undefined, deviceId: string): Promise<User> {
  const session = await sessionOf(ctx, authorization);
  if (session.deviceId !== deviceId) throw refuse(403, 'forbidden', { message: MESSAGES.deviceMismatch });
  return session.user;
}
