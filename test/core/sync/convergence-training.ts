/**
 * The 정보화교육 actions of the convergence test: a trainer creates, edits and deletes classes,
 * trainees and enrolments (an enrolment links its class by name half the time), offline on any
 * PC. Deleting a class cascades to its enrolments; deleting a trainee with enrolments is refused
 * (a refused write must queue nothing, convergence-runner.ts `write`). An admin's PC may 파기 a
 * trainee (live or deleted; a member's PC is refused), while other PCs still edit them offline:
 * convergence-check.ts wants the personal fields empty everywhere afterwards. The invariants of
 * convergence-check.ts cover these registers as every synced one.
 */
import fc from 'fast-check';
import type { Pc } from './convergence-world.ts';

export const TRAINING_OPS = ['createClass', 'editClass', 'deleteClass', 'createTrainee', 'editTrainee', 'deleteTrainee', 'enrol', 'enrolLastSeat', 'editEnrolment', 'deleteEnrolment', 'destroyTrainee'] as const;
export type TrainingOp = (typeof TRAINING_OPS)[number];

export interface TrainingAction {
  kind: 'training';
  pc: number;
  op: TrainingOp;
  target: number;
  pick: number;
}

export function trainingActionArb(pc: fc.Arbitrary<number>): fc.Arbitrary<TrainingAction> {
  return fc.record({ kind: fc.constant('training' as const), pc, op: fc.constantFrom(...TRAINING_OPS), target: fc.nat({ max: 50 }), pick: fc.nat({ max: 99 }) });
}

type Write = (pc: Pc, op: () => Promise<unknown>) => Promise<boolean>;

function live(pc: Pc, table: string): string[] {
  return pc.read((db) => db.prepare<[], string>(`SELECT id FROM ${table} WHERE deleted_at IS NULL ORDER BY id`).pluck().all());
}

const STATES = ['수강', '대기', '취소', '수료', '미수료'] as const;

/** Runs one training action on `pc`; `tag` names what this PC wrote (unique per write). */
export async function runTrainingAction(pc: Pc, a: TrainingAction, write: Write, tag: string, logged?: (accessLogId: string) => void): Promise<void> {
  const pickOf = (ids: string[]) => ids[a.target % ids.length];
  switch (a.op) {
    case 'createClass': {
      // A course of this PC's own (names are unique per course; two PCs never type the same).
      let courseId = '';
      const made = await write(pc, async () => (courseId = (await pc.core.call('courses.create', { values: { name: `과정 ${tag}`, subjectGroup: '스마트폰' } })).record.id));
      if (!made) return;
      await write(pc, () => pc.core.call('classes.create', { values: { name: `반 ${tag}`, courseId, startOn: '2024-09-02', endOn: '2024-09-27', capacity: 10 + (a.pick % 15) } }));
      return;
    }
    case 'editClass': {
      const id = pickOf(live(pc, 'classes'));
      if (!id) return;
      const patch = [{ capacity: 5 + (a.pick % 20) }, { instructor: `강사 ${tag}` }, { room: `${tag}호` }, { status: '마감' as const }][a.pick % 4]!;
      await write(pc, () => pc.core.call('classes.update', { id, patch }));
      return;
    }
    case 'deleteClass': {
      const id = pickOf(live(pc, 'classes'));
      if (id) await write(pc, () => pc.core.call('classes.delete', { ids: [id] }));
      return;
    }
    case 'createTrainee':
      await write(pc, () => pc.core.call('trainees.create', { values: { name: `수강생 ${tag}`, phone: `010-0000-${String(a.pick).padStart(4, '0')}`, address: '서초동' } }));
      return;
    case 'editTrainee': {
      const id = pickOf(live(pc, 'trainees'));
      if (!id) return;
      const patch = [{ phone: `010-1111-${String(a.pick).padStart(4, '0')}` }, { address: `${tag}동` }, { disability: a.pick % 2 === 0 }][a.pick % 3]!;
      await write(pc, () => pc.core.call('trainees.update', { id, patch }));
      return;
    }
    case 'deleteTrainee': {
      const id = pickOf(live(pc, 'trainees'));
      if (id) await write(pc, () => pc.core.call('trainees.delete', { ids: [id] }));
      return;
    }
    case 'enrol': {
      const cls = pickOf(live(pc, 'classes'));
      const trainee = live(pc, 'trainees')[a.pick % Math.max(1, live(pc, 'trainees').length)];
      if (!cls || !trainee) return;
      // The class → enrolment link, by its name half the time (as a trainer's Excel names it).
      const classId = a.pick % 2 === 0 ? (await pc.core.call('classes.get', { id: cls })).name : cls;
      await write(pc, () => pc.core.call('enrolments.create', { values: { classId, traineeId: trainee, appliedAt: '2024-08-20T10:00' } }));
      return;
    }
    case 'enrolLastSeat': {
      // One seat left, taken here: two PCs doing this apart leave the class over capacity after
      // the merge (no sync fails; convergence-check.ts wants a 정원 초과 review item for it).
      const cls = pickOf(live(pc, 'classes'));
      const trainee = live(pc, 'trainees')[a.pick % Math.max(1, live(pc, 'trainees').length)];
      if (!cls || !trainee) return;
      const seated = pc.read((db) => db.prepare<[string], number>("SELECT count(*) FROM enrolments WHERE class_id = ? AND status = '수강' AND deleted_at IS NULL").pluck().get(cls)!);
      await write(pc, () => pc.core.call('classes.update', { id: cls, patch: { capacity: seated + 1 } }));
      await write(pc, () => pc.core.call('enrolments.create', { values: { classId: cls, traineeId: trainee, appliedAt: `2024-08-2${a.pick % 10}T09:00` } }));
      return;
    }
    case 'editEnrolment': {
      const id = pickOf(live(pc, 'enrolments'));
      if (id) await write(pc, () => pc.core.call('enrolments.update', { id, patch: { status: STATES[a.pick % STATES.length]!, note: `메모 ${tag}` } }));
      return;
    }
    case 'destroyTrainee': {
      const all = pc.read((db) => db.prepare<[], string>('SELECT id FROM trainees ORDER BY id').pluck().all());
      const id = pickOf(all);
      if (!id) return;
      const done = await write(pc, () => pc.core.call('personal.destroy', { register: 'trainees', ids: [id], reason: `파기 ${tag}` }));
      // The 파기's access-log line must reach the server like any other (convergence-check.ts).
      if (done) logged?.(pc.read((db) => db.prepare<[], string>("SELECT id FROM access_log WHERE action = 'destroy' ORDER BY seq DESC LIMIT 1").pluck().get()!));
      return;
    }
    case 'deleteEnrolment': {
      const id = pickOf(live(pc, 'enrolments'));
      if (id) await write(pc, () => pc.core.call('enrolments.delete', { ids: [id] }));
      return;
    }
  }
}
