/**
 * The server's own key for sensitive fields (장애 여부 …; docs/PERSONAL-DATA.md '민감정보와 동기화'):
 * a key file outside the database (`--field-key-file`, `GUDESK_FIELD_KEY_FILE`, default
 * `<data-dir>/gudesk-field.key`), created with mode 0600 on first start. The database (SQLite file
 * or PostgreSQL) holds only ciphertext, so a dump of it alone does not reveal those values.
 * Same sealed form as the PCs' ('enc1:' + base64(nonce | ciphertext | tag), AES-256-GCM), with the
 * register, record id and field as additional data: a value moved to another record does not open.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const PREFIX = 'enc1:';
export const DEFAULT_FIELD_KEY_FILE = 'gudesk-field.key';

export interface ServerFieldKey {
  readonly file: string;
  seal(plain: string, register: string, recordId: string, field: string): string;
  /** The plaintext, or undefined when the value is not this key's (moved, damaged, another key). */
  open(stored: string, register: string, recordId: string, field: string): string | undefined;
}

export function isSealed(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(PREFIX);
}

export function fieldKeyMessage(file: string): string {
  return `민감정보 암호 키 파일(${file})이 올바르지 않습니다: 32바이트 키의 base64 한 줄이어야 합니다. 키 파일을 바꾸면 이미 저장된 민감정보를 풀 수 없습니다.`;
}

/** Reads the key file, creating it (0600, 'wx' so two starting servers cannot both write one) if missing. */
export function loadServerFieldKey(file: string): ServerFieldKey {
  const path = resolve(file);
  if (!existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    try {
      writeFileSync(path, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
    } catch (err) {
      if ((err as { code?: string }).code !== 'EEXIST') throw err;
    }
  }
  if (process.platform !== 'win32' && (statSync(path).mode & 0o077) !== 0) chmodSync(path, 0o600);
  const key = Buffer.from(readFileSync(path, 'utf8').trim(), 'base64');
  if (key.length !== 32) throw new Error(fieldKeyMessage(path));
  const aad = (register: string, recordId: string, field: string) => Buffer.from(`${register}\u0000${recordId}\u0000${field}`, 'utf8');
  return {
    file: path,
    seal(plain, register, recordId, field) {
      const nonce = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, nonce);
      cipher.setAAD(aad(register, recordId, field));
      const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return PREFIX + Buffer.concat([nonce, sealed, cipher.getAuthTag()]).toString('base64');
    },
    open(stored, register, recordId, field) {
      const bytes = Buffer.from(stored.slice(PREFIX.length), 'base64');
      if (bytes.length < 28) return undefined;
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, 12));
        decipher.setAAD(aad(register, recordId, field));
        decipher.setAuthTag(bytes.subarray(bytes.length - 16));
        return Buffer.concat([decipher.update(bytes.subarray(12, bytes.length - 16)), decipher.final()]).toString('utf8');
      } catch {
        return undefined;
      }
    },
  };
}
