/**
 * Where an attachment's file is, decided by its row and never taken from it on trust: the name is
 * exactly the attachment's id and the extension of its recorded type, inside <data>/attachments.
 * A row that says anything else (a crafted backup, '../../etc/passwd', a type GuDesk never
 * stores) is refused, so no row can make the app read or write a file outside that folder.
 */
import { join } from 'node:path';
import { AppError } from '../../shared/api/errors.ts';
import { extensionForMime } from './file-type.ts';

export const ATTACHMENTS_FOLDER = 'attachments';

/** Record ids are UUIDs (ids.ts): letters, digits and hyphens only. */
const ATTACHMENT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface AttachmentRowName {
  id: string;
  mime_type: string;
  stored_name: string;
  file_name: string;
}

/** The stored name a row must have, or undefined when the row cannot be a GuDesk attachment. */
export function expectedStoredName(row: Pick<AttachmentRowName, 'id' | 'mime_type'>): string | undefined {
  const ext = extensionForMime(row.mime_type);
  return ext && ATTACHMENT_ID.test(row.id) ? `${row.id}${ext}` : undefined;
}

export function isValidStoredName(row: Pick<AttachmentRowName, 'id' | 'mime_type' | 'stored_name'>): boolean {
  const expected = expectedStoredName(row);
  return expected !== undefined && expected === row.stored_name;
}

export function badRowError(fileName: string): AppError {
  return new AppError('bad_file', `첨부 파일 '${fileName}'의 저장 정보가 올바르지 않아 열지 않았습니다. 손상되었거나 조작된 자료일 수 있으니 관리자에게 알리세요.`);
}

/** The file's path for a row that passed the check; throws the Korean refusal otherwise. */
export function storedFilePath(dataDir: string, row: AttachmentRowName): string {
  if (!isValidStoredName(row)) throw badRowError(row.file_name);
  return join(dataDir, ATTACHMENTS_FOLDER, row.stored_name);
}
