/**
 * Attachments (a clipping's 스캔 이미지 and PDF, a release's HWP/HWPX/PDF) travel between the department's PCs in two parts:
 * the row, synced like a register's record (this definition: the outbox, the pull applier,
 * checksums, server validation and scope all work from it), and the file, a content-addressed
 * blob on the server named by its SHA-256, uploaded once and fetched by every PC that lacks it
 * (core/sync/blob-sync.ts, server/blobs). Where a file is stored on a PC is never
 * synced: it is derived from the id and the type (core/attachments/stored-file.ts).
 */
import { ATTACHMENT_TYPES } from '../attachments/file-type.ts';
import type { RegisterSpec } from './register.ts';

/** One file's ceiling, on the PC that attaches it and on the server that receives it. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
export const MAX_ATTACHMENT_MB = MAX_ATTACHMENT_BYTES / 1024 / 1024;
/**
 * The longest base64 text (4 characters per 3 bytes) an attachment request may carry: the limit
 * plus 1 MB, so a file a little over the limit still reaches the core, which refuses it naming the
 * file and its size; a far larger one (never from the UI, which refuses it before reading) is
 * refused by the request check. Browser mode's HTTP body limit for attachments follows from it.
 */
export const MAX_ATTACHMENT_BASE64 = Math.ceil((MAX_ATTACHMENT_BYTES + 1024 * 1024) / 3) * 4;

/**
 * What an attachment belongs to: a clipping or a release. Each owner register has a link field of
 * its own on the row (clippingId, releaseId: exactly one is set), so a link that dangles after
 * sync is found and reported like every other link, and merging twins moves the attachments.
 */
export const ATTACHMENT_OWNERS = ['clippings', 'releases'] as const;
export type AttachmentOwnerRegister = (typeof ATTACHMENT_OWNERS)[number];
export const OWNER_FIELD: Record<AttachmentOwnerRegister, 'clippingId' | 'releaseId'> = { clippings: 'clippingId', releases: 'releaseId' };

export const SHA256_HEX = /^[0-9a-f]{64}$/;

export const attachmentsSpec: RegisterSpec = {
  name: 'attachments',
  label: '첨부 파일',
  table: 'attachments',
  personalData: false,
  // 2: releaseId (attachments of 보도자료); a PC of schema 1 parks such rows until it is updated.
  schemaVersion: 2,
  // The same file attached twice to one record is one attachment (the service refuses the second).
  naturalKey: ['clippingId', 'releaseId', 'sha256'],
  fields: [
    { key: 'clippingId', label: '언론보도', kind: 'ref', target: 'clippings', exportable: false },
    { key: 'releaseId', label: '보도자료', kind: 'ref', target: 'releases', exportable: false },
    { key: 'fileName', label: '파일 이름', kind: 'text', maxLength: 200, required: true },
    { key: 'mimeType', label: '형식', kind: 'enum', options: ATTACHMENT_TYPES.map((t) => t.mime), required: true },
    { key: 'size', label: '크기', kind: 'integer' },
    { key: 'sha256', label: '내용 해시', kind: 'text', maxLength: 64, required: true, pattern: { rule: SHA256_HEX, hint: '64자리 16진수(SHA-256)' } },
  ],
};
