/**
 * Sensitive fields (FieldSpec.personal 'sensitive': 장애 여부 …) encrypted at rest: AES-256-GCM
 * with a key that is never in the database. Where the key lives is the KeyProvider's business:
 * the Electron window passes one backed by the OS keychain (electron/main/safe-storage-key.ts:
 * Windows DPAPI, macOS Keychain); browser mode and the CLI use a key file beside the database,
 * readable only by the user (mode 0600; on Windows the user's profile folder ACL, see
 * docs/PERSONAL-DATA.md). A stolen gudesk.sqlite or backup alone does not reveal those values.
 *
 * Stored form: 'enc1:' + base64(12-byte nonce | ciphertext | 16-byte tag). The additional data
 * is the value's context (register, record id, field), so a value copied into another record or
 * field does not decrypt there.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../shared/api/errors.ts';

export interface KeyProvider {
  /** The 32-byte key, created on first use. */
  key(): Buffer;
  /** Where the key is, in Korean, for 설정 and the docs ('데이터 폴더의 gudesk.key'). */
  readonly where: string;
}

export const KEY_FILE = 'gudesk.key';
/** The window's key, sealed by the OS (electron/main/safe-storage-key.ts). One data folder has one key: whichever was made first. */
export const SAFE_KEY_FILE = 'gudesk.key.safe';
const PREFIX = 'enc1:';

export const keyMissingMessage = (where: string) =>
  `민감정보를 풀 암호 키를 찾지 못했습니다(${where}). 키 파일을 옮기지 않았는지 확인하세요. 데이터는 바뀌지 않았습니다.`;
export const sealedKeyMessage =
  '이 데이터 폴더의 민감정보 키는 GuDesk 창(운영체제 보안 저장소)에 잠겨 있어 브라우저 모드와 명령줄에서는 민감정보를 다룰 수 없습니다. GuDesk 창에서 작업하세요.';
export const undecryptableMessage = '민감정보를 풀지 못했습니다: 다른 PC의 키로 암호화되었거나 값이 손상되었습니다. 데이터는 바뀌지 않았습니다.';

function parseKey(text: string, where: string): Buffer {
  const key = Buffer.from(text.trim(), 'base64');
  if (key.length !== 32) throw new AppError('internal', keyMissingMessage(where));
  return key;
}

/**
 * Browser mode and the CLI: `<data folder>/gudesk.key`, beside (not inside) gudesk.sqlite,
 * created with mode 0600. A key file others could read is narrowed to the user again.
 */
export function fileKeyProvider(dataDir: string): KeyProvider {
  const file = join(dataDir, KEY_FILE);
  let cached: Buffer | undefined;
  return {
    where: file,
    key() {
      if (cached) return cached;
      // The window made this folder's key first: a second key would leave values no one side can read.
      if (!existsSync(file) && existsSync(join(dataDir, SAFE_KEY_FILE))) throw new AppError('forbidden', sealedKeyMessage);
      if (!existsSync(file)) {
        // 'wx': two cores racing to create it cannot both win and write different keys.
        try {
          writeFileSync(file, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
        } catch (err) {
          if ((err as { code?: string }).code !== 'EEXIST') throw err;
        }
      }
      if (process.platform !== 'win32' && (statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
      cached = parseKey(readFileSync(file, 'utf8'), file);
      return cached;
    },
  };
}

export interface FieldCrypto {
  encrypt(plain: string, context: string): string;
  /** A value stored before encryption was switched on comes back as it is. */
  decrypt(stored: string, context: string): string;
  isEncrypted(stored: string): boolean;
}

export function fieldCrypto(provider: KeyProvider): FieldCrypto {
  return {
    encrypt(plain, context) {
      if (plain === '') return '';
      const nonce = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', provider.key(), nonce);
      cipher.setAAD(Buffer.from(context, 'utf8'));
      const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return PREFIX + Buffer.concat([nonce, sealed, cipher.getAuthTag()]).toString('base64');
    },
    decrypt(stored, context) {
      if (!stored.startsWith(PREFIX)) return stored;
      const bytes = Buffer.from(stored.slice(PREFIX.length), 'base64');
      if (bytes.length < 28) throw new AppError('internal', undecryptableMessage);
      try {
        const decipher = createDecipheriv('aes-256-gcm', provider.key(), bytes.subarray(0, 12));
        decipher.setAAD(Buffer.from(context, 'utf8'));
        decipher.setAuthTag(bytes.subarray(bytes.length - 16));
        return Buffer.concat([decipher.update(bytes.subarray(12, bytes.length - 16)), decipher.final()]).toString('utf8');
      } catch (err) {
        if (err instanceof AppError) throw err;
        throw new AppError('internal', undecryptableMessage);
      }
    },
    isEncrypted: (stored) => stored.startsWith(PREFIX),
  };
}

/** The context a value is sealed with: it only decrypts as this field of this record. */
export function fieldContext(register: string, recordId: string, field: string): string {
  return `${register}\u0000${recordId}\u0000${field}`;
}
