/**
 * Scenarios for the convergence test: what clerks do on their PCs (create, edit fields, rewrite
 * 요약, delete, restore, resolve conflicts, link a clipping to a 보도자료 or unlink it, type the same
 * clipping on two PCs, merge such twins, edit the 매체구분 code list, attach a scan to a clipping or a PDF to a release or
 * delete one, back up and restore an older backup, copy one PC's data folder onto another, get 예시 데이터 that must stay on that PC, open or reveal personal data: 접속기록 entries) and a member's hostile client pushing what no
 * GuDesk sends, interleaved with syncs over a bad network, crashes at
 * any step, clocks skewed by minutes (sometimes beyond what the server accepts) and time passing.
 * Actions name records by position in the PC's own list, resolved when they run, so any generated
 * scenario is meaningful whatever came before it.
 */
import { trainingActionArb, type TrainingAction } from './convergence-training.ts';
import { councilActionArb, type CouncilAction } from './convergence-council.ts';
import fc from 'fast-check';
import type { SyncStep } from '../../../core/sync/engine.ts';
import { PERFECT, type Faults } from './flaky-network.ts';
import type { WriteCrash } from './convergence-world.ts';
import { HOSTILE_KINDS } from './hostile-client.ts';

export type Register = 'clippings' | 'releases';
export type EditKind = 'fields' | 'summary' | 'both';

export type Action =
  | { kind: 'create'; pc: number; register: Register; withSummary: boolean }
  | { kind: 'edit'; pc: number; register: Register; target: number; what: EditKind; pick: number }
  | { kind: 'delete'; pc: number; register: Register; target: number }
  | { kind: 'restore'; pc: number; register: Register; target: number }
  /** Several PCs sync at once (their requests interleave at the server). */
  | { kind: 'sync'; pcs: number[]; faults: Faults; seed: number }
  /** A clerk edits while the PC's sync is on the wire. */
  | { kind: 'editDuringSync'; pc: number; target: number; faults: Faults; seed: number }
  /** The PC dies at `step` of its next sync and is started again. */
  | { kind: 'crashInSync'; pc: number; step: SyncStep; faults: Faults; seed: number }
  /** The PC dies inside a write's transaction (nothing of it may remain) and is started again. */
  | { kind: 'crashInWrite'; pc: number; where: WriteCrash; target: number; what: EditKind; pick: number }
  /** The PC dies right after a committed write, before any sync. */
  | { kind: 'restart'; pc: number }
  | { kind: 'skew'; pc: number; minutes: number }
  | { kind: 'time'; minutes: number }
  | { kind: 'resolve'; pc: number; target: number; keep: 'current' | 'other' | 'text' }
  /** A clipping linked to one of the PC's 보도자료 (`release` by position), or unlinked. */
  | { kind: 'link'; pc: number; target: number; release: number; unlink: boolean }
  /**
   * The same clipping (same 보도일자 + 매체명 + 제목) typed on two PCs before either syncs; with
   * `settle`, both sync at once after, so the twins are listed in 확인할 항목 on both.
   */
  | { kind: 'twin'; pcs: [number, number]; settle: boolean }
  /** A clerk merges the first twins listed in 확인할 항목. */
  | { kind: 'mergeTwins'; pc: number; keep: number }
  /** A member's own client pushes what no GuDesk would send (on a record honest PCs use, when `attack`). */
  | { kind: 'hostile'; hostile: number; target: number; attack: boolean }
  /** A clerk backs the PC up (kept for a later restore). */
  | { kind: 'backup'; pc: number }
  /** PC `to`'s data folder is replaced by a copy of PC `from`'s (same team): two devices, one device id. */
  | { kind: 'shareDevice'; from: number; to: number }
  /** A clerk restores the PC's last backup (older than what it holds), then logs in again. */
  | { kind: 'restoreBackup'; pc: number }
  /** A clerk edits the 매체구분 code list: adds a code, turns one off or on, removes one, or moves one up. */
  | { kind: 'codes'; pc: number; change: 'add' | 'toggle' | 'remove' | 'move'; pick: number }
  /**
   * A clerk attaches a small file (`file` picks its content: equal numbers are the same file) to a
   * clipping (a scan) or to a release (the release as PDF).
   */
  | { kind: 'attach'; pc: number; target: number; file: number; owner?: 'clippings' | 'releases' }
  /** A clerk deletes one of the PC's live attachments. */
  | { kind: 'detach'; pc: number; target: number }
  /**
   * The PC gets 예시 데이터 (marked demo), edits a demo clipping and maybe attaches a scan to one;
   * with `link`, one of the clerk's own clippings is linked to the demo 보도자료. None of the demo
   * records may ever reach the server or another PC.
   */
  | { kind: 'seedDemoOnPc'; pc: number; link: boolean; attach: boolean; target: number }
  /** A clerk opens a personal record, reveals a masked value, exports or prints: one 접속기록 entry, which must reach the server once. */
  | { kind: 'access'; pc: number; action: 'open' | 'reveal' | 'export' | 'print' }
  /** A trainer's write to the 정보화교육 registers (classes, trainees, enrolments: convergence-training.ts). */
  | TrainingAction
  /** A manager's write to the 구의회 보고 registers (부서 현황, 주요사업 and their rows: convergence-council.ts). */
  | CouncilAction;

