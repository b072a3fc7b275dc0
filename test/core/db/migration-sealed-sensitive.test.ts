/**
 * 010: 수강생's 장애 여부 column becomes TEXT so it can hold ciphertext; the rows survive with
 * their values, and the first open with the key seals the plaintext the migration left.
 */
import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../core/db/migrations/index.ts';
import { migrate } from '../../../core/db/migrate.ts';
import { registerFunctions } from '../../../core/db/open.ts';
import { createCore } from '../../../core/api/core.ts';
import { tempDir } from '../temp-core.ts';

let dir: string;
let remove: () => void;
beforeEach(() => ({ dir, remove } = tempDir('gudesk-migrate-010-')));
afterEach(() => remove());

function schema9(file: string) {
  const db = new Database(file);
  registerFunctions(db);
  migrate(db, MIGRATIONS.slice(0, MIGRATIONS.findIndex((m) => m.version === 9) + 1));
  const insert = db.prepare(
    "INSERT INTO trainees (id, name, phone, disability, created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, 'x', 'x', 'x', 'x')",
  );
  insert.run('t1', '김철용', '010-1234-5678', 1);
  insert.run('t2', '이영희', '010-9999-0000', 0);
  db.prepare("INSERT INTO history (register, record_id, batch_id, at, by, action, field, old_value, new_value) VALUES ('trainees', 't1', 'b', 'x', 'x', 'update', 'disability', '아니오', '예')").run();
  db.close();
}

describe('010: sealed sensitive columns', () => {
  it('keeps every trainee and its 장애 여부, and the first open with the key seals them in the table and the history', async () => {
    const file = path.join(dir, 'gudesk.sqlite');
    schema9(file);
    const core = createCore({ dataDir: dir, actor: '홍길동' });
    try {
      const raw = new Database(file, { readonly: true });
      const rows = raw.prepare<[], { id: string; disability: string }>('SELECT id, disability FROM trainees ORDER BY id').all();
      expect(rows.map((r) => r.disability.slice(0, 5))).toEqual(['enc1:', 'enc1:']);
      const h = raw.prepare<[], { old_value: string; new_value: string }>("SELECT old_value, new_value FROM history WHERE field = 'disability'").get()!;
      expect([h.old_value.slice(0, 5), h.new_value.slice(0, 5)]).toEqual(['enc1:', 'enc1:']);
      expect(raw.prepare("SELECT type FROM pragma_table_info('trainees') WHERE name = 'disability'").pluck().get()).toBe('TEXT');
      raw.close();
      const reveal = (id: string) => core.call('personal.reveal', { register: 'trainees', id, field: 'disability', reason: '교육장 배치' });
      expect(await reveal('t1')).toEqual({ value: true });
      expect(await reveal('t2')).toEqual({ value: false });
      const history = await core.call('trainees.history', { id: 't1' });
      expect(history.find((e) => e.field === 'disability')).toMatchObject({ oldValue: '●●●', newValue: '●●●' });
    } finally {
      core.close();
    }
  });
});
