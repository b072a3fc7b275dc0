/**
 * The update feed. PCs fetch GET /updates/<file> without logging in (electron-updater 'generic'
 * provider, with Range requests for differential download); an admin uploads a release with
 * PUT /api/v1/admin/updates/<file> (`gudesk-server update publish`).
 */
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import type { Readable } from 'node:stream';
import { SYNC_ROUTES } from '../../shared/sync/protocol.ts';
import { isFeedFileName, writeFeedFile } from '../updates/feed-files.ts';
import { MESSAGES, refuse } from './errors.ts';
import { sessionOf } from './guard.ts';
import type { ServerContext } from '../context.ts';

export const ADMIN_UPDATES_ROUTE = '/api/v1/admin/updates/';

export async function registerUpdateRoutes(app: FastifyInstance, ctx: ServerContext): Promise<void> {
  await app.register(fastifyStatic, {
    root: ctx.updatesDir,
    prefix: SYNC_ROUTES.updates,
    decorateReply: false,
    index: false,
    dotfiles: 'ignore',
    allowedPath: (pathName) => isFeedFileName(pathName.replace(/^\//, '')),
    // latest.yml must never be cached by a proxy: it is how PCs learn of a new release.
    setHeaders: (reply, path) => {
      if (/\.ya?ml$/i.test(path)) {
        reply.header('cache-control', 'no-cache');
        reply.header('content-type', 'text/yaml; charset=utf-8');
      }
    },
  });

  await app.register(async (scope) => {
    // The upload body is streamed to disk as it arrives, whatever its content type.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_request, payload, done) => done(null, payload));
    scope.put<{ Params: { file: string } }>(`${ADMIN_UPDATES_ROUTE}:file`, { bodyLimit: 4 * 1024 ** 3 }, async (request) => {
      const { user } = await sessionOf(ctx, request.headers.authorization);
      if (user.role !== 'admin') throw refuse(403, 'forbidden', { message: MESSAGES.adminOnly });
      const name = request.params.file;
      if (!isFeedFileName(name)) throw refuse(400, 'bad_request', { message: MESSAGES.badFileName });
      const size = await writeFeedFile(ctx.updatesDir, name, request.body as Readable);
      return { file: name, size };
    });
  });
}
