/** Attachment files (shared/sync/blobs.ts): which ones the server lacks, upload one, fetch one. */
import type { FastifyInstance } from 'fastify';
import { BLOB_ROUTES, blobGetRequestSchema, blobPutRequestSchema, blobsMissingRequestSchema, maxBase64Length } from '../../shared/sync/blobs.ts';
import type { BlobGetResponse, BlobPutResponse, BlobsMissingResponse } from '../../shared/sync/blobs.ts';
import type { ServerContext } from '../context.ts';
import { MESSAGES, refuse } from './errors.ts';
import { authenticate, checkClientVersion, parseBody } from './guard.ts';
import { blobInScope } from '../store/records.ts';

/** Base64 as Node writes it; anything else would decode to bytes nobody sent. */
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export function registerBlobRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const blobs = ctx.blobs;

  app.post(BLOB_ROUTES.missing, async (request): Promise<BlobsMissingResponse> => {
    const body = parseBody(blobsMissingRequestSchema, request.body);
    checkClientVersion(ctx, body.clientVersion);
    await authenticate(ctx, request.headers.authorization, body.deviceId);
    return { missing: [...new Set(body.sha256)].filter((sha) => !blobs.has(sha)) };
  });

  app.post(BLOB_ROUTES.put, async (request): Promise<BlobPutResponse> => {
    // The size is judged before anything else is read, so an oversized upload costs no decoding.
    const raw = request.body as { data?: unknown } | null;
    const body = parseBody(blobPutRequestSchema, request.body);
    checkClientVersion(ctx, body.clientVersion);
    const user = await authenticate(ctx, request.headers.authorization, body.deviceId);
    if (user.role === 'viewer') throw refuse(403, 'forbidden', { message: MESSAGES.viewerPush });
    if (typeof raw?.data === 'string' && raw.data.length > maxBase64Length(blobs.maxBytes)) {
      throw refuse(413, 'file_too_large', { message: blobs.tooLarge(Math.floor((raw.data.length * 3) / 4)).message });
    }
    if (!BASE64.test(body.data) || body.data.length % 4 !== 0) {
      throw refuse(400, 'file_refused', { message: '받은 첨부 파일의 내용이 올바른 base64가 아니어서 저장하지 않았습니다. 다시 동기화하세요.' });
    }
    const result = blobs.put(body.sha256, Buffer.from(body.data, 'base64'));
    if ('code' in result) throw refuse(result.code === 'file_too_large' ? 413 : 400, result.code, { message: result.message });
    return result;
  });

  app.post(BLOB_ROUTES.get, async (request): Promise<BlobGetResponse> => {
    const body = parseBody(blobGetRequestSchema, request.body);
    checkClientVersion(ctx, body.clientVersion);
    const user = await authenticate(ctx, request.headers.authorization, body.deviceId);
    // Outside the user's scope the file is as absent as one never received. Department-wide
    // attachments (today's) are everyone's: no scan of the rows for each file fetched.
    if (ctx.scope.isTeamScoped('attachments') && !(await blobInScope(ctx.db, body.sha256, ctx.scope.sqlForUser(user)))) return {};
    const data = blobs.read(body.sha256);
    return data ? { data: data.toString('base64') } : {};
  });
}
