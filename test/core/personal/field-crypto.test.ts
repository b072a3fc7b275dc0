/** Sensitive values at rest: sealed with a key outside the database, readable only as themselves. */
import { readFileSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fieldContext, fieldCrypto, fileKeyProvider, KEY_FILE, SAFE_KEY_FILE } from '../../../core/personal/field-crypto.ts';
import { tempDir } from '../temp-core.ts';

let root: { dir: string; remove(): void };
beforeEach(() => {
  root = tempDir('gudesk-crypto-');
});
afterEach(() => root.remove());

const ctx = fieldContext('trainees', 'r1', 'disability');

describe('fieldCrypto', () => {
  it('seals a value so the stored text shows nothing of it, and opens it again', () => {
    const crypto = fieldCrypto(fileKeyProvider(root.dir));
    const stored = crypto.encrypt('시각장애 1급', ctx);
    expect(stored).toMatch(/^enc1:/);
    expect(stored).not.toContain('시각');
    expect(crypto.encrypt('시각장애 1급', ctx)).not.toBe(stored); // a fresh nonce each time
    expect(crypto.decrypt(stored, ctx)).toBe('시각장애 1급');
    expect(crypto.encrypt('', ctx)).toBe('');
    expect(crypto.decrypt('예전 평문', ctx)).toBe('예전 평문');
  });

  it('keeps the key in a file beside the database that only the user may read, made once', () => {
    const a = fieldCrypto(fileKeyProvider(root.dir));
    const stored = a.encrypt('지체장애', ctx);
    const keyFile = join(root.dir, KEY_FILE);
    if (process.platform !== 'win32') expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    const key = readFileSync(keyFile, 'utf8');
    // Another core on the same folder (browser mode after the CLI) uses the same key.
    expect(fieldCrypto(fileKeyProvider(root.dir)).decrypt(stored, ctx)).toBe('지체장애');
    expect(readFileSync(keyFile, 'utf8')).toBe(key);
  });

  it('narrows a key file others could read back to the user', () => {
    fieldCrypto(fileKeyProvider(root.dir)).encrypt('x', ctx);
    const keyFile = join(root.dir, KEY_FILE);
    if (process.platform === 'win32') return;
    chmodSync(keyFile, 0o644);
    fieldCrypto(fileKeyProvider(root.dir)).encrypt('y', ctx);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
  });

  it('refuses in Korean a value of another key, another record or field, or altered', () => {
    const crypto = fieldCrypto(fileKeyProvider(root.dir));
    const stored = crypto.encrypt('청각장애', ctx);
    const other = tempDir('gudesk-crypto-other-');
    try {
      expect(() => fieldCrypto(fileKeyProvider(other.dir)).decrypt(stored, ctx)).toThrow('민감정보를 풀지 못했습니다');
    } finally {
      other.remove();
    }
    expect(() => crypto.decrypt(stored, fieldContext('trainees', 'r2', 'disability'))).toThrow('민감정보를 풀지 못했습니다');
    const bytes = Buffer.from(stored.slice(5), 'base64');
    bytes[14] = bytes[14]! ^ 1;
    expect(() => crypto.decrypt(`enc1:${bytes.toString('base64')}`, ctx)).toThrow('민감정보를 풀지 못했습니다');
  });

  it('makes no second key in a folder whose key the window sealed, and says so in Korean', () => {
    writeFileSync(join(root.dir, SAFE_KEY_FILE), 'sealed by the OS');
    expect(() => fieldCrypto(fileKeyProvider(root.dir)).encrypt('x', ctx)).toThrow('GuDesk 창(운영체제 보안 저장소)에 잠겨');
  });

  it('refuses a damaged key file rather than making a new key over it', () => {
    writeFileSync(join(root.dir, KEY_FILE), 'not a key', { mode: 0o600 });
    expect(() => fieldCrypto(fileKeyProvider(root.dir)).encrypt('x', ctx)).toThrow('암호 키를 찾지 못했습니다');
  });
});
