/**
 * 예산현황 (budgets): one 단위사업 as of a profile's 기준일, in 천원 as budget books print it; the
 * report computes 집행률, 증감 and 증감률 (△ for decreases).
 */
import { defineRegister, type ValuesOf } from '../../registers/define.ts';
import type { RecordMeta } from '../register.ts';

export const budgetsSpec = defineRegister({
  name: 'budgets',
  label: '예산현황',
  table: 'budgets',
  schemaVersion: 1,
  naturalKey: ['profileId', 'unit'],
  rowOrder: 'position',
  display: 'unit',
  parent: { register: 'profiles', field: 'profileId', onDelete: 'cascade' },
  fields: [
    { key: 'profileId', label: '부서 현황', kind: 'ref', target: 'profiles', required: true, aliases: ['기준일'], grid: { width: 110 } },
    { key: 'unit', label: '단위사업명', kind: 'text', required: true, maxLength: 100, aliases: ['단위사업', '사업명'], grid: { flex: 1, minWidth: 220 } },
    { key: 'position', label: '순서', kind: 'integer', aliases: ['순번'], grid: { width: 70 }, form: { pair: true } },
    { key: 'budget', label: '예산액(천원)', kind: 'integer', aliases: ['예산액', '예산', '본예산'], grid: { width: 120 }, form: { pair: true } },
    { key: 'spent', label: '집행액(천원)', kind: 'integer', aliases: ['집행액', '집행'], grid: { width: 120 }, form: { pair: true } },
    { key: 'previous', label: '전년도 예산액(천원)', kind: 'integer', aliases: ['전년도 예산', '전년 예산액', '전년도'], grid: { width: 140 }, form: { pair: true } },
  ],
});

export type Budget = ValuesOf<typeof budgetsSpec> & RecordMeta;
