/**
 * The 구의회 보고 actions of the convergence test: a manager keeps the council registers offline on
 * any PC — creates a 부서 현황, adds and edits its 인력 and 예산현황 rows, creates a 주요사업 with
 * its blocks (사업개요, 추진실적), edits a block's body (the same block on two PCs apart is a
 * long-text conflict: the losing text is kept for a person, convergence-check.ts), adds 소요예산
 * rows, and deletes a 부서 현황 (its rows go with it, cascade). A row typed twice on one PC (same
 * natural key) is refused and queues nothing; typed on two PCs apart they are twins, listed in
 * 확인할 항목. The invariants of convergence-check.ts cover these registers as every synced one.
 */
import fc from 'fast-check';
import { GRADES } from '../../../shared/reports/council-input.ts';
import type { Pc } from './convergence-world.ts';

export const COUNCIL_OPS = ['createProfile', 'addStaffing', 'editStaffing', 'addBudget', 'editBudget', 'createProject', 'editBlock', 'addFund', 'deleteProfile'] as const;
export type CouncilOp = (typeof COUNCIL_OPS)[number];

export interface CouncilAction {
  kind: 'council';
  pc: number;
  op: CouncilOp;
  target: number;
  pick: number;
}

export function councilActionArb(pc: fc.Arbitrary<number>): fc.Arbitrary<CouncilAction> {
  return fc.record({ kind: fc.constant('council' as const), pc, op: fc.constantFrom(...COUNCIL_OPS), target: fc.nat({ max: 50 }), pick: fc.nat({ max: 99 }) });
}

type Write = (pc: Pc, op: () => Promise<unknown>) => Promise<boolean>;

function live(pc: Pc, table: string): string[] {
  return pc.read((db) => db.prepare<[], string>(`SELECT id FROM ${table} WHERE deleted_at IS NULL ORDER BY id`).pluck().all());
}

const Y = new Date().getFullYear();

/** Runs one council action on `pc`; `tag` names what this PC wrote (unique per write). */
export async function runCouncilAction(pc: Pc, a: CouncilAction, write: Write, tag: string): Promise<void> {
  const pickOf = (ids: string[]) => ids[a.target % ids.length];
  switch (a.op) {
    case 'createProfile':
      await write(pc, () => pc.core.call('profiles.create', { values: { asOf: `${Y}-01-0${1 + (a.pick % 5)}`, office: '예시구', department: `과 ${tag}` } }));
      return;
    case 'addStaffing': {
      // Few grades: the same grade typed on two PCs apart makes twins.
      const profileId = pickOf(live(pc, 'profiles'));
      if (profileId) await write(pc, () => pc.core.call('staffing.create', { values: { profileId, staffGroup: '일반직', grade: GRADES[a.pick % 4]!, authorized: a.pick % 9, filled: a.pick % 7 } }));
      return;
    }
    case 'editStaffing': {
      const id = pickOf(live(pc, 'staffing'));
      if (id) await write(pc, () => pc.core.call('staffing.update', { id, patch: [{ filled: a.pick % 11 }, { authorized: a.pick % 13 }][a.pick % 2]! }));
      return;
    }
    case 'addBudget': {
      const profileId = pickOf(live(pc, 'profiles'));
      if (profileId) await write(pc, () => pc.core.call('budgets.create', { values: { profileId, unit: `단위사업 ${tag}`, position: a.pick % 5, budget: 1000 * a.pick, previous: 900 * a.pick } }));
      return;
    }
    case 'editBudget': {
      const id = pickOf(live(pc, 'budgets'));
      if (id) await write(pc, () => pc.core.call('budgets.update', { id, patch: [{ spent: 100 * a.pick }, { budget: 1500 * a.pick }][a.pick % 2]! }));
      return;
    }
    case 'createProject': {
      let projectId = '';
      const made = await write(pc, async () => (projectId = (await pc.core.call('projects.create', { values: { year: Y, position: a.pick % 7, name: `사업 ${tag}`, team: '홍보팀', budgetForm: '재원별·연차별' } })).record.id));
      if (!made) return;
      await write(pc, () => pc.core.call('blocks.create', { values: { projectId, title: '사업개요', position: 1, body: `- 개요 ${tag}` } }));
      await write(pc, () => pc.core.call('blocks.create', { values: { projectId, title: '추진실적', position: 2, body: `- 실적 {보도자료 배포 건수}건 ${tag}` } }));
      return;
    }
    case 'editBlock': {
      // Few blocks, many editors: two PCs rewriting one body apart is a long-text conflict.
      const id = pickOf(live(pc, 'blocks'));
      if (id) await write(pc, () => pc.core.call('blocks.update', { id, patch: { body: `□ 추진실적\n- 고친 내용 ${tag}` } }));
      return;
    }
    case 'addFund': {
      const projectId = pickOf(live(pc, 'projects'));
      if (projectId) await write(pc, () => pc.core.call('funds.create', { values: { projectId, source: ['구비', '시비'][a.pick % 2]!, year: Y + (a.pick % 3), amount: 10 * a.pick } }));
      return;
    }
    case 'deleteProfile': {
      const id = pickOf(live(pc, 'profiles'));
      if (id) await write(pc, () => pc.core.call('profiles.delete', { ids: [id] }));
      return;
    }
  }
}
