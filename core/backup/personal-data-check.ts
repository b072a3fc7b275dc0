/**
 * Whether a database holds personal data: a register with personal fields has rows, or the
 * 접속기록 is not empty (it names who looked at whom). An unencrypted backup of such a folder is
 * named as such to the clerk ('개인정보가 들어 있는 백업이 암호화되지 않았습니다…').
 */
import type Database from 'better-sqlite3';
import { REGISTERS } from '../../shared/domain/registers.ts';
import { holdsPersonalData } from '../../shared/personal/personal-record.ts';

export const UNENCRYPTED_PERSONAL_BACKUP =
  '개인정보가 들어 있는 백업이 암호화되지 않았습니다. USB 등에 옮기거나 보관하려면 백업 암호를 정해 다시 백업하세요 (명령줄: --passphrase-file 파일).';

export function holdsPersonalRows(db: Database.Database): boolean {
  const tables = new Set(db.prepare<[], string>("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all());
  const nonEmpty = (table: string) => tables.has(table) && db.prepare(`SELECT 1 FROM "${table.replace(/"/g, '""')}" LIMIT 1`).get() !== undefined;
  if (nonEmpty('access_log')) return true;
  return Object.values(REGISTERS).some((spec) => holdsPersonalData(spec) && nonEmpty(spec.table));
}
