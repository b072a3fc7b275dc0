/**
 * Attachment files travel inside the backup in a table of their own. On the way back every row
 * and file is checked: a row's stored name must be its id and its type's extension (stored-file.ts),
 * and a file is only written when its content is the type its row says. A backup whose rows point
 * anywhere else is refused whole, so a crafted backup can neither write outside attachments/ nor
 * make the app read a file from outside it later.
 */
import type Database from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../shared/api/errors.ts';
import { sniffAttachmentType } from '../attachments/file-type.ts';
import { ATTACHMENTS_FOLDER, isValidStoredName } from '../attachments/stored-file.ts';
import { fsyncFile, fsyncFolder } from './durable-fs.ts';

export const BACKUP_FILES_TABLE = 'backup_attachment_files';

interface Row {
  id: string;
  mime_type: string;
  stored_name: string;
  file_name: string;
}

/** Copies the data folder's attachment files into the snapshot `copy`; returns how many. */
export function packAttachments(copy: Database.Database, dataDir: string): number {
  copy.exec(`CREATE TABLE ${BACKUP_FILES_TABLE} (name TEXT PRIMARY KEY, data BLOB NOT NULL) STRICT`);
  const rows = copy.prepare<[], Row>('SELECT id, mime_type, stored_name, file_name FROM attachments').all();
  const dir = join(dataDir, ATTACHMENTS_FOLDER);
  const insert = copy.prepare(`INSERT INTO ${BACKUP_FILES_TABLE} (name, data) VALUES (?, ?)`);
  let n = 0;
  copy.transaction(() => {
    const present = new Set(existsSync(dir) ? readdirSync(dir) : []);
    for (const row of rows) {
      if (!isValidStoredName(row) || !present.has(row.stored_name)) continue;
      insert.run(row.stored_name, readFileSync(join(dir, row.stored_name)));
      n++;
    }
  })();
  return n;
}

export interface UnpackPlan {
  /** Files to write into attachments/ (only those not there yet). */
  files: Array<{ name: string; data: Buffer }>;
  /** Files left out because their content is not the type their row says (named for the report). */
  skipped: string[];
}

/** Checks the staged database's attachment rows and files; refuses in Korean when a row is crafted. */
export function planAttachments(staged: Database.Database, tables: Set<string>): UnpackPlan {
  const rows = staged.prepare<[], Row>('SELECT id, mime_type, stored_name, file_name FROM attachments').all();
  const bad = rows.find((r) => !isValidStoredName(r));
  if (bad) {
    throw new AppError('bad_file', `백업의 첨부 파일 정보가 올바르지 않습니다('${bad.file_name}'). 손상되었거나 조작된 백업일 수 있어 복원하지 않았습니다. 아무것도 바꾸지 않았습니다.`);
  }
  const plan: UnpackPlan = { files: [], skipped: [] };
  if (!tables.has(BACKUP_FILES_TABLE)) return plan;
  const byName = new Map(rows.map((r) => [r.stored_name, r]));
  const files = staged.prepare<[], { name: string; data: Buffer }>(`SELECT name, data FROM ${BACKUP_FILES_TABLE}`).all();
  for (const f of files) {
    const row = byName.get(f.name);
    if (!row) continue; // a file no row refers to is never needed
    if (sniffAttachmentType(f.data)?.mime !== row.mime_type) plan.skipped.push(row.file_name);
    else plan.files.push(f);
  }
  return plan;
}

/** Writes the planned files that the folder lacks (each whole, under its checked name). */
export function writeAttachments(dataDir: string, plan: UnpackPlan): void {
  const dir = join(dataDir, ATTACHMENTS_FOLDER);
  mkdirSync(dir, { recursive: true });
  for (const f of plan.files) {
    const target = join(dir, f.name);
    if (existsSync(target)) continue;
    const tmp = `${target}.part`;
    writeFileSync(tmp, f.data);
    fsyncFile(tmp);
    renameSync(tmp, target);
  }
  fsyncFolder(dir);
}
