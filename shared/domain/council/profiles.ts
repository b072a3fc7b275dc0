/**
 * 부서 현황 (department profiles): the department as of one 기준일, as a council report's
 * I. 일반현황 quotes it. Its children hold the rows: 팀과 주요업무, 인력, 주요시설 및 장비, 예산현황.
 */
import { defineRegister, type ValuesOf } from '../../registers/define.ts';
import type { RecordMeta } from '../register.ts';

export const profilesSpec = defineRegister({
  name: 'profiles',
  label: '부서 현황',
  table: 'profiles',
  schemaVersion: 1,
  naturalKey: ['asOf', 'department'],
  rowOrder: 'asOf',
  display: 'asOf',
  fields: [
    { key: 'asOf', label: '기준일', kind: 'date', required: true, aliases: ['기준 일자', '기준일자'], grid: { width: 120, pinned: 'left' }, form: { pair: true } },
    { key: 'office', label: '구청', kind: 'text', maxLength: 50, aliases: ['기관', '기관명', '자치구'], suggest: true, grid: { width: 110 }, form: { pair: true, placeholder: '예: 영등포구' } },
    { key: 'department', label: '부서명', kind: 'text', required: true, maxLength: 50, aliases: ['부서', '과', '과명'], suggest: true, grid: { width: 140 }, form: { pair: true, placeholder: '예: 홍보전산과' } },
    { key: 'note', label: '비고', kind: 'text', maxLength: 200, aliases: ['메모'], grid: { flex: 1, minWidth: 120 } },
  ],
});

export type Profile = ValuesOf<typeof profilesSpec> & RecordMeta;