export interface Scenario {
  pcs: number;
  /** Each PC's clock offset at the start, within what the server accepts. */
  skews: number[];
  actions: Action[];
}

const STEPS: SyncStep[] = ['push-replied', 'push-acked', 'pull-received', 'pull-applying', 'pull-applied'];

const faultsArb: fc.Arbitrary<Faults> = fc.oneof(
  { weight: 1, arbitrary: fc.constant(PERFECT) },
  {
    weight: 3,
    arbitrary: fc.record({
      drop: fc.constantFrom(0, 0.1, 0.3),
      dropReply: fc.constantFrom(0, 0.1, 0.3),
      duplicate: fc.constantFrom(0, 0.2, 0.5),
      delayMs: fc.constantFrom(0, 3, 15),
      auth: fc.boolean(),
    }),
  },
);

export function scenarioArb(pcCount: number, maxActions: number): fc.Arbitrary<Scenario> {
  const pc = fc.nat({ max: pcCount - 1 });
  const register = fc.constantFrom<Register>('clippings', 'clippings', 'releases');
  const target = fc.nat({ max: 50 });
  const what = fc.constantFrom<EditKind>('fields', 'summary', 'summary', 'both');
  const seed = fc.integer({ min: 1, max: 0x7fffffff });
  const action: fc.Arbitrary<Action> = fc.oneof(
    { weight: 6, arbitrary: fc.record({ kind: fc.constant('create' as const), pc, register, withSummary: fc.boolean() }) },
    { weight: 8, arbitrary: fc.record({ kind: fc.constant('edit' as const), pc, register, target, what, pick: fc.nat({ max: 99 }) }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), pc, register, target }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('restore' as const), pc, register, target }) },
    {
      weight: 7,
      arbitrary: fc.record({ kind: fc.constant('sync' as const), pcs: fc.uniqueArray(pc, { minLength: 1, maxLength: pcCount }), faults: faultsArb, seed }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('editDuringSync' as const), pc, target, faults: faultsArb, seed }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('crashInSync' as const), pc, step: fc.constantFrom(...STEPS), faults: faultsArb, seed }) },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('crashInWrite' as const), pc, where: fc.constantFrom<WriteCrash>('after-outbox', 'after-history'), target, what, pick: fc.nat({ max: 99 }),
      }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('restart' as const), pc }) },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('skew' as const), pc,
        // Mostly within the 15 minutes the server accepts; sometimes a clock far off.
        minutes: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: -10, max: 10 }) }, { weight: 1, arbitrary: fc.constantFrom(-40, -17, 17, 25) }),
      }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('time' as const), minutes: fc.integer({ min: 1, max: 40 }) }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('resolve' as const), pc, target, keep: fc.constantFrom('current' as const, 'other' as const, 'text' as const) }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('link' as const), pc, target, release: target, unlink: fc.nat({ max: 3 }).map((n) => n === 0) }) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.uniqueArray(pc, { minLength: 2, maxLength: 2 }), fc.boolean())
        .map(([two, settle]) => ({ kind: 'twin' as const, pcs: [two[0] ?? 0, two[1] ?? 1] as [number, number], settle })),
    },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('mergeTwins' as const), pc, keep: fc.nat({ max: 1 }) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('hostile' as const), hostile: fc.nat({ max: HOSTILE_KINDS.length - 1 }), target, attack: fc.boolean() }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('backup' as const), pc }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('shareDevice' as const), from: pc, to: pc }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('restoreBackup' as const), pc }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('codes' as const), pc, change: fc.constantFrom('add' as const, 'toggle' as const, 'remove' as const, 'move' as const), pick: fc.nat({ max: 20 }) }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('attach' as const), pc, target, file: fc.nat({ max: 5 }), owner: fc.constantFrom('clippings' as const, 'releases' as const) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('detach' as const), pc, target }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('seedDemoOnPc' as const), pc, link: fc.boolean(), attach: fc.boolean(), target }) },
    { weight: 5, arbitrary: trainingActionArb(pc) },
    { weight: 3, arbitrary: councilActionArb(pc) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('access' as const), pc, action: fc.constantFrom('open' as const, 'reveal' as const, 'export' as const, 'print' as const) }) },
    // The admin's PC (the last one, convergence-world.ts pcSpecs) 파기s a 수강생 now and then, while members edit
    // 수강생's phones offline: after healing no old value of an erased person may be left anywhere.
    { weight: 1, arbitrary: trainingActionArb(fc.constant(pcCount - 1)).map((a) => ({ ...a, op: 'destroyTrainee' as const })) },
    { weight: 1, arbitrary: trainingActionArb(pc).map((a) => ({ ...a, op: 'editTrainee' as const, pick: a.pick - (a.pick % 3) })) },
  );
  return fc.record({
    pcs: fc.constant(pcCount),
    skews: fc.array(fc.integer({ min: -10, max: 10 }), { minLength: pcCount, maxLength: pcCount }),
    actions: fc.array(action, { minLength: Math.min(15, maxActions), maxLength: maxActions, size: 'max' }),
  });
}
