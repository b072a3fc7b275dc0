/**
 * A backup sealed with a passphrase: scrypt derives a 256-bit key, AES-256-GCM seals the backup
 * file in 1 MiB chunks (streaming: a 2 GB backup never sits in memory). Each chunk's additional
 * data is the header, its index and whether it is the last, so a chunk cut off, dropped, swapped
 * or taken from another backup fails authentication. A check value derived from the key tells a
 * wrong passphrase from a damaged file before anything is decrypted.
 *
 *   GUDESK-SEALED-BACKUP 1\n {"kdf":"scrypt","N":…,"r":8,"p":1,"salt":…,"check":…,"chunk":1048576}\n
 *   then per chunk: 4-byte length of the ciphertext, 12-byte nonce, ciphertext, 16-byte tag
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { AppError } from '../../shared/api/errors.ts';
import { damagedMessage } from './backup-file.ts';

export const SEALED_MAGIC = 'GUDESK-SEALED-BACKUP 1\n';
const CHUNK = 1024 * 1024;
const MAX_HEADER = 1024;
const SCRYPT = { N: 2 ** 15, r: 8, p: 1 };
/** Shorter passphrases are refused: a backup on a lost USB stick must hold out against guessing. */
export const MIN_PASSPHRASE_LENGTH = 8;

export const wrongPassphraseMessage = '백업 암호가 맞지 않습니다. 아무것도 바꾸지 않았습니다. 백업할 때 정한 암호를 다시 확인하세요.';
export const passphraseNeededMessage = '이 백업은 암호로 보호되어 있습니다. 백업할 때 정한 암호를 입력하세요 (명령줄: --passphrase-file 파일).';
export const shortPassphraseMessage = `백업 암호는 ${MIN_PASSPHRASE_LENGTH}자 이상이어야 합니다.`;

interface SealedHeader {
  kdf: 'scrypt';
  N: number;
  r: number;
  p: number;
  salt: string;
  check: string;
  chunk: number;
}

function deriveKey(passphrase: string, h: Pick<SealedHeader, 'N' | 'r' | 'p' | 'salt'>): Buffer {
  return scryptSync(passphrase.normalize('NFC'), Buffer.from(h.salt, 'base64'), 32, { N: h.N, r: h.r, p: h.p, maxmem: 256 * h.N * h.r + 1024 * 1024 });
}

function checkValue(key: Buffer): string {
  return createHash('sha256').update('gudesk-sealed-backup-check').update(key).digest('base64');
}

function aad(headerLine: Buffer, index: number, last: boolean): Buffer {
  const tail = Buffer.alloc(5);
  tail.writeUInt32BE(index, 0);
  tail[4] = last ? 1 : 0;
  return Buffer.concat([headerLine, tail]);
}

export function assertPassphrase(passphrase: string): void {
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) throw new AppError('invalid_input', shortPassphraseMessage);
}

/** Seals the plain backup file `plainFile` into `out` with `passphrase`. */
export function sealFile(plainFile: string, out: string, passphrase: string): void {
  assertPassphrase(passphrase);
  const salt = randomBytes(16).toString('base64');
  const key = deriveKey(passphrase, { ...SCRYPT, salt });
  const header: SealedHeader = { kdf: 'scrypt', ...SCRYPT, salt, check: checkValue(key), chunk: CHUNK };
  const headerLine = Buffer.from(`${SEALED_MAGIC}${JSON.stringify(header)}\n`, 'utf8');
  const src = openSync(plainFile, 'r');
  const dst = openSync(out, 'w');
  try {
    writeSync(dst, headerLine);
    const buf = Buffer.allocUnsafe(CHUNK);
    let pos = 0;
    let index = 0;
    let n = readSync(src, buf, 0, CHUNK, pos);
    for (;;) {
      const chunk = Buffer.from(buf.subarray(0, n));
      pos += n;
      // Look one chunk ahead so the last one is marked as such (an empty file is one empty last chunk).
      const next = Buffer.allocUnsafe(CHUNK);
      const m = n === 0 ? 0 : readSync(src, next, 0, CHUNK, pos);
      const last = m === 0;
      const nonce = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, nonce);
      cipher.setAAD(aad(headerLine, index, last));
      const sealed = Buffer.concat([cipher.update(chunk), cipher.final()]);
      const len = Buffer.alloc(4);
      len.writeUInt32BE(sealed.length, 0);
      writeSync(dst, Buffer.concat([len, nonce, sealed, cipher.getAuthTag()]));
      if (last) break;
      next.copy(buf, 0, 0, m);
      n = m;
      index++;
    }
  } finally {
    closeSync(src);
    closeSync(dst);
  }
}

