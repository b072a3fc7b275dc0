/**
 * The first open with the key seals what migration 010 could not (it has no key): sensitive
 * values still in plaintext in a register's column, in the change history, and in the sync
 * outbox. Runs at every start; once done it only scans the register's own (small) table: history
 * and outbox hold plaintext only where a column did (tombstoned rows stay), so they are looked at
 * only when some column value was sealed in this run. Without a usable key (the window's sealed key in browser mode) it leaves the values
 * as they are and tries again next time: reads accept plaintext, and writes need the key anyway.
 */
import type { Db } from '../db/open.ts';
import { AppError } from '../../shared/api/errors.ts';
import type { Change } from '../../shared/sync/protocol.ts';
import { columnName } from '../records/columns.ts';
import { FLAT_REGISTERS } from '../../shared/domain/registers.ts';
import type { RegisterSpec } from '../../shared/domain/register.ts';
import { atRest, isSealedText, registersWithSensitiveFields } from './at-rest.ts';

const tableOf = (register: string) => (FLAT_REGISTERS as unknown as Record<string, RegisterSpec>)[register]!.table;

/** How many values it sealed (0 when there was nothing to do or no key). */
export function sealPlaintextSensitive(db: Db): number {
  const sealed = atRest(db);
  let count = 0;
  try {
    db.transaction(() => {
      for (const { register, fields } of registersWithSensitiveFields()) {
        const table = tableOf(register);
        for (const f of fields) {
          const col = columnName(f.key);
          const rows = db.prepare<[], { id: string; v: string | number }>(`SELECT id, ${col} AS v FROM ${table} WHERE ${col} NOT LIKE 'enc1:%' AND ${col} != ''`).all();
          const save = db.prepare(`UPDATE ${table} SET ${col} = ? WHERE id = ?`);
          for (const r of rows) {
            save.run(sealed.sealColumn(register, r.id, f, sealed.openColumn(register, r.id, f, r.v)), r.id);
            count++;
          }
          if (rows.length === 0) continue;
          const entries = db
            .prepare<[string, string], { seq: number; record_id: string; old_value: string | null; new_value: string | null }>(
              "SELECT seq, record_id, old_value, new_value FROM history WHERE register = ? AND field = ? AND (old_value NOT LIKE 'enc1:%' OR new_value NOT LIKE 'enc1:%')",
            )
            .all(register, f.key);
          const saveEntry = db.prepare('UPDATE history SET old_value = ?, new_value = ? WHERE seq = ?');
          for (const e of entries) {
            saveEntry.run(sealed.sealHistory(register, e.record_id, f.key, e.old_value), sealed.sealHistory(register, e.record_id, f.key, e.new_value), e.seq);
            count++;
          }
        }
        if (count === 0) continue;
        const pending = db
          .prepare<[string], { seq: number; change: string }>("SELECT seq, change FROM sync_outbox WHERE json_extract(change, '$.register') = ?")
          .all(register);
        const saveChange = db.prepare('UPDATE sync_outbox SET change = ? WHERE seq = ?');
        for (const p of pending) {
          const change = JSON.parse(p.change) as Change;
          if (!fields.some((f) => Object.hasOwn(change.fields, f.key) && !isSealedText(change.fields[f.key]))) continue;
          saveChange.run(JSON.stringify({ ...change, fields: sealed.sealFields(change.register, change.recordId, change.fields) }), p.seq);
          count++;
        }
      }
    })();
  } catch (err) {
    // No key here (sealed in the OS store, or unreadable): everything stays as it was, rolled back.
    if (err instanceof AppError) return 0;
    throw err;
  }
  return count;
}
