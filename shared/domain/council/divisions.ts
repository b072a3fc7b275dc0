/** 팀과 주요업무 (divisions): a team of the department as of a profile's 기준일, with its duties one per line. */
import { defineRegister, type ValuesOf } from '../../registers/define.ts';
import type { RecordMeta } from '../register.ts';

export const divisionsSpec = defineRegister({
  name: 'divisions',
  label: '팀·주요업무',
  table: 'divisions',
  schemaVersion: 1,
  naturalKey: ['profileId', 'name'],
  rowOrder: 'position',
  display: 'name',
  parent: { register: 'profiles', field: 'profileId', onDelete: 'cascade' },
  fields: [
    { key: 'profileId', label: '부서 현황', kind: 'ref', target: 'profiles', required: true, aliases: ['기준일'], grid: { width: 110 } },
    { key: 'name', label: '팀명', kind: 'text', required: true, maxLength: 50, aliases: ['팀', '담당'], grid: { width: 130 }, form: { pair: true } },
    { key: 'position', label: '순서', kind: 'integer', aliases: ['순번', '연번'], grid: { width: 70 }, form: { pair: true } },
    { key: 'duties', label: '주요업무', kind: 'longText', maxLength: 2000, aliases: ['업무', '담당업무', '주요 업무'], grid: { flex: 1, minWidth: 240 }, form: { rows: 5, placeholder: '한 줄에 하나씩 (예: 구정 홍보 기획 및 언론 보도)' } },
  ],
});

export type Division = ValuesOf<typeof divisionsSpec> & RecordMeta;