/** Whether `file` is a sealed backup (restore then needs the passphrase). */
export function isSealed(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(SEALED_MAGIC.length);
    readSync(fd, head, 0, head.length, 0);
    return head.toString('latin1') === SEALED_MAGIC;
  } finally {
    closeSync(fd);
  }
}

function readExactly(fd: number, length: number, pos: number): Buffer {
  const buf = Buffer.alloc(length);
  const n = readSync(fd, buf, 0, length, pos);
  if (n !== length) throw new AppError('bad_file', damagedMessage('암호화된 백업이 중간에 끊겼습니다'));
  return buf;
}

/**
 * Opens the sealed `file` into `out` (a plain backup file). A wrong passphrase is refused before
 * anything is written; a damaged file is refused at the first chunk that fails authentication.
 */
export function unsealFile(file: string, out: string, passphrase: string | undefined): void {
  if (passphrase === undefined || passphrase === '') throw new AppError('invalid_input', passphraseNeededMessage);
  const src = openSync(file, 'r');
  try {
    const head = Buffer.alloc(MAX_HEADER);
    const got = readSync(src, head, 0, MAX_HEADER, 0);
    const end = head.subarray(0, got).indexOf(0x0a, SEALED_MAGIC.length);
    let header: SealedHeader;
    try {
      if (end < 0) throw new Error('no header');
      header = JSON.parse(head.subarray(SEALED_MAGIC.length, end).toString('utf8')) as SealedHeader;
      const sane = header.kdf === 'scrypt' && Number.isInteger(header.N) && header.N >= 2 ** 14 && header.N <= 2 ** 20 && header.r >= 1 && header.r <= 32 && header.p >= 1 && header.p <= 4 && header.chunk >= 1 && header.chunk <= 16 * CHUNK;
      if (!sane) throw new Error('bad header');
    } catch {
      throw new AppError('bad_file', damagedMessage('암호화 정보를 읽을 수 없습니다'));
    }
    const headerLine = head.subarray(0, end + 1);
    const key = deriveKey(passphrase, header);
    const expected = Buffer.from(checkValue(key), 'base64');
    const given = Buffer.from(header.check, 'base64');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new AppError('bad_file', wrongPassphraseMessage);
    const dst = openSync(out, 'w');
    try {
      let pos = end + 1;
      for (let index = 0; ; index++) {
        const len = readExactly(src, 4, pos).readUInt32BE(0);
        if (len > header.chunk) throw new AppError('bad_file', damagedMessage('암호화된 조각의 크기가 맞지 않습니다'));
        const nonce = readExactly(src, 12, pos + 4);
        const sealed = readExactly(src, len, pos + 16);
        const tag = readExactly(src, 16, pos + 16 + len);
        pos += 32 + len;
        const probe = Buffer.alloc(1);
        const last = readSync(src, probe, 0, 1, pos) === 0;
        const decipher = createDecipheriv('aes-256-gcm', key, nonce);
        decipher.setAAD(aad(headerLine, index, last));
        decipher.setAuthTag(tag);
        let plain: Buffer;
        try {
          plain = Buffer.concat([decipher.update(sealed), decipher.final()]);
        } catch {
          throw new AppError('bad_file', damagedMessage('암호화된 내용이 확인되지 않습니다'));
        }
        writeSync(dst, plain);
        if (last) break;
      }
    } finally {
      closeSync(dst);
    }
  } finally {
    closeSync(src);
  }
}
