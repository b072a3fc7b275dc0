/** 소요예산 (funds): a project's amount from one 재원 in one year (재원별 × 연차별 tables; totals are computed). */
import { defineRegister, type ValuesOf } from '../../registers/define.ts';
import type { RecordMeta } from '../register.ts';

export const fundsSpec = defineRegister({
  name: 'funds',
  label: '소요예산',
  table: 'funds',
  schemaVersion: 1,
  naturalKey: ['projectId', 'source', 'year'],
  rowOrder: 'year',
  display: 'source',
  parent: { register: 'projects', field: 'projectId', onDelete: 'cascade' },
  fields: [
    { key: 'projectId', label: '주요사업', kind: 'ref', target: 'projects', required: true, aliases: ['사업명', '사업'], grid: { width: 200 } },
    { key: 'source', label: '재원', kind: 'text', required: true, maxLength: 30, suggest: true, aliases: ['재원별', '예산 재원'], grid: { width: 100 }, form: { pair: true, placeholder: '구비, 시비, 국비, 기금' } },
    { key: 'year', label: '연도', kind: 'integer', required: true, aliases: ['연차', '년도'], grid: { width: 80 }, form: { pair: true } },
    { key: 'amount', label: '금액(천원)', kind: 'integer', aliases: ['금액', '예산액'], grid: { width: 120 }, form: { pair: true } },
  ],
});

export type Fund = ValuesOf<typeof fundsSpec> & RecordMeta;
