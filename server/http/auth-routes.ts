/**
 * Login and refresh. Login binds the PC (its device id) to the user and returns a short-lived
 * access token plus a refresh token, both bound to that PC; every refresh rotates the refresh
 * token, and presenting a used one signs the PC out everywhere (someone copied it).
 */
import { SYNC_ROUTES, loginRequestSchema, refreshRequestSchema } from '../../shared/sync/protocol.ts';
import type { Session } from '../../shared/sync/protocol.ts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { decoyHash, verifyPassword } from '../auth/password.ts';
import { newToken, tokenHash } from '../auth/tokens.ts';
import { MESSAGES, rateLimitedMessage, refuse, tooManyParallelLoginsMessage } from './errors.ts';
import { checkClientVersion, parseBody } from './guard.ts';
import type { ServerContext } from '../context.ts';
import type { TokenRecord, User } from '../store/accounts.ts';

interface IssuedTokens {
  access: string;
  refresh: string;
  accessRecord: TokenRecord;
  refreshRecord: TokenRecord;
}

function issueTokens(ctx: ServerContext, now: number): IssuedTokens {
  const access = newToken();
  const refresh = newToken();
  return {
    access,
    refresh,
    accessRecord: { hash: tokenHash(access), expiresAt: now + ctx.accessTokenTtlMs },
    refreshRecord: { hash: tokenHash(refresh), expiresAt: now + ctx.refreshTokenTtlMs },
  };
}

/** The department's update feed: the --update-feed policy, else this server's own, as the PC reached it. */
function updateFeedOf(ctx: ServerContext, request: FastifyRequest): string {
  return ctx.updateFeedUrl ?? `${request.protocol}://${request.host}${SYNC_ROUTES.updates}`;
}

function session(ctx: ServerContext, request: FastifyRequest, user: User, tokens: IssuedTokens, now: number): Session {
  return {
    accessToken: tokens.access,
    accessExpiresAt: tokens.accessRecord.expiresAt,
    refreshToken: tokens.refresh,
    user: { login: user.login, name: user.name, team: user.team, role: user.role },
    serverId: ctx.serverId,
    serverTime: now,
    updateFeedUrl: updateFeedOf(ctx, request),
  };
}

export function registerAuthRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.post(SYNC_ROUTES.login, async (request, reply) => {
    const body = parseBody(loginRequestSchema, request.body);
    checkClientVersion(ctx, body.clientVersion);
    const knownDevice = (await ctx.accounts.deviceLogin(body.deviceId)) === body.login;
    const admission = await ctx.loginGuard.admit({ login: body.login, ip: request.ip, deviceId: body.deviceId, knownDevice }, ctx.now);
    if (admission.kind === 'wait') {
      const retryAfterSeconds = Math.ceil(admission.waitMs / 1000);
      reply.header('retry-after', String(retryAfterSeconds));
      if (admission.reason === 'parallel') throw refuse(429, 'rate_limited', { retryAfterSeconds, busy: true, message: tooManyParallelLoginsMessage(retryAfterSeconds) });
      throw refuse(429, 'rate_limited', { retryAfterSeconds, message: rateLimitedMessage(retryAfterSeconds) });
    }
    let user: User | undefined;
    let passwordOk = false;
    try {
      user = await ctx.accounts.getUser(body.login);
      // Unknown, disabled and wrong password take the same time and get the same answer.
      passwordOk = await verifyPassword(body.password, user?.passwordHash ?? (await decoyHash()));
    } finally {
      if (user && !user.disabled && passwordOk) admission.ticket.succeeded();
      else admission.ticket.failed();
    }
    if (!user || user.disabled || !passwordOk) throw refuse(401, 'bad_credentials', { message: MESSAGES.badCredentials });
    const now = ctx.now();
    const tokens = issueTokens(ctx, now);
    await ctx.accounts.startSession(body.deviceId, user.login, body.deviceName, now, tokens.accessRecord, tokens.refreshRecord);
    return session(ctx, request, user, tokens, now);
  });

  app.post(SYNC_ROUTES.refresh, async (request) => {
    const body = parseBody(refreshRequestSchema, request.body);
    checkClientVersion(ctx, body.clientVersion);
    const now = ctx.now();
    const tokens = issueTokens(ctx, now);
    const outcome = await ctx.accounts.rotateRefresh(tokenHash(body.refreshToken), body.deviceId, now, tokens.accessRecord, tokens.refreshRecord);
    if (outcome.kind === 'reused') throw refuse(401, 'unauthorized', { message: MESSAGES.refreshReused });
    if (outcome.kind === 'invalid') throw refuse(401, 'unauthorized');
    return session(ctx, request, outcome.user, tokens, now);
  });
}
