/**
 * Checking what the server already holds. Pushes are checked since migration 3, but a database
 * may hold records stored before (a 논조 of '악의', a register named '../../etc', a stamp in the
 * year 5138) or under older rules. Once per set of rules (a fingerprint of the registers'
 * definitions, kept in server_state.checked_rules) every record is checked like a push, and the
 * ones that fail are moved into quarantine (store/quarantine.ts): no PC ever pulls them, and the
 * server's clock no longer follows a stamp from the far future.
 */
import { createHash } from 'node:crypto';
import { REGISTERS, isRegisterName } from '../../shared/domain/registers.ts';
import { formatHlc, parseHlc } from '../../shared/sync/hlc.ts';
import { MAX_CLOCK_SKEW_MS } from '../../shared/sync/protocol.ts';
import type { RecordState } from '../../shared/sync/merge.ts';
import { syncedFieldsProblem } from '../../shared/sync/validate-change.ts';
import type { SqlDriver, SqlExecutor } from '../store/driver.ts';
import { serverNode } from '../store/open.ts';
import { quarantineRecords } from '../store/quarantine.ts';
import { storedState } from '../store/records.ts';
import { saneClock } from './push.ts';
import { isSealed } from '../store/field-key.ts';

/** Raise when the checks of validate-change.ts change in a way register definitions do not show. */
const CHECKS_VERSION = 1;

export const RULES_FINGERPRINT = createHash('sha256').update(JSON.stringify({ CHECKS_VERSION, REGISTERS })).digest('hex').slice(0, 32);

const PAGE = 2000;

function koreanTime(ms: number): string {
  return new Date(ms).toLocaleString('ko-KR', { timeZone: 'Asia/Seoul' });
}

/** Why a stored record may not be pulled, or undefined when it passes. */
export function storedRecordProblem(register: string, state: RecordState, now: number): string | undefined {
  // A sealed sensitive value (the server's key, sensitive-fields.ts) was checked when it was pushed.
  const fields = Object.fromEntries(Object.entries(state.fields ?? {}).filter(([, v]) => !isSealed(v)));
  const problem = syncedFieldsProblem(register, fields);
  if (problem) return problem.message;
  let latest = 0;
  for (const s of Object.values(state.hlcs ?? {})) latest = Math.max(latest, parseHlc(s)?.millis ?? Number.MAX_SAFE_INTEGER);
  if (latest > now + MAX_CLOCK_SKEW_MS) {
    const label = isRegisterName(register) ? REGISTERS[register].label : register;
    return `${label} 자료에 서버 시각보다 한참 뒤인 ${latest === Number.MAX_SAFE_INTEGER ? '알 수 없는 때' : koreanTime(latest)}의 시각이 찍혀 있습니다.`;
  }
  return undefined;
}

async function scan(tx: SqlExecutor, now: number): Promise<number> {
  let after = 0;
  let moved = 0;
  for (;;) {
    const rows = await tx.all<{ register: string; record_id: string; team: string; seq: number; schema: number; pulled: string; bases: string }>(
      'SELECT register, record_id, team, seq, schema, pulled, bases FROM records WHERE seq > ? ORDER BY seq LIMIT ?', [after, PAGE]);
    if (rows.length === 0) return moved;
    after = Number(rows[rows.length - 1]!.seq);
    const bad = [];
    for (const r of rows) {
      let reason: string | undefined;
      let state = '';
      try {
        const parsed = storedState(r.pulled, r.bases);
        state = JSON.stringify(parsed);
        reason = storedRecordProblem(r.register, parsed, now);
      } catch {
        reason = '저장된 자료를 읽을 수 없습니다.';
        state = JSON.stringify({ pulled: r.pulled, bases: r.bases });
      }
      if (reason) bad.push({ register: r.register, recordId: r.record_id, team: r.team, schema: Number(r.schema), state, reason });
    }
    await quarantineRecords(tx, bad, now);
    moved += bad.length;
  }
}

/** Checks every stored record once per set of rules; returns how many were set aside. */
export function checkStoredRecords(db: SqlDriver, now: number): Promise<number> {
  return db.transaction(async (tx) => {
    const state = await tx.get<{ server_id: string; clock: string; checked_rules: string }>('SELECT server_id, clock, checked_rules FROM server_state WHERE id = 1');
    if (!state || state.checked_rules === RULES_FINGERPRINT) return 0;
    const moved = await scan(tx, now);
    const clock = formatHlc(saneClock(state.clock, serverNode(state.server_id), now));
    await tx.run('UPDATE server_state SET clock = ?, checked_rules = ? WHERE id = 1', [clock, RULES_FINGERPRINT]);
    return moved;
  });
}

const checked = new WeakMap<SqlDriver, Promise<number>>();

/** checkStoredRecords once per open database, before its first push or pull is served. */
export function ensureStoredRecordsChecked(db: SqlDriver, now: number): Promise<number> {
  let p = checked.get(db);
  if (!p) {
    p = checkStoredRecords(db, now);
    checked.set(db, p);
    p.catch(() => checked.delete(db)); // tried again by the next request
  }
  return p;
}
