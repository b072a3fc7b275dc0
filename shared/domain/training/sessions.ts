/** 교육회차 (sessions): one meeting of a class; deleted with its class (one undo brings both back). */
import { defineRegister, type ValuesOf } from '../../registers/define.ts';
import type { RecordMeta } from '../register.ts';

export const sessionsSpec = defineRegister({
  name: 'sessions',
  label: '교육회차',
  table: 'sessions',
  schemaVersion: 1,
  naturalKey: ['classId', 'heldOn', 'startsAt'],
  rowOrder: 'heldOn',
  display: 'heldOn',
  parent: { register: 'classes', field: 'classId', onDelete: 'cascade' },
  fields: [
    { key: 'classId', label: '교육반', kind: 'ref', target: 'classes', required: true, aliases: ['반', '반 이름'], grid: { width: 180 } },
    { key: 'heldOn', label: '일자', kind: 'date', required: true, aliases: ['교육일', '수업일', '날짜'], grid: { width: 110 }, form: { pair: true } },
    { key: 'startsAt', label: '시작 시각', kind: 'time', aliases: ['시작시간'], grid: { width: 90 }, form: { pair: true } },
    { key: 'endsAt', label: '종료 시각', kind: 'time', aliases: ['종료시간'], grid: { width: 90 }, form: { pair: true } },
    { key: 'room', label: '강의실', kind: 'text', maxLength: 50, aliases: ['교육실'], suggest: true, grid: { width: 100 }, form: { pair: true } },
    { key: 'topic', label: '내용', kind: 'text', maxLength: 200, aliases: ['교육내용', '수업 내용', '주제'], grid: { flex: 1, minWidth: 160 } },
  ],
});

export type TrainingSession = ValuesOf<typeof sessionsSpec> & RecordMeta;
