/** 주요시설 및 장비 (facilities): a row of I. 일반현황's table; 현황 lines may quote live figures ({…}). */
import { defineRegister, type ValuesOf } from '../../registers/define.ts';
import type { RecordMeta } from '../register.ts';

export const facilitiesSpec = defineRegister({
  name: 'facilities',
  label: '주요시설 및 장비',
  table: 'facilities',
  schemaVersion: 1,
  naturalKey: ['profileId', 'name'],
  rowOrder: 'position',
  display: 'name',
  parent: { register: 'profiles', field: 'profileId', onDelete: 'cascade' },
  fields: [
    { key: 'profileId', label: '부서 현황', kind: 'ref', target: 'profiles', required: true, aliases: ['기준일'], grid: { width: 110 } },
    { key: 'kind', label: '구분', kind: 'text', maxLength: 20, suggest: true, aliases: ['분류'], grid: { width: 80 }, form: { pair: true, placeholder: '시설, 장비, 차량' } },
    { key: 'name', label: '명칭', kind: 'text', required: true, maxLength: 100, aliases: ['시설명', '이름'], grid: { width: 180 }, form: { pair: true } },
    { key: 'position', label: '순서', kind: 'integer', aliases: ['순번'], grid: { width: 70 }, form: { pair: true } },
    { key: 'note', label: '비고', kind: 'text', maxLength: 100, aliases: ['담당', '메모'], grid: { width: 110 }, form: { pair: true } },
    { key: 'status', label: '현황', kind: 'longText', maxLength: 2000, aliases: ['내용', '보유 현황'], grid: { flex: 1, minWidth: 220 }, form: { rows: 4, placeholder: '한 줄에 하나씩 (예: · 네트워크장비 176대)' } },
  ],
});

export type Facility = ValuesOf<typeof facilitiesSpec> & RecordMeta;
