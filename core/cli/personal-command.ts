/**
 * `gudesk personal destroy`: 파기 from the command line (docs/PERSONAL-DATA.md).
 *   --due [--register trainees] --reason "…"   everyone past their retention
 *   --id ID [--id ID …] --register trainees --reason "…"   an admin's order for these records
 *   --dry-run   prints the plan (masked names, last activity, due dates, counts) and changes nothing
 * --json prints one JSON object a line, like the other commands.
 */
import { formatKoreanDate } from '../../shared/text/korean-date.ts';
import type { DestroyPlan, DestroyResult } from '../../shared/personal/destroy.ts';
import { jsonLines, textTable } from './format.ts';

export interface PersonalCliOptions {
  due?: boolean;
  id?: string[];
  register?: string;
  reason?: string;
  'dry-run'?: boolean;
  json?: boolean;
}

type Call = <T>(op: string, input: unknown) => Promise<T>;

function printPlan(plan: DestroyPlan, json: boolean, ids?: readonly string[]): void {
  const rows = plan.registers.flatMap((r) => r.rows.filter((row) => !ids || ids.includes(row.id)).map((row) => ({ ...row, label: r.label })));
  if (json) {
    if (rows.length) console.log(jsonLines(rows.map(({ label: _label, ...row }) => row)));
    return;
  }
  for (const r of plan.registers) console.log(`${r.label}: 보유 기간 ${r.years}년, 파기 대상 ${r.count}명 (${formatKoreanDate(plan.today)} 기준)`);
  if (rows.length > 0) {
    console.log(textTable(['대장', 'ID', '이름', '마지막 활동', '파기 예정일', '휴지통'], rows.map((r) => [r.label, r.id, r.name, formatKoreanDate(r.lastActivity), formatKoreanDate(r.dueOn), r.deleted ? '예' : ''])));
  }
  console.log('(미리보기: 아무것도 파기하지 않았습니다. --dry-run 없이 실행하면 파기합니다.)');
}

export async function runPersonalCommand(rest: string[], opts: PersonalCliOptions, call: Call, usage: (msg: string) => Error): Promise<void> {
  const [sub] = rest;
  if (sub !== 'destroy') throw usage('personal 다음에는 destroy를 쓰세요: gudesk personal destroy --due --reason "사유"');
  const ids = opts.id ?? [];
  if (!opts.due && ids.length === 0) throw usage('--due(보유 기간이 지난 기록 전부) 또는 --id ID(고른 기록)를 쓰세요.');
  if (opts.due && ids.length > 0) throw usage('--due와 --id는 함께 쓸 수 없습니다.');
  if (ids.length > 0 && !opts.register) throw usage('--id로 고를 때는 --register(예: trainees)도 쓰세요.');
  if (opts['dry-run']) {
    const plan = await call<DestroyPlan>('personal.destroyPlan', opts.register ? { register: opts.register } : {});
    printPlan(plan, !!opts.json, ids.length > 0 ? ids : undefined);
    return;
  }
  if (!opts.reason || opts.reason.trim() === '') throw usage('파기 사유를 --reason "…"으로 적어 주세요. 파기는 사유와 함께 접속기록에 남습니다.');
  const registers = opts.register
    ? [opts.register]
    : (await call<DestroyPlan>('personal.destroyPlan', {})).registers.filter((r) => r.count > 0).map((r) => r.register);
  if (registers.length === 0) throw usage('보유 기간이 지난 기록이 없습니다. 아무것도 파기하지 않았습니다.');
  const results: DestroyResult[] = [];
  for (const register of registers) {
    results.push(await call<DestroyResult>('personal.destroy', ids.length > 0 ? { register, ids, reason: opts.reason } : { register, due: true, reason: opts.reason }));
  }
  if (opts.json) {
    console.log(jsonLines(results));
    return;
  }
  for (const r of results) console.log(`${r.register}: ${r.count}명의 개인정보를 파기했습니다 (변경 이력 ${r.history}건, 충돌 기록 ${r.conflicts}건도 지움). 접속기록에 남겼습니다.`);
}
