/** Key-value settings stored in the database (so a backup carries them). */
import type { Db } from '../db/open.ts';

export function settingsRepository(db: Db) {
  const all = db.prepare<[], { key: string; value: string }>("SELECT key, value FROM settings WHERE key NOT LIKE 'layout/%'") // layouts: layout-repository.ts;
  const one = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  const upsert = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  return {
    all(): Record<string, string> {
      return Object.fromEntries(all.all().map((r) => [r.key, r.value]));
    },
    get(key: string): string | undefined {
      return one.get(key)?.value;
    },
    set(key: string, value: string): void {
      upsert.run(key, value);
    },
  };
}

export type SettingsRepository = ReturnType<typeof settingsRepository>;
