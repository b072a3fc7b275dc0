/**
 * Attachment files between PCs and the server: content-addressed blobs named by their SHA-256.
 * The attachment's row syncs like any record (shared/domain/attachments.ts); its file goes up once
 * (a PC asks which of its files the server lacks and sends only those, before it pushes their
 * rows) and comes down to every PC that lacks it (after a pull). Both sides check what they get:
 * the size (MAX_ATTACHMENT_BYTES), the hash, and the type sniffed from the whole header.
 *
 * JSON like every other sync route, the bytes in base64, so every file passes the one transport a
 * PC has (the simulated network of the convergence test included); at 20 MB a file costs a third
 * more on the wire, which a department's LAN does not notice.
 *
 *   POST /api/v1/blobs/missing  BlobsMissingRequest → { missing: sha256[] }
 *   POST /api/v1/blobs/put      BlobPutRequest      → { stored: boolean }  (false: it had it already)
 *   POST /api/v1/blobs/get      BlobGetRequest      → { data?: base64 }    (none: not received yet)
 */
import { z } from 'zod';
import { SHA256_HEX } from '../domain/attachments.ts';
import { PROTOCOL_VERSION } from './protocol.ts';

export const BLOB_ROUTES = {
  missing: '/api/v1/blobs/missing',
  put: '/api/v1/blobs/put',
  get: '/api/v1/blobs/get',
} as const;

/** As many as one push batch can create. */
export const MAX_BLOBS_ASKED = 1000;

const sha256 = z.string().regex(SHA256_HEX, { error: '파일의 해시(SHA-256) 형식이 올바르지 않습니다.' });
const base = {
  protocol: z.literal(PROTOCOL_VERSION),
  deviceId: z.string().min(1).max(100),
  clientVersion: z.string().max(40),
};

export const blobsMissingRequestSchema = z.object({ ...base, sha256: z.array(sha256).max(MAX_BLOBS_ASKED) });
/** `data` is checked by the route (size first, then hash and type), so a refusal names what is wrong. */
export const blobPutRequestSchema = z.object({ ...base, sha256, data: z.string() });
export const blobGetRequestSchema = z.object({ ...base, sha256 });

export type BlobsMissingRequest = z.infer<typeof blobsMissingRequestSchema>;
export type BlobPutRequest = z.infer<typeof blobPutRequestSchema>;
export type BlobGetRequest = z.infer<typeof blobGetRequestSchema>;

export interface BlobsMissingResponse {
  missing: string[];
}
export interface BlobPutResponse {
  stored: boolean;
}
export interface BlobGetResponse {
  data?: string;
}

/** The longest base64 text a file within the limit can be. */
export function maxBase64Length(maxBytes: number): number {
  return Math.ceil(maxBytes / 3) * 4;
}
