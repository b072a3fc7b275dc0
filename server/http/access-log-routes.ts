/**
 * 접속기록 routes (shared/sync/access-log.ts): any signed-in PC sends its entries (a viewer's
 * looking is what the log is for); only admins read them. A request is checked whole before
 * anything is stored: one bad entry refuses it in Korean and stores nothing.
 */
import type { FastifyInstance } from 'fastify';
import { ACCESS_LOG_ROUTES, accessLogPushRequestSchema, accessLogQuerySchema, type AccessLogPushResponse, type ServerAccessLogPage } from '../../shared/sync/access-log.ts';
import type { ServerContext } from '../context.ts';
import { listAccessLog, storeAccessLog } from '../store/access-log.ts';
import { refuse } from './errors.ts';
import { authenticate, checkClientVersion, checkClock, parseBody, sessionOf } from './guard.ts';

export function registerAccessLogRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.post(ACCESS_LOG_ROUTES.push, async (request): Promise<AccessLogPushResponse> => {
    const body = parseBody(accessLogPushRequestSchema, request.body);
    checkClientVersion(ctx, body.clientVersion);
    checkClock(ctx, body.clientTime);
    const user = await authenticate(ctx, request.headers.authorization, body.deviceId);
    const stored = await storeAccessLog(ctx.db, body.entries, { login: user.login, team: user.team }, ctx.now());
    return { stored, duplicates: body.entries.length - stored, serverTime: ctx.now() };
  });

  app.get(ACCESS_LOG_ROUTES.list, async (request): Promise<ServerAccessLogPage> => {
    const query = parseBody(accessLogQuerySchema, request.query);
    const { user } = await sessionOf(ctx, request.headers.authorization);
    if (user.role !== 'admin') throw refuse(403, 'forbidden', { message: '접속기록은 관리자 계정만 볼 수 있습니다.' });
    return listAccessLog(ctx.db, query);
  });
}
