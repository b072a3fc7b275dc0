/**
 * What the 출석부, 수료증 and 수강생 명단 of one class print, read from the stores as stored (names
 * unmasked: each document masks them itself unless the print is a logged reveal). 출석률 and 수료 가능
 * come from shared/domain/training/completion.ts, the one definition the form and statistics use.
 */
import { AppError } from '../../../shared/api/errors.ts';
import { attendanceRate, canComplete } from '../../../shared/domain/training/completion.ts';
import type { FlatRegister } from '../../records/flat-registers.ts';
import type { FlatRegisterName } from '../../../shared/domain/registers.ts';

type Rec = Record<string, unknown> & { id: string; deletedAt: string | null };
const text = (v: unknown): string => (typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v));

export interface PrintSession {
  id: string;
  heldOn: string;
  startsAt: string;
  /** Held on or before the print date: counted in 출석률. */
  held: boolean;
}

export interface PrintTrainee {
  enrolmentId: string;
  /** As stored: a document masks it unless real names were asked for with a reason. */
  name: string;
  birthDate: string;
  kind: string;
  status: string;
  appliedAt: string;
  /** sessionId → 출석/지각/결석/공결 (no entry: not marked). */
  marks: Map<string, string>;
  rate: number | undefined;
  canComplete: boolean;
}

export interface ClassPrintData {
  classId: string;
  className: string;
  courseName: string;
  courseHours: number | undefined;
  venueName: string;
  room: string;
  instructor: string;
  startOn: string;
  endOn: string;
  sessions: PrintSession[];
  /** Every live enrolment, by 신청일시 (the roster's order). */
  enrolments: PrintTrainee[];
}

/** Enrolments a 출석부 lists: those who sit the class (not 대기, not 취소). */
export const SEATED_STATES: readonly string[] = ['수강', '수료', '미수료'];

export type TrainingRegisters = Pick<Record<FlatRegisterName, FlatRegister>, 'courses' | 'venues' | 'classes' | 'sessions' | 'trainees' | 'enrolments' | 'attendance'>;

const live = (r: TrainingRegisters, name: keyof TrainingRegisters) => r[name].repo.list(false) as Rec[];

/** A class by id or by its 반 이름 ('스마트폰 기초 3기'), as a trainer names it on the command line. */
export function findClass(r: TrainingRegisters, classRef: string): Rec {
  const ref = classRef.trim();
  const byId = r.classes.repo.get(ref) as Rec | undefined;
  if (byId && !byId.deletedAt) return byId;
  const named = live(r, 'classes').filter((c) => text(c.name) === ref);
  if (named.length === 1) return named[0]!;
  if (named.length > 1) throw new AppError('invalid_input', `교육반 "${ref}"이(가) ${named.length}건 있습니다: ID로 지정하세요.`);
  throw new AppError('not_found', `교육반 "${ref}"을(를) 찾을 수 없습니다. 반 이름이나 ID를 확인하세요.`);
}

export function classPrintData(r: TrainingRegisters, classRef: string, todayIso: string): ClassPrintData {
  const cls = findClass(r, classRef);
  const course = cls.courseId ? (r.courses.repo.get(text(cls.courseId)) as Rec | undefined) : undefined;
  const venue = cls.venueId ? (r.venues.repo.get(text(cls.venueId)) as Rec | undefined) : undefined;
  const sessions = live(r, 'sessions')
    .filter((s) => s.classId === cls.id)
    .map((s) => ({ id: s.id, heldOn: text(s.heldOn), startsAt: text(s.startsAt), held: text(s.heldOn) <= todayIso }))
    .sort((a, b) => a.heldOn.localeCompare(b.heldOn) || a.startsAt.localeCompare(b.startsAt));
  const sessionIds = new Set(sessions.map((s) => s.id));
  const held = sessions.filter((s) => s.held).length;
  const heldIds = new Set(sessions.filter((s) => s.held).map((s) => s.id));
  const marksOf = new Map<string, Map<string, string>>();
  for (const a of live(r, 'attendance')) {
    if (!sessionIds.has(text(a.sessionId))) continue;
    const m = marksOf.get(text(a.enrolmentId)) ?? new Map<string, string>();
    m.set(text(a.sessionId), text(a.mark));
    marksOf.set(text(a.enrolmentId), m);
  }
  const passRate = typeof course?.passRate === 'number' ? course.passRate : undefined;
  const enrolments = live(r, 'enrolments')
    .filter((e) => e.classId === cls.id)
    .sort((a, b) => text(a.appliedAt).localeCompare(text(b.appliedAt)) || a.id.localeCompare(b.id))
    .map((e): PrintTrainee => {
      const trainee = r.trainees.repo.get(text(e.traineeId)) as Rec | undefined;
      const marks = marksOf.get(e.id) ?? new Map<string, string>();
      const rate = attendanceRate([...marks].filter(([s]) => heldIds.has(s)).map(([, m]) => m), held);
      return {
        enrolmentId: e.id,
        name: text(trainee?.name),
        birthDate: text(trainee?.birthDate),
        kind: text(trainee?.kind),
        status: text(e.status),
        appliedAt: text(e.appliedAt),
        marks,
        rate,
        canComplete: canComplete(rate, passRate),
      };
    });
  return {
    classId: cls.id,
    className: text(cls.name),
    courseName: text(course?.name),
    courseHours: typeof course?.hours === 'number' ? course.hours : undefined,
    venueName: text(venue?.name),
    room: text(cls.room),
    instructor: text(cls.instructor),
    startOn: text(cls.startOn),
    endOn: text(cls.endOn),
    sessions,
    enrolments,
  };
}

/**
 * 수료증 번호 '제2024-0012호': the year the class ends, then the enrolment's place among every
 * enrolment (deleted ones too, so a deletion shifts nothing) of classes ending that year, in order of
 * creation (ids are UUIDv7). A later enrolment gets a later number; an earlier number never moves.
 */
export function certificateNumbers(r: TrainingRegisters, enrolmentIds: readonly string[]): Map<string, string> {
  const classes = r.classes.repo.list(true) as Rec[];
  const yearOf = new Map(classes.map((c) => [c.id, text(c.endOn || c.startOn).slice(0, 4)]));
  const all = (r.enrolments.repo.list(true) as Rec[]).slice().sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const serial = new Map<string, number>();
  const numbers = new Map<string, string>();
  const wanted = new Set(enrolmentIds);
  for (const e of all) {
    const year = yearOf.get(text(e.classId)) ?? '';
    const n = (serial.get(year) ?? 0) + 1;
    serial.set(year, n);
    if (wanted.has(e.id)) numbers.set(e.id, `제${year}-${String(n).padStart(4, '0')}호`);
  }
  return numbers;
}
