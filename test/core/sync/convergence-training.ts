/**
 * The 정보화교육 actions of the convergence test: a trainer creates, edits and deletes classes,
 * trainees and enrolments (an enrolment links its class by name half the time), offline on any
 * PC. Deleting a class cascades to its enrolments; deleting a trainee with enrolments is refused
 * (a refused write must queue nothing, convergence-runner.ts `write`). Venues, sessions booked in
 * few rooms and hours (이중 예약), classes moved or closed (끝난 교육반), and 강사 join them. An admin's
 * PC may 파기 a trainee (live or deleted; a member's PC is refused), while other PCs still edit them
 * offline: convergence-check.ts wants the personal fields empty everywhere afterwards. The invariants of
 * convergence-check.ts cover these registers as every synced one.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import type { Pc } from './convergence-world.ts';

export const TRAINING_OPS = [
  'createClass', 'editClass', 'deleteClass', 'createTrainee', 'editTrainee', 'deleteTrainee', 'enrol', 'enrolLastSeat', 'editEnrolment', 'deleteEnrolment',
  'createVenue', 'createSession', 'moveClass', 'closeClass', 'createInstructor', 'editInstructor', 'editSubjectGroups', 'destroyTrainee',
] as const;
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
/** Classes run next year: not ended, so they take enrolments (the 끝난 교육반 rule). */
const Y = new Date().getFullYear() + 1;
/** Few rooms and hours, so sessions booked apart on two PCs often meet (이중 예약 after a merge). */
const ROOMS = ['301호', '302호', ''];
const HOURS = [['10:00', '12:00'], ['11:00', '13:00'], ['14:00', '16:00'], ['', '']] as const;

