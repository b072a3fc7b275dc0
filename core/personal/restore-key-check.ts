/**
 * After a restore: how many sealed sensitive values (장애 여부 …) of the restored database the
 * data folder's key cannot open, so the restore can say so plainly. The backup never holds the
 * key (docs/PERSONAL-DATA.md): restored on another PC without the key file, those values stay
 * unreadable (shown ●●●, reveal refused) until the original gudesk.key is copied in; everything
 * else works. It never creates a key: a missing key file counts every sealed value.
 */
import type Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { columnName } from '../records/columns.ts';
import { FLAT_REGISTERS } from '../../shared/domain/registers.ts';
import type { RegisterSpec } from '../../shared/domain/register.ts';
import { fieldContext, fieldCrypto, fileKeyProvider, KEY_FILE, SAFE_KEY_FILE } from './field-crypto.ts';
import { registersWithSensitiveFields } from './at-rest.ts';

export const unreadableAfterRestoreMessage = (count: number) =>
  `민감정보 ${count}건은 이 PC에 그 값을 암호화한 키 파일이 없어 읽을 수 없습니다(화면에는 ●●●, 마스킹 해제는 거절). ` +
  `원래 PC의 데이터 폴더에 있던 키 파일(${KEY_FILE})을 이 데이터 폴더에 옮기면 읽힙니다. 나머지 자료는 모두 그대로 쓸 수 있습니다.`;

export function unreadableSensitiveCount(db: Database.Database, dataDir: string): number {
  // The window's key is sealed by the OS and only the window opens it: nothing to check from here.
  if (!existsSync(join(dataDir, KEY_FILE)) && existsSync(join(dataDir, SAFE_KEY_FILE))) return 0;
  const crypto = existsSync(join(dataDir, KEY_FILE)) ? fieldCrypto(fileKeyProvider(dataDir)) : undefined;
  let count = 0;
  for (const { register, fields } of registersWithSensitiveFields()) {
    const table = (FLAT_REGISTERS as unknown as Record<string, RegisterSpec>)[register]!.table;
    const columns = new Set(db.prepare<[string], string>('SELECT name FROM pragma_table_info(?)').pluck().all(table));
    for (const f of fields) {
      const col = columnName(f.key);
      if (!columns.has(col)) continue;
      const rows = db.prepare<[], { id: string; v: string }>(`SELECT id, ${col} AS v FROM ${table} WHERE ${col} LIKE 'enc1:%'`).all();
      for (const r of rows) {
        try {
          if (!crypto) throw new Error('no key');
          crypto.decrypt(r.v, fieldContext(register, r.id, f.key));
        } catch {
          count++;
        }
      }
    }
  }
  return count;
}
