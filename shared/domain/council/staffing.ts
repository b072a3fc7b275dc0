/** 인력 (staffing): 정원 and 현원 of one grade as of a profile's 기준일; the report computes 과부족 (현원 − 정원, △). */
import { defineRegister, type ValuesOf } from '../../registers/define.ts';
import type { RecordMeta } from '../register.ts';
import { GRADES, STAFF_GROUPS } from '../../reports/council-input.ts';

export const staffingSpec = defineRegister({
  name: 'staffing',
  label: '인력',
  table: 'staffing',
  schemaVersion: 1,
  naturalKey: ['profileId', 'staffGroup', 'grade'],
  display: 'grade',
  parent: { register: 'profiles', field: 'profileId', onDelete: 'cascade' },
  fields: [
    { key: 'profileId', label: '부서 현황', kind: 'ref', target: 'profiles', required: true, aliases: ['기준일'], grid: { width: 110 } },
    { key: 'staffGroup', label: '직종', kind: 'enum', options: STAFF_GROUPS, default: '일반직', aliases: ['구분', '직렬'], grid: { width: 120 }, form: { pair: true } },
    { key: 'grade', label: '직급', kind: 'enum', options: GRADES, default: '7급', aliases: ['급'], grid: { width: 80 }, form: { pair: true } },
    { key: 'authorized', label: '정원', kind: 'integer', aliases: ['정원(명)'], grid: { width: 80 }, form: { pair: true } },
    { key: 'filled', label: '현원', kind: 'integer', aliases: ['현원(명)'], grid: { width: 80 }, form: { pair: true } },
  ],
});

export type Staffing = ValuesOf<typeof staffingSpec> & RecordMeta;
