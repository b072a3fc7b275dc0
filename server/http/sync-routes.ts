/** Push and pull: the two requests a PC makes every sync round. */
import { SYNC_ROUTES, pullRequestSchema, pushRequestSchema } from '../../shared/sync/protocol.ts';
import type { PushResponse } from '../../shared/sync/protocol.ts';
import type { FastifyInstance } from 'fastify';
import { applyPush } from '../sync/push.ts';
import { buildPullPage } from '../sync/pull.ts';
import { MESSAGES, refuse } from './errors.ts';
import { authenticate, checkClientVersion, checkClock, parseBody } from './guard.ts';
import type { ServerContext } from '../context.ts';

export function registerSyncRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.post(SYNC_ROUTES.push, async (request): Promise<PushResponse> => {
    const body = parseBody(pushRequestSchema, request.body);
    checkClientVersion(ctx, body.clientVersion);
    checkClock(ctx, body.clientTime);
    const user = await authenticate(ctx, request.headers.authorization, body.deviceId);
    if (user.role === 'viewer') throw refuse(403, 'forbidden', { message: MESSAGES.viewerPush });
    const result = await applyPush(ctx.db, { deviceId: body.deviceId, user, ops: body.ops, now: ctx.now(), scope: ctx.scope });
    return { ...result, serverTime: ctx.now() };
  });

  app.post(SYNC_ROUTES.pull, async (request, reply) => {
    const body = parseBody(pullRequestSchema, request.body);
    checkClientVersion(ctx, body.clientVersion);
    checkClock(ctx, body.clientTime);
    const user = await authenticate(ctx, request.headers.authorization, body.deviceId);
    const page = await buildPullPage(ctx.db, { cursor: body.cursor, limit: body.limit, checksums: body.checksums, team: user.team, now: ctx.now(), scope: ctx.scope });
    return reply.type('application/json; charset=utf-8').send(page);
  });
}
