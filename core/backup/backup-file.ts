/**
 * The backup file: one line naming the format, one line of manifest (JSON: the SHA-256 and size
 * of what follows, the schema version, when it was made), then a consistent SQLite snapshot of
 * the data folder. The hash lets restore tell a damaged copy (a bad USB stick, a half-copied
 * file) from a good one before anything is replaced. Backups made before the manifest existed
 * (a bare SQLite file) are still read; for them only SQLite's own integrity check is possible.
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { AppError } from '../../shared/api/errors.ts';

export const BACKUP_MAGIC = 'GUDESK-BACKUP 2\n';
const SQLITE_MAGIC = 'SQLite format 3\0';
const CHUNK = 1024 * 1024;
const MAX_MANIFEST = 4096;

export interface BackupManifest {
  format: 2;
  sha256: string;
  bytes: number;
  schemaVersion: number;
  createdAt: string;
  attachments: number;
}

export const damagedMessage = (why: string) =>
  `백업 파일이 손상되었습니다(${why}). 아무것도 바꾸지 않았습니다. 다른 백업 파일로 복원하거나, 원본에서 백업 파일을 다시 복사하세요.`;

export const notBackupMessage = 'GuDesk 백업 파일이 아니거나 손상되었습니다. 아무것도 바꾸지 않았습니다.';

/** Copies `from` (at `offset`) to the open `toFd`, returning the SHA-256 and length of what was copied. */
function copyHashing(fromFd: number, offset: number, toFd: number | undefined): { sha256: string; bytes: number } {
  const hash = createHash('sha256');
  const buf = Buffer.allocUnsafe(CHUNK);
  let pos = offset;
  let bytes = 0;
  for (;;) {
    const n = readSync(fromFd, buf, 0, CHUNK, pos);
    if (n === 0) break;
    hash.update(buf.subarray(0, n));
    if (toFd !== undefined) writeSync(toFd, buf, 0, n);
    pos += n;
    bytes += n;
  }
  return { sha256: hash.digest('hex'), bytes };
}

/** Writes the backup file `out` from the finished snapshot `sqliteFile`. */
export function writeBackupFile(sqliteFile: string, out: string, info: Omit<BackupManifest, 'format' | 'sha256' | 'bytes'>): BackupManifest {
  const src = openSync(sqliteFile, 'r');
  try {
    const { sha256, bytes } = copyHashing(src, 0, undefined);
    const manifest: BackupManifest = { format: 2, sha256, bytes, ...info };
    const dst = openSync(out, 'w');
    try {
      writeSync(dst, `${BACKUP_MAGIC}${JSON.stringify(manifest)}\n`);
      copyHashing(src, 0, dst);
    } finally {
      closeSync(dst);
    }
    return manifest;
  } finally {
    closeSync(src);
  }
}

function readHead(fd: number): Buffer {
  const head = Buffer.alloc(MAX_MANIFEST);
  return head.subarray(0, readSync(fd, head, 0, MAX_MANIFEST, 0));
}

/**
 * Writes the SQLite snapshot inside `backupFile` to `stagedFile`, checking its hash on the way.
 * Throws the Korean refusal when the file is not a GuDesk backup or does not match its manifest.
 */
export function extractBackup(backupFile: string, stagedFile: string): { manifest: BackupManifest | null } {
  const src = openSync(backupFile, 'r');
  try {
    const head = readHead(src);
    if (head.subarray(0, SQLITE_MAGIC.length).toString('latin1') === SQLITE_MAGIC) {
      const dst = openSync(stagedFile, 'w');
      try {
        copyHashing(src, 0, dst);
      } finally {
        closeSync(dst);
      }
      return { manifest: null };
    }
    if (head.subarray(0, BACKUP_MAGIC.length).toString('latin1') !== BACKUP_MAGIC) throw new AppError('bad_file', notBackupMessage);
    const end = head.indexOf(0x0a, BACKUP_MAGIC.length);
    let manifest: BackupManifest;
    try {
      if (end < 0) throw new Error('no manifest line');
      manifest = JSON.parse(head.subarray(BACKUP_MAGIC.length, end).toString('utf8')) as BackupManifest;
      if (manifest.format !== 2 || !/^[0-9a-f]{64}$/.test(manifest.sha256) || !Number.isInteger(manifest.bytes)) throw new Error('bad manifest');
    } catch {
      throw new AppError('bad_file', damagedMessage('백업 정보를 읽을 수 없습니다'));
    }
    const dst = openSync(stagedFile, 'w');
    let copied: { sha256: string; bytes: number };
    try {
      copied = copyHashing(src, end + 1, dst);
    } finally {
      closeSync(dst);
    }
    if (copied.bytes !== manifest.bytes) throw new AppError('bad_file', damagedMessage(`크기가 ${manifest.bytes}바이트여야 하는데 ${copied.bytes}바이트입니다`));
    if (copied.sha256 !== manifest.sha256) throw new AppError('bad_file', damagedMessage('내용 확인값이 맞지 않습니다'));
    return { manifest };
  } finally {
    closeSync(src);
  }
}
