/**
 * 파기 after a world has healed (convergence.test.ts): for every record the server holds destroyed,
 * no PC's database (record, history, trash — a deleted record is the same row —, conflicts, set-aside
 * copies, anything) and not the server's holds an old value of its personal fields, whichever PC
 * wrote it and whether it was stamped before or after the 파기 (an offline PC editing the phone of a
 * person another PC erased must not bring it back). And every 파기's 접속기록 line reached the server.
 *
 * "An old value" is any text some PC committed to a personal field of the destroyed record, except
 * the texts also written to another record still alive with them (the seeded '서초동' of every
 * 수강생, a phone two people share): those may rightly stay elsewhere.
 */
import { expect } from 'vitest';
import { SYNCED } from '../../../shared/domain/synced.ts';
import { DESTROYED_FIELD } from '../../../shared/sync/protocol.ts';
import { erasableFields } from '../../../shared/personal/erased.ts';
import type { RecordState } from '../../../shared/sync/merge.ts';
import { committedWrites, type Written } from './convergence-check.ts';
import type { World } from './convergence-world.ts';

export interface ErasureStats {
  /** Records the server holds destroyed after healing. */
  erasedRecords: number;
  /** Writes of an erased record's personal field stamped after its 파기 (the offline edit that must not bring a value back). */
  writesAfterErasure: number;
}

export function checkErased(world: World, destroyLog: ReadonlySet<string>): ErasureStats {
  const server = world.serverRecords().map((r) => ({ ...r, state: JSON.parse(r.state) as RecordState }));
  const writes = committedWrites(world);
  const destroyed = server.filter((r) => r.state.fields[DESTROYED_FIELD] === true);
  const destroyedKeys = new Set(destroyed.map((r) => `${r.register}/${r.record_id}`));

  // Texts still alive elsewhere: written to any field of a record that is not destroyed, or to a non-personal field.
  const elsewhere = new Set<string>();
  for (const [k, fields] of writes) {
    const register = k.slice(0, k.indexOf('/'));
    const personal = new Set(erasableFields(SYNCED[register as keyof typeof SYNCED]).map((f) => f.key));
    for (const [field, list] of fields) {
      if (destroyedKeys.has(k) && personal.has(field)) continue;
      for (const w of list) if (typeof w.value === 'string') elsewhere.add(w.value);
    }
  }

  let writesAfterErasure = 0;
  const dumps = [{ where: 'the server', text: world.serverDump() }, ...world.pcs.map((pc) => ({ where: pc.name, text: pc.dump() }))];
  for (const r of destroyed) {
    const k = `${r.register}/${r.record_id}`;
    const fields = writes.get(k);
    if (!fields) continue;
    const erasedAt = (fields.get(DESTROYED_FIELD) ?? []).reduce((min: string | undefined, w: Written) => (min === undefined || w.hlc < min ? w.hlc : min), undefined);
    const old = new Set<string>();
    for (const f of erasableFields(SYNCED[r.register as keyof typeof SYNCED])) {
      for (const w of fields.get(f.key) ?? []) {
        if (erasedAt !== undefined && w.hlc > erasedAt) writesAfterErasure++;
        if (typeof w.value === 'string' && w.value.length >= 2 && !elsewhere.has(w.value)) old.add(w.value);
      }
    }
    for (const value of old) {
      // Followed by a quote (plain or escaped inside a JSON column), so '수강생 kim-5' is not found in '수강생 kim-50'.
      for (const d of dumps) expect(d.text.includes(`${value}"`) || d.text.includes(`${value}\\"`), `${d.where} still holds '${value}' of destroyed ${k}`).toBe(false);
    }
  }

  const logged = new Set(world.serverDestroyLog());
  expect([...destroyLog].filter((id) => !logged.has(id)), '파기 access-log lines that never reached the server').toEqual([]);
  return { erasedRecords: destroyed.length, writesAfterErasure };
}
