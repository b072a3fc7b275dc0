/**
 * The HTTP application: routes plus one error handler that turns every failure into
 * `{ error: SyncErrorBody }` with a Korean message, so a PC always has a code to act on.
 */
import Fastify from 'fastify';
import type { FastifyError, FastifyInstance } from 'fastify';
import { RefusalError, MESSAGES, refuse } from './errors.ts';
import { registerAuthRoutes } from './auth-routes.ts';
import { registerSyncRoutes } from './sync-routes.ts';
import { registerUpdateRoutes } from './update-routes.ts';
import type { ServerContext } from '../context.ts';

export interface AppOptions {
  logger: boolean;
  https?: { cert: Buffer; key: Buffer };
}

/** A push of 1000 ops with long texts is a few MB; the default 1 MB limit would refuse it. */
const BODY_LIMIT = 64 * 1024 * 1024;

function toRefusal(err: FastifyError): RefusalError {
  if (err instanceof RefusalError) return err;
  if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return refuse(413, 'bad_request', { message: MESSAGES.tooLarge });
  if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return refuse(415, 'bad_request', { message: '요청 형식(Content-Type)은 application/json이어야 합니다.' });
  if (err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') return refuse(400, 'bad_request', { message: '요청 본문이 비어 있습니다.' });
  if (err instanceof SyntaxError || err.code === 'FST_ERR_CTP_INVALID_JSON_BODY') return refuse(400, 'bad_request', { message: MESSAGES.badJson });
  const status = err.statusCode ?? 500;
  if (status >= 400 && status < 500) return refuse(status, 'bad_request', { message: `요청을 처리할 수 없습니다 (${err.message}).` });
  return refuse(500, 'server_error', { message: MESSAGES.serverError });
}

export async function buildApp(ctx: ServerContext, options: AppOptions): Promise<FastifyInstance> {
  // The https and http instances differ only in their raw server type, which no route touches.
  const app = (options.https
    ? Fastify({ logger: options.logger, bodyLimit: BODY_LIMIT, https: options.https })
    : Fastify({ logger: options.logger, bodyLimit: BODY_LIMIT })) as unknown as FastifyInstance;

  app.setErrorHandler((err: FastifyError, request, reply) => {
    const refusal = toRefusal(err);
    // Unexpected failures are always printed: with the logger off they would go unseen.
    if (refusal.status >= 500) {
      if (options.logger) request.log.error(err);
      else console.error(err);
    }
    void reply.status(refusal.status).send({ error: refusal.body });
  });
  app.setNotFoundHandler((_request, reply) => {
    void reply.status(404).send({ error: refuse(404, 'bad_request', { message: MESSAGES.notFound }).body });
  });

  registerAuthRoutes(app, ctx);
  registerSyncRoutes(app, ctx);
  await registerUpdateRoutes(app, ctx);
  return app;
}
