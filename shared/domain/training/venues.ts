/** 교육장 (venues): a 교육장 or 체험존 where classes meet; its 구분 is a row of seed 002's table. */
import { defineRegister, type ValuesOf } from '../../registers/define.ts';
import type { RecordMeta } from '../register.ts';

export const VENUE_KINDS = ['구청', '동 자치회관', '복지관·센터'] as const;

export const venuesSpec = defineRegister({
  name: 'venues',
  label: '교육장',
  table: 'venues',
  schemaVersion: 1,
  naturalKey: ['name'],
  display: 'name',
  fields: [
    { key: 'name', label: '교육장명', kind: 'text', required: true, maxLength: 100, aliases: ['교육장', '이름', '장소', '기관명'], grid: { flex: 1, minWidth: 180, pinned: 'left' } },
    { key: 'kind', label: '구분', kind: 'enum', options: VENUE_KINDS, default: '구청', aliases: ['장소구분', '교육장 구분'], grid: { width: 120 }, form: { pair: true } },
    { key: 'seats', label: '좌석 수', kind: 'integer', aliases: ['좌석수', '좌석', '수용인원'], grid: { width: 90 }, form: { pair: true } },
    { key: 'address', label: '주소', kind: 'text', maxLength: 200, aliases: ['소재지', '위치'], grid: { width: 240 } },
    { key: 'rooms', label: '강의실', kind: 'tags', maxLength: 50, maxItems: 30, aliases: ['강의실 목록', '교육실'], grid: { width: 180 }, form: { placeholder: '쉼표로 구분 (예: 제1교육장, 체험존)' } },
  ],
});

export type Venue = ValuesOf<typeof venuesSpec> & RecordMeta;
