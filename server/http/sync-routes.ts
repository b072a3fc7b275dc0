/** Push and pull: the two requests a PC makes every sync round; and a new device id after a reused seq. */
import { SYNC_ROUTES, pullRequestSchema, pushRequestSchema, quarantineRequestSchema, renewDeviceRequestSchema } from '../../shared/sync/protocol.ts';
import type { PushResponse, QuarantineResponse, Session } from '../../shared/sync/protocol.ts';
import { SYNCED, isSyncedName } from '../../shared/domain/synced.ts';
import { clearQuarantined, listQuarantine } from '../store/quarantine.ts';
import type { FastifyInstance } from 'fastify';
import { applyPush } from '../sync/push.ts';
import { buildPullPage } from '../sync/pull.ts';
import { ensureStoredRecordsChecked } from '../sync/quarantine.ts';
import { renewDevice } from '../sync/renew-device.ts';
import { checkPushedOps } from '../sync/validate-push.ts';
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
    checkPushedOps(body.ops, ctx.now());
    await ensureStoredRecordsChecked(ctx.db, ctx.now());
    const result = await applyPush(ctx.db, { deviceId: body.deviceId, user, ops: body.ops, now: ctx.now(), scope: ctx.scope, fieldKey: ctx.fieldKey });
    return { ...result, serverTime: ctx.now() };
  });

  app.post(SYNC_ROUTES.pull, async (request, reply) => {
    const body = parseBody(pullRequestSchema, request.body);
    checkClientVersion(ctx, body.clientVersion);
    checkClock(ctx, body.clientTime);
    const user = await authenticate(ctx, request.headers.authorization, body.deviceId);
    await ensureStoredRecordsChecked(ctx.db, ctx.now());
    const page = await buildPullPage(ctx.db, {
      cursor: body.cursor, limit: body.limit, checksums: body.checksums, team: user.team, now: ctx.now(), scope: ctx.scope,
      user, fieldKey: ctx.fieldKey,
    });
    return reply.type('application/json; charset=utf-8').send(page);
  });

  app.post(SYNC_ROUTES.renewDevice, async (request): Promise<Session> => {
    const body = parseBody(renewDeviceRequestSchema, request.body);
    checkClientVersion(ctx, body.clientVersion);
    const user = await authenticate(ctx, request.headers.authorization, body.deviceId);
    return renewDevice(ctx, user, body);
  });

  app.post(SYNC_ROUTES.quarantine, async (request): Promise<QuarantineResponse> => {
    const body = parseBody(quarantineRequestSchema, request.body);
    checkClientVersion(ctx, body.clientVersion);
    const user = await authenticate(ctx, request.headers.authorization, body.deviceId);
    if (user.role !== 'admin') throw refuse(403, 'forbidden', { message: '따로 둔(격리된) 자료는 관리자 계정만 보고 지울 수 있습니다.' });
    await ensureStoredRecordsChecked(ctx.db, ctx.now());
    const cleared = body.clear === undefined ? undefined : (await clearQuarantined(ctx.db, body.clear)) > 0;
    const records = (await listQuarantine(ctx.db)).map((q) => ({
      register: q.register, registerLabel: isSyncedName(q.register) ? SYNCED[q.register].label : q.register,
      recordId: q.recordId, team: q.team, reason: q.reason, foundAt: q.foundAt,
    }));
    return cleared === undefined ? { records } : { records, cleared };
  });
}