/** Runs one training action on `pc`; `tag` names what this PC wrote (unique per write); `erased` hears of each 파기 and its access-log line. */
export async function runTrainingAction(pc: Pc, a: TrainingAction, write: Write, tag: string, erased?: (accessLogId: string) => void): Promise<void> {
  const pickOf = (ids: string[]) => ids[a.target % ids.length];
  switch (a.op) {
    case 'createClass': {
      // A course of this PC's own (names are unique per course; two PCs never type the same).
      let courseId = '';
      // 과목군 from the PC's code list as it is now (an admin may have added or turned codes off).
      const groups = (await pc.core.call('codes.list', { list: 'subjectGroup' })).filter((c) => c.active).map((c) => c.code);
      const subjectGroup = groups[a.pick % Math.max(1, groups.length)] ?? '';
      const made = await write(pc, async () => (courseId = (await pc.core.call('courses.create', { values: { name: `과정 ${tag}`, subjectGroup } })).record.id));
      if (!made) return;
      const venueId = live(pc, 'venues')[a.pick % 3] ?? '';
      const [startsAt, endsAt] = HOURS[a.pick % 3]!;
      await write(pc, () => pc.core.call('classes.create', { values: { name: `반 ${tag}`, courseId, venueId, room: ROOMS[a.pick % 2]!, startsAt, endsAt, weekdays: ['월', '수'], startOn: `${Y}-09-02`, endOn: `${Y}-09-27`, capacity: 10 + (a.pick % 15) } }));
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
      // 장애 여부 set a third of the time: sealed on every PC and on the server, opened for the merge.
      await write(pc, () => pc.core.call('trainees.create', { values: { name: `수강생 ${tag}`, phone: `010-0000-${String(a.pick).padStart(4, '0')}`, address: '서초동', disability: a.pick % 3 === 0 } }));
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
      await write(pc, () => pc.core.call('enrolments.create', { values: { classId, traineeId: trainee, appliedAt: `${Y}-08-20T10:00` } }));
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
      await write(pc, () => pc.core.call('enrolments.create', { values: { classId: cls, traineeId: trainee, appliedAt: `${Y}-08-2${a.pick % 10}T09:00` } }));
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
      const already = pc.read((db) => db.prepare<[string], number>("SELECT count(*) FROM destroyed_records WHERE register = 'trainees' AND record_id = ?").pluck().get(id)!) > 0;
      const done = await write(pc, () => pc.core.call('personal.destroy', { register: 'trainees', ids: [id], reason: `파기 ${tag}` }));
      // An admin's order erases (unless this PC already holds the record erased); a member's is refused.
      expect(done, `${pc.name} (${pc.spec.role}): 파기 of a${already ? 'n already destroyed' : ''} 수강생`).toBe(pc.spec.role === 'admin' && !already);
      // The 파기's access-log line must reach the server like any other (convergence-check.ts).
      if (done) erased?.(pc.read((db) => db.prepare<[], string>("SELECT id FROM access_log WHERE action = 'destroy' ORDER BY seq DESC LIMIT 1").pluck().get()!));
      return;
    }
    case 'deleteEnrolment': {
      const id = pickOf(live(pc, 'enrolments'));
      if (id) await write(pc, () => pc.core.call('enrolments.delete', { ids: [id] }));
      return;
    }
    case 'createVenue':
      await write(pc, () => pc.core.call('venues.create', { values: { name: `교육장 ${tag}`, kind: '구청', rooms: ['301호', '302호'] } }));
      return;
    case 'createSession': {
      // Often the same room and hours as another class's session: refused here, kept when typed
      // apart on two PCs (convergence-check.ts wants an 이중 예약 review item for each such pair).
      const cls = pickOf(live(pc, 'classes'));
      if (!cls) return;
      const [startsAt, endsAt] = HOURS[a.pick % HOURS.length]!;
      await write(pc, () => pc.core.call('sessions.create', { values: { classId: cls, heldOn: `${Y}-09-0${2 + (a.pick % 3)}`, startsAt, endsAt, room: ROOMS[a.pick % ROOMS.length]!, topic: `회차 ${tag}` } }));
      return;
    }
    case 'moveClass': {
      // Another 교육장/강의실/시각 moves the class's sessions too (refused when they would clash).
      const id = pickOf(live(pc, 'classes'));
      if (!id) return;
      const [startsAt, endsAt] = HOURS[a.pick % 3]!;
      const venueId = live(pc, 'venues')[a.pick % 4] ?? '';
      await write(pc, () => pc.core.call('classes.update', { id, patch: { venueId, room: ROOMS[a.pick % 3]!, startsAt, endsAt } }));
      return;
    }
    case 'closeClass': {
      // A closed class takes no new 수강/대기 (enrol on it is refused and queues nothing).
      const id = pickOf(live(pc, 'classes'));
      if (id) await write(pc, () => pc.core.call('classes.update', { id, patch: { status: '종료' } }));
      return;
    }
    case 'editSubjectGroups': {
      // An admin edits the 과목군 list apart on two PCs: merged code by code like 매체구분.
      const items = (await pc.core.call('codes.list', { list: 'subjectGroup' })).map((c) => ({ code: c.code, active: c.active }));
      const i = a.pick % items.length;
      if (a.pick % 3 === 0) items.splice(i, 0, { code: `과목군${a.pick % 5}`, active: true });
      else if (a.pick % 3 === 1) items[i]!.active = !items[i]!.active;
      else if (i > 0) items.splice(i - 1, 0, ...items.splice(i, 1));
      await write(pc, () => pc.core.call('codes.save', { list: 'subjectGroup', items }));
      return;
    }
    case 'createInstructor':
      await write(pc, () => pc.core.call('instructors.create', { values: { name: `강사 ${tag}`, phone: `010-0000-${String(a.pick).padStart(4, '0')}`, field: '스마트폰' } }));
      return;
    case 'editInstructor': {
      const id = pickOf(live(pc, 'instructors'));
      if (id) await write(pc, () => pc.core.call('instructors.update', { id, patch: [{ affiliation: `소속 ${tag}` }, { phone: `010-2222-${String(a.pick).padStart(4, '0')}` }][a.pick % 2]! }));
      return;
    }
  }
}
