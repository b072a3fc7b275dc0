/**
 * A clerk's remembered screen layout (a grid's columns, the chosen view, a folded chart), per
 * person: keyed by the signed-in sync account, else by the clerk's name. Kept in the local
 * settings table, which never syncs (docs/SYNC.md): a layout is personal, and browser mode, whose
 * origin (and so localStorage) changes with its port, finds it here after every launch.
 */
import type { Db } from '../db/open.ts';

/** settings keys of layouts start with this; settings.get leaves them out. */
export const LAYOUT_PREFIX = 'layout/';
/** A layout is a few column states: anything much larger is not one. */
export const MAX_LAYOUT_CHARS = 200_000;

export function layoutRepository(db: Db) {
  const one = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  const upsert = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  // Logged in = a refresh token is held (sync/state-repository.ts clears it at logout).
  const account = db.prepare<[], { login: string | null }>('SELECT login FROM sync_state WHERE id = 1 AND refresh_token IS NOT NULL');
  const keyOf = (owner: string, key: string) => `${LAYOUT_PREFIX}${owner}/${key}`;

  return {
    /** Whose layout this is: 'account:kim' when signed in to sync, else 'actor:김민지'. */
    ownerFor(actor: string): string {
      const login = account.get()?.login;
      return login ? `account:${login}` : `actor:${actor}`;
    },
    get(owner: string, key: string): unknown {
      const raw = one.get(keyOf(owner, key))?.value;
      if (raw === undefined) return null;
      try {
        return JSON.parse(raw) as unknown;
      } catch {
        return null;
      }
    },
    save(owner: string, key: string, state: unknown): void {
      upsert.run(keyOf(owner, key), JSON.stringify(state ?? null));
    },
  };
}
