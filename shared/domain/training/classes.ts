/** 교육반 (classes): one run of a course, first to last session — one 회 in the statistics. */
import { defineRegister, type ValuesOf } from '../../registers/define.ts';
import type { RecordMeta } from '../register.ts';

export const WEEKDAYS = ['월', '화', '수', '목', '금', '토', '일'] as const;
export const RECRUITING = ['모집 예정', '모집 중', '마감', '교육 중', '종료'] as const;

export const classesSpec = defineRegister({
  name: 'classes',
  label: '교육반',
  table: 'classes',
  schemaVersion: 1,
  naturalKey: ['name'],
  rowOrder: 'startOn',
  display: 'name',
  // A course with classes is the centre's record of what it taught: it is not deleted from under them.
  parent: { register: 'courses', field: 'courseId', onDelete: 'refuse' },
  fields: [
    { key: 'name', label: '반 이름', kind: 'text', required: true, maxLength: 100, aliases: ['반', '반명', '교육반', '기수'], grid: { width: 200, pinned: 'left' }, form: { placeholder: '예: 스마트폰 기초 3기' } },
    { key: 'courseId', label: '교육과정', kind: 'ref', target: 'courses', required: true, aliases: ['과정', '과정명', '강좌명'], grid: { width: 160 } },
    { key: 'venueId', label: '교육장', kind: 'ref', target: 'venues', aliases: ['장소', '교육장소'], grid: { width: 150 }, form: { pair: true } },
    { key: 'room', label: '강의실', kind: 'text', maxLength: 50, aliases: ['교육실'], suggest: true, grid: { width: 100 }, form: { pair: true } },
    { key: 'instructor', label: '강사', kind: 'text', maxLength: 50, aliases: ['강사명', '담당 강사'], suggest: true, suggestFrom: { register: 'instructors', field: 'name' }, grid: { width: 90 }, form: { pair: true } },
    { key: 'status', label: '모집 상태', kind: 'enum', options: RECRUITING, default: '모집 예정', aliases: ['모집상태', '상태'], grid: { width: 100 }, form: { pair: true } },
    { key: 'startOn', label: '시작일', kind: 'date', required: true, aliases: ['개강일', '교육 시작일', '시작 일자'], grid: { width: 110 }, form: { pair: true } },
    { key: 'endOn', label: '종료일', kind: 'date', aliases: ['종강일', '교육 종료일', '종료 일자'], grid: { width: 110 }, form: { pair: true } },
    { key: 'weekdays', label: '요일', kind: 'tags', maxLength: 1, maxItems: 7, aliases: ['교육요일', '수업 요일'], grid: { width: 90 }, form: { placeholder: '예: 월, 수' } },
    { key: 'startsAt', label: '시작 시각', kind: 'time', aliases: ['시작시간', '시작 시간'], grid: { width: 90 }, form: { pair: true } },
    { key: 'endsAt', label: '종료 시각', kind: 'time', aliases: ['종료시간', '종료 시간'], grid: { width: 90 }, form: { pair: true } },
    { key: 'capacity', label: '정원', kind: 'integer', default: 20, aliases: ['모집인원', '모집 인원'], grid: { width: 70 }, form: { pair: true } },
    { key: 'waitCapacity', label: '대기 정원', kind: 'integer', default: 5, aliases: ['대기인원', '대기 인원'], grid: { width: 90, hidden: true }, form: { pair: true } },
  ],
  // Computed when read (core/training/derived.ts): '12/20' — 수강 over 정원.
  derived: [{ key: 'seatsTaken', label: '수강 인원', kind: 'text', grid: { width: 90 } }],
});

export type TrainingClass = ValuesOf<typeof classesSpec> & RecordMeta;
