/**
 * Attachment files on the server, content-addressed: `<data-dir>/blobs/<first two hex>/<sha256>`.
 * A folder rather than a table, because the bytes never take part in a merge, a pull page or a
 * checksum: keeping them out of the database keeps `records` scans and the database's backups
 * small, and works the same whether the records live in SQLite or PostgreSQL (back up the data
 * folder's blobs/ with the database; docs/SERVER.md). A file is stored only after its size, its
 * hash and its type were checked, written to a temporary name, flushed and renamed, so a crash
 * leaves either the whole file or none, and a name always holds the content it names.
 */
import { createHash, randomUUID } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { sniffAttachmentType } from '../../shared/attachments/file-type.ts';
import { MAX_ATTACHMENT_BYTES, SHA256_HEX } from '../../shared/domain/attachments.ts';

/** '20MB', '1.5MB', '4KB': as a clerk reads a file size. */
function sizeText(bytes: number): string {
  const mb = bytes / 1024 / 1024;
  return mb >= 1 ? `${Number(mb.toFixed(1))}MB` : `${Math.max(1, Math.ceil(bytes / 1024))}KB`;
}

export type BlobRefusal = { code: 'file_too_large' | 'file_refused'; message: string };

export function blobStore(dir: string, maxBytes = MAX_ATTACHMENT_BYTES) {
  const pathOf = (sha256: string): string => {
    // Route schemas check the form already; this guard keeps any other caller inside the folder.
    if (!SHA256_HEX.test(sha256)) throw new Error(`not a sha256: ${sha256.slice(0, 80)}`);
    return join(dir, sha256.slice(0, 2), sha256);
  };

  return {
    maxBytes,
    has: (sha256: string): boolean => existsSync(pathOf(sha256)),
    read(sha256: string): Buffer | undefined {
      try {
        return readFileSync(pathOf(sha256));
      } catch {
        return undefined;
      }
    },
    tooLarge(size: number): BlobRefusal {
      return {
        code: 'file_too_large',
        message: `첨부 파일이 너무 큽니다(${sizeText(size)}). 한 파일은 ${sizeText(maxBytes)}까지 보낼 수 있습니다. 스캔 해상도를 낮추거나 PDF를 나누어 다시 첨부하세요.`,
      };
    },
    /** Stores `data` under `sha256` after checking it; a refusal says why in Korean. */
    put(sha256: string, data: Buffer): { stored: boolean } | BlobRefusal {
      if (data.length > maxBytes) return this.tooLarge(data.length);
      if (data.length === 0) return { code: 'file_refused', message: '빈 첨부 파일은 받지 않습니다.' };
      if (createHash('sha256').update(data).digest('hex') !== sha256) {
        return { code: 'file_refused', message: '받은 첨부 파일의 내용이 그 해시(SHA-256)와 맞지 않아 저장하지 않았습니다. 보내는 중에 손상되었을 수 있으니 다시 동기화하세요.' };
      }
      if (!sniffAttachmentType(data)) {
        return { code: 'file_refused', message: '스캔 이미지(JPG, PNG, GIF, WEBP, BMP), PDF, 한/글 문서(HWP, HWPX)가 아닌 첨부 파일은 받지 않습니다.' };
      }
      const target = pathOf(sha256);
      if (existsSync(target)) return { stored: false };
      mkdirSync(join(dir, sha256.slice(0, 2)), { recursive: true });
      const tmp = `${target}.${randomUUID()}.part`;
      try {
        const fd = openSync(tmp, 'wx');
        try {
          writeSync(fd, data);
          fsyncSync(fd);
        } finally {
          closeSync(fd);
        }
        renameSync(tmp, target);
      } catch (err) {
        rmSync(tmp, { force: true });
        throw err;
      }
      return { stored: true };
    },
  };
}

export type BlobStore = ReturnType<typeof blobStore>;
