/** 출석 (attendance): one enrolment at one session; deleted with the session or the enrolment. */
import { defineRegister, type ValuesOf } from '../../registers/define.ts';
import type { RecordMeta } from '../register.ts';

export const ATTENDANCE_MARKS = ['출석', '지각', '결석', '공결'] as const;

export const attendanceSpec = defineRegister({
  name: 'attendance',
  label: '출석',
  table: 'attendance',
  schemaVersion: 1,
  naturalKey: ['sessionId', 'enrolmentId'],
  display: 'mark',
  parent: { register: 'sessions', field: 'sessionId', onDelete: 'cascade' },
  alsoParents: [{ register: 'enrolments', field: 'enrolmentId', onDelete: 'cascade' }],
  fields: [
    { key: 'sessionId', label: '교육회차', kind: 'ref', target: 'sessions', required: true, aliases: ['회차', '일자'], grid: { width: 120 } },
    { key: 'enrolmentId', label: '수강신청', kind: 'ref', target: 'enrolments', required: true, aliases: ['신청'], grid: { width: 150 } },
    { key: 'mark', label: '출석', kind: 'enum', options: ATTENDANCE_MARKS, default: '출석', aliases: ['출결', '출석 여부'], grid: { width: 80 } },
  ],
});

export type Attendance = ValuesOf<typeof attendanceSpec> & RecordMeta;
