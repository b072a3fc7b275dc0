/**
 * Two rules on 수강신청 beyond 정원 (docs/TRAINING.md):
 * - 끝난 교육반: a class whose 모집 상태 is 종료 or whose 종료일 is past (Korea time) takes no new
 *   수강/대기; its roster can still be closed (수강 → 수료/미수료) and past results typed in.
 * - 같은 시간 수강: a trainee seated or waiting in two classes that meet at the same time is told
 *   (a warning: the trainee may mean to switch), never refused.
 */
import { AppError } from '../../shared/api/errors.ts';
import { maskName } from '../../shared/personal/mask.ts';
import { formatKoreanDate } from '../../shared/text/korean-date.ts';
import { objectParticle, topicParticle, withParticle } from '../../shared/text/particle.ts';
import type { Db } from '../db/open.ts';
import type { RecordStore } from '../records/record-store.ts';
import type { CrossRecordRule, RuleWrite } from '../records/rules/cross-record-rule.ts';
import { koreaToday } from './korea-today.ts';

/** States that hold or wait for a seat: what an ended class no longer takes. */
const OPEN_STATES = ['수강', '대기'];


const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** The write puts the enrolment into 수강/대기 of a class it was not open in before. */
function opensSeat(write: RuleWrite): boolean {
  if (write.change === 'delete' || !OPEN_STATES.includes(str(write.values.status))) return false;
  if (write.change !== 'update' || !write.current) return true;
  return !OPEN_STATES.includes(str(write.current.status)) || write.current.classId !== write.values.classId || write.current.traineeId !== write.values.traineeId;
}

interface ClassTimes {
  id: string;
  name: string;
  status: string;
  start_on: string;
  end_on: string;
  weekdays: string;
  starts_at: string;
  ends_at: string;
}

const CLASS_TIMES = 'SELECT id, name, status, start_on, end_on, weekdays, starts_at, ends_at FROM classes';

function days(c: ClassTimes): string[] {
  try {
    const v: unknown = JSON.parse(c.weekdays);
    return Array.isArray(v) ? v.map(String) : [];
  } catch {
    return [];
  }
}

/** Two classes meet at the same time: their periods, weekdays (either unset: any) and hours overlap. */
export function meetTogether(a: ClassTimes, b: ClassTimes): boolean {
  if (!a.starts_at || !a.ends_at || !b.starts_at || !b.ends_at) return false;
  const aEnd = a.end_on || a.start_on;
  const bEnd = b.end_on || b.start_on;
  if (!(a.start_on <= bEnd && b.start_on <= aEnd)) return false;
  const ad = days(a);
  const bd = days(b);
  if (ad.length > 0 && bd.length > 0 && !ad.some((d) => bd.includes(d))) return false;
  return a.starts_at < b.ends_at && b.starts_at < a.ends_at;
}

export function enrolmentRules(enrolments: RecordStore, trainees: RecordStore, today: () => string = () => koreaToday()): CrossRecordRule[] {
  const classTimes = (db: Db, id: string) => db.prepare<[string], ClassTimes>(`${CLASS_TIMES} WHERE id = ? AND deleted_at IS NULL`).get(id);

  const endedClass: CrossRecordRule = {
    name: 'ended-class',
    register: enrolments.spec.name,
    message: '끝난 교육반에는 수강신청을 받을 수 없습니다',
    check(db, write) {
      if (!opensSeat(write)) return;
      const cls = classTimes(db, str(write.values.classId));
      if (!cls) return;
      const name = withParticle(cls.name, topicParticle);
      if (cls.status === '종료') throw new AppError('conflict', `${name} 모집 상태가 '종료'인 교육반이라 ${str(write.values.status)}(으)로 신청할 수 없습니다. 수료·미수료 처리만 할 수 있습니다.`);
      if (cls.end_on && cls.end_on < today()) throw new AppError('conflict', `${name} ${formatKoreanDate(cls.end_on)}에 끝난 교육반이라 ${str(write.values.status)}(으)로 신청할 수 없습니다. 수료·미수료 처리만 할 수 있습니다.`);
    },
    // An ended class is not made by a merge: nothing to re-check.
    recheck: () => [],
  };

  const sameTime: CrossRecordRule = {
    name: 'same-time',
    register: enrolments.spec.name,
    message: '한 수강생이 같은 시간에 두 교육반을 수강합니다',
    check(db, write) {
      if (!opensSeat(write)) return;
      const cls = classTimes(db, str(write.values.classId));
      const traineeId = str(write.values.traineeId);
      if (!cls || !traineeId) return;
      const others = db
        .prepare<[string, string, string], ClassTimes>(
          `SELECT c.id, c.name, c.status, c.start_on, c.end_on, c.weekdays, c.starts_at, c.ends_at
             FROM enrolments e JOIN classes c ON c.id = e.class_id AND c.deleted_at IS NULL
            WHERE e.trainee_id = ? AND e.deleted_at IS NULL AND e.status IN ('수강', '대기') AND e.class_id != ? AND e.id != ?
            ORDER BY c.start_on, c.name`,
        )
        .all(traineeId, cls.id, write.id ?? '');
      const clash = others.find((o) => meetTogether(cls, o));
      if (!clash) return;
      const t = trainees.row(traineeId) ? trainees.require(traineeId) : undefined;
      const who = t ? maskName(str(t.name)) : '이 수강생';
      return { note: `${who} 님은 같은 시간에 ${withParticle(clash.name, objectParticle)} 수강합니다.` };
    },
    // A warning the clerk has seen (or that a merge made) is the trainee's choice, not an error to fix.
    recheck: () => [],
  };

  return [endedClass, sameTime];
}
