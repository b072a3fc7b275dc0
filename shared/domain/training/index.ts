/** 정보화교육: the register family of docs/TRAINING.md, parents before children. */
import { attendanceSpec } from './attendance.ts';
import { classesSpec } from './classes.ts';
import { coursesSpec } from './courses.ts';
import { enrolmentsSpec } from './enrolments.ts';
import { instructorsSpec } from './instructors.ts';
import { sessionsSpec } from './sessions.ts';
import { traineesSpec } from './trainees.ts';
import { venuesSpec } from './venues.ts';

export const TRAINING_REGISTERS = {
  courses: coursesSpec,
  venues: venuesSpec,
  classes: classesSpec,
  sessions: sessionsSpec,
  trainees: traineesSpec,
  enrolments: enrolmentsSpec,
  attendance: attendanceSpec,
  instructors: instructorsSpec,
} as const;

export { attendanceSpec, classesSpec, coursesSpec, enrolmentsSpec, instructorsSpec, sessionsSpec, traineesSpec, venuesSpec };
