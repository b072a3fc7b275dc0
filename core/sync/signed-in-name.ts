/** The name of the account this PC is signed in with (its display name, else its login), if any. */
import type { Db } from '../db/open.ts';

const statements = new WeakMap<Db, { get(): { login: string | null; user_name: string | null; refresh_token: string | null } | undefined }>();

export function signedInName(db: Db): string | undefined {
  let read = statements.get(db);
  if (!read) {
    read = db.prepare<[], { login: string | null; user_name: string | null; refresh_token: string | null }>('SELECT login, user_name, refresh_token FROM sync_state WHERE id = 1');
    statements.set(db, read);
  }
  const row = read.get();
  if (!row?.refresh_token) return undefined;
  return row.user_name?.trim() || row.login?.trim() || undefined;
}
