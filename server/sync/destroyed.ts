/**
 * 파기 on the server: once a record carries `_destroyed: true` its personal fields stay at their
 * empty values. A change that writes one again — a PC that was offline edited the trainee's phone
 * after another PC destroyed them, whatever its stamp — is ignored for those fields: the server
 * puts the empty value back under a stamp of its own clock, later than any PC's, so every PC
 * (the late editor included) pulls the erasure. Its conflict marks of those fields go too: the
 * server keeps no older copy of a record (server/store/records.ts holds the merged state only).
 */
import { isRegisterName, REGISTERS } from '../../shared/domain/registers.ts';
import { erasableFields, erasedValue, isErasedValue } from '../../shared/personal/erased.ts';
import type { RecordState } from '../../shared/sync/merge.ts';
import { CONFLICT_PREFIX, DESTROYED_FIELD } from '../../shared/sync/protocol.ts';

/** Why a write was not kept, for the server log. */
export const REFILL_IGNORED = '파기된 기록의 개인정보를 다시 적는 변경은 받지 않았습니다(빈 값으로 되돌림).';

/** True if the record is destroyed. */
export function isDestroyed(state: RecordState | undefined): boolean {
  return state?.fields[DESTROYED_FIELD] === true;
}

/**
 * Puts a destroyed record's personal fields (and their conflict marks) back to empty, stamping
 * each with `stamp()` (the server's next tick). Returns the fields it had to put back.
 */
export function keepErased(register: string, state: RecordState, stamp: () => string): string[] {
  if (!isDestroyed(state) || !isRegisterName(register)) return [];
  const put: string[] = [];
  let hlc: string | undefined;
  for (const f of erasableFields(REGISTERS[register])) {
    if (Object.hasOwn(state.fields, f.key) && !isErasedValue(f, state.fields[f.key])) {
      state.fields[f.key] = erasedValue(f);
      state.hlcs[f.key] = hlc ??= stamp();
      delete state.bases[f.key];
      put.push(f.key);
    }
    const mark = `${CONFLICT_PREFIX}${f.key}`;
    if (Object.hasOwn(state.fields, mark) && state.fields[mark] !== null) {
      state.fields[mark] = null;
      state.hlcs[mark] = hlc ??= stamp();
      put.push(mark);
    }
  }
  return put;
}
