/**
 * 수강신청 (enrolments): a trainee in a class. Deleted with its class; a trainee with enrolments
 * cannot be deleted (the roster would lose its people: 파기 erases personal fields instead).
 */
import { defineRegister, type ValuesOf } from '../../registers/define.ts';
import type { RecordMeta } from '../register.ts';

export const ENROLMENT_STATES = ['수강', '대기', '취소', '수료', '미수료'] as const;

export const enrolmentsSpec = defineRegister({
  name: 'enrolments',
  label: '수강신청',
  table: 'enrolments',
  schemaVersion: 1,
  naturalKey: ['classId', 'traineeId'],
  rowOrder: 'appliedAt',
  display: 'appliedAt',
  // An enrolment is named by its trainee (김*용) wherever it is linked: 출석 rows, forms, CLI.
  displayVia: 'traineeId',
  parent: { register: 'classes', field: 'classId', onDelete: 'cascade' },
  alsoParents: [{ register: 'trainees', field: 'traineeId', onDelete: 'refuse' }],
  fields: [
    { key: 'classId', label: '교육반', kind: 'ref', target: 'classes', required: true, aliases: ['반', '반 이름', '반명', '교육과정'], grid: { width: 180 } },
    { key: 'traineeId', label: '수강생', kind: 'ref', target: 'trainees', required: true, aliases: ['성명', '이름', '수강생명'], grid: { width: 110 } },
    { key: 'appliedAt', label: '신청일시', kind: 'datetime', required: true, aliases: ['신청 일시', '접수일시', '신청일'], grid: { width: 150 }, form: { pair: true } },
    { key: 'status', label: '상태', kind: 'enum', options: ENROLMENT_STATES, default: '수강', aliases: ['수강상태', '신청상태'], grid: { width: 80 }, form: { pair: true } },
    { key: 'note', label: '비고', kind: 'text', maxLength: 200, aliases: ['메모'], grid: { flex: 1, minWidth: 120 } },
  ],
  // Computed when read (core/training/derived.ts): never stored, synced, exported or imported.
  derived: [
    { key: 'waitingNo', label: '대기 순번', kind: 'integer', grid: { width: 90 } },
    { key: 'attendanceRate', label: '출석률(%)', kind: 'integer', grid: { width: 90 } },
    { key: 'canComplete', label: '수료 가능', kind: 'text', grid: { width: 90 } },
  ],
});

export type Enrolment = ValuesOf<typeof enrolmentsSpec> & RecordMeta;
