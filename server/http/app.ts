/**
 * The HTTP application: routes plus one error handler that turns every failure into
 * `{ error: SyncErrorBody }` with a Korean message, so a PC always has a code to act on.
 */
import Fastify from 'fastify';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Socket } from 'node:net';
import { RefusalError } from './errors.ts';
import { refusalFor, toRefusal, answerUnreadableRequest, NO_STORE, SECURITY_HEADERS } from './safe-replies.ts';
import { registerAuthRoutes } from './auth-routes.ts';
import { registerAccessLogRoutes } from './access-log-routes.ts';
import { registerBlobRoutes } from './blob-routes.ts';
import { registerSyncRoutes } from './sync-routes.ts';
import { registerUpdateRoutes } from './update-routes.ts';
import type { ServerContext } from '../context.ts';

export interface AppOptions {
  logger: boolean;
  https?: { cert: Buffer; key: Buffer };
}

/** A push of 1000 ops with long texts is a few MB; the default 1 MB limit would refuse it. */
const BODY_LIMIT = 64 * 1024 * 1024;

export async function buildApp(ctx: ServerContext, options: AppOptions): Promise<FastifyInstance> {
  // Nothing internal reaches a client: with the logger off, details still go to the console.
  const logDetail = (detail: string): void => {
    if (options.logger) app.log.warn(detail);
    else console.warn(`[gudesk-server] ${detail}`);
  };
  const common = {
    logger: options.logger,
    bodyLimit: BODY_LIMIT,
    clientErrorHandler: (err: NodeJS.ErrnoException, socket: Socket) => answerUnreadableRequest(err, socket, logDetail),
    // A bad URL (e.g. '/%zz') never reaches the router; answer it like any other refusal.
    frameworkErrors: (err: FastifyError, _request: FastifyRequest, reply: FastifyReply) => {
      logDetail(`거절한 요청: ${err.code} ${err.message}`);
      // No route, so no onSend hook: the headers are set here.
      void reply.status(400).headers({ ...SECURITY_HEADERS, 'cache-control': NO_STORE }).send({ error: toRefusal(err).body });
    },
  };
  // The https and http instances differ only in their raw server type, which no route touches.
  const app = (options.https ? Fastify({ ...common, https: options.https }) : Fastify(common)) as unknown as FastifyInstance;

  app.addHook('onSend', async (_request, reply, payload) => {
    reply.headers(SECURITY_HEADERS);
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', NO_STORE);
    return payload;
  });
  app.setErrorHandler((err: FastifyError, request, reply) => {
    const refusal = toRefusal(err);
    // Unexpected failures are always printed: with the logger off they would go unseen.
    if (refusal.status >= 500) {
      if (options.logger) request.log.error(err);
      else console.error(err);
    } else if (!(err instanceof RefusalError)) {
      logDetail(`거절한 요청 (${refusal.status}) ${request.method} ${request.url}: ${err.code ?? ''} ${err.message}`);
    }
    void reply.status(refusal.status).send({ error: refusal.body });
  });
  app.setNotFoundHandler((_request, reply) => {
    void reply.status(404).send({ error: refusalFor(404).body });
  });

  registerAuthRoutes(app, ctx);
  registerSyncRoutes(app, ctx);
  registerBlobRoutes(app, ctx);
  registerAccessLogRoutes(app, ctx);
  await registerUpdateRoutes(app, ctx);
  return app;
}
