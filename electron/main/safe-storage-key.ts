/**
 * The sensitive-field key in the Electron window: 32 random bytes sealed by Electron's
 * safeStorage (Windows DPAPI under the user's account, macOS Keychain, libsecret on Linux) and
 * kept as `<data folder>/gudesk.key.safe`. The file alone decrypts nothing: only this user on
 * this PC can open it. A folder whose key browser mode or the CLI made first (gudesk.key) keeps
 * that key: one folder, one key. Tested by typecheck only (Electron cannot run in the tests).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { safeStorage } from 'electron';
import { fileKeyProvider, KEY_FILE, SAFE_KEY_FILE, type KeyProvider } from '../../core/personal/field-crypto.ts';

export function safeStorageKeyProvider(dataDir: string): KeyProvider {
  const file = join(dataDir, SAFE_KEY_FILE);
  const plain = fileKeyProvider(dataDir);
  let cached: Buffer | undefined;
  return {
    where: `${file} (운영체제 보안 저장소로 잠금)`,
    key() {
      if (cached) return cached;
      if (existsSync(join(dataDir, KEY_FILE))) return (cached = plain.key());
      if (!safeStorage.isEncryptionAvailable()) throw new Error('safeStorage is not available on this PC');
      if (!existsSync(file)) {
        const sealed = safeStorage.encryptString(randomBytes(32).toString('base64'));
        try {
          writeFileSync(file, sealed, { mode: 0o600, flag: 'wx' });
        } catch (err) {
          if ((err as { code?: string }).code !== 'EEXIST') throw err;
        }
      }
      const key = Buffer.from(safeStorage.decryptString(readFileSync(file)), 'base64');
      if (key.length !== 32) throw new Error(`${file} does not hold a 32-byte key`);
      cached = key;
      return key;
    },
  };
}
