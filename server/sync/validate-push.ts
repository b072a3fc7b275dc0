/**
 * The server trusts no client: before anything of a push is stored, every op is checked against
 * its register's definition (shared/sync/validate-change.ts) and its stamps against the server's
 * clock. One failing op refuses the whole push, in Korean naming the field, so that a PC never
 * half-sends an action and no PC ever pulls a value its database cannot hold.
 */
import { REGISTERS, isRegisterName } from '../../shared/domain/registers.ts';
import { invalidChangeMessage } from '../../shared/sync/errors.ts';
import { parseHlc } from '../../shared/sync/hlc.ts';
import { MAX_CLOCK_SKEW_MS } from '../../shared/sync/protocol.ts';
import type { Change, OutboxOp } from '../../shared/sync/protocol.ts';
import { basesProblem, syncedFieldsProblem } from '../../shared/sync/validate-change.ts';
import { refuse } from '../http/errors.ts';

/** The first problem of one change's values, or undefined. */
export function changeProblem(change: Change): { field: string; message: string } | undefined {
  const problem = syncedFieldsProblem(change.register, change.fields) ?? basesProblem(change.register, change.bases);
  if (problem) return problem;
  const spec = isRegisterName(change.register) ? REGISTERS[change.register] : undefined;
  if (spec && change.schema > spec.schemaVersion) {
    return { field: '', message: `${spec.label} 자료가 이 서버보다 새 버전의 GuDesk에서 왔습니다(스키마 ${change.schema}). 서버를 먼저 업데이트하세요.` };
  }
  return undefined;
}

/** The latest wall time (epoch ms) any stamp of the change claims: its own and the bases it names. */
export function latestStampMillis(change: Change): number {
  let latest = parseHlc(change.hlc)?.millis ?? 0;
  for (const base of Object.values(change.bases ?? {})) {
    const millis = base === null ? 0 : (parseHlc(base)?.millis ?? 0);
    if (millis > latest) latest = millis;
  }
  return latest;
}

/** Throws the refusal for the first op that fails; returns when every op may be stored. */
export function checkPushedOps(ops: readonly OutboxOp[], now: number): void {
  for (const { change } of ops) {
    const problem = changeProblem(change);
    if (problem) {
      throw refuse(400, 'invalid_change', {
        message: invalidChangeMessage(problem.message), register: change.register, recordId: change.recordId, field: problem.field,
      });
    }
    const stampTime = latestStampMillis(change);
    if (stampTime > now + MAX_CLOCK_SKEW_MS) {
      throw refuse(409, 'future_stamp', { serverTime: now, stampTime, register: change.register, recordId: change.recordId });
    }
  }
}
