/**
 * 주요사업 (projects): one project of a year's report — its title, team, 계속/신규, whether it is a
 * 중점사업, the purpose sentence and its 소요예산 (one line: 예산액·집행액; or 재원별 × 연차별 in
 * 소요예산 rows). Its blocks (사업개요, 추진실적 …) are child records.
 */
import { defineRegister, type ValuesOf } from '../../registers/define.ts';
import type { RecordMeta } from '../register.ts';

export const PROJECT_KINDS = ['계속', '신규'] as const;
export const BUDGET_FORMS = ['없음', '예산액·집행액', '재원별·연차별'] as const;

export const projectsSpec = defineRegister({
  name: 'projects',
  label: '주요사업',
  table: 'projects',
  schemaVersion: 1,
  naturalKey: ['year', 'name'],
  rowOrder: 'position',
  display: 'name',
  fields: [
    { key: 'year', label: '연도', kind: 'integer', required: true, aliases: ['사업연도', '년도'], grid: { width: 70, pinned: 'left' }, form: { pair: true } },
    { key: 'position', label: '순서', kind: 'integer', aliases: ['순번', '연번'], grid: { width: 60 }, form: { pair: true } },
    { key: 'name', label: '사업명', kind: 'text', required: true, maxLength: 200, aliases: ['사업', '과제명'], grid: { flex: 1, minWidth: 240 } },
    { key: 'team', label: '담당팀', kind: 'text', maxLength: 50, suggest: true, aliases: ['담당', '팀'], grid: { width: 110 }, form: { pair: true } },
    { key: 'kind', label: '구분', kind: 'enum', options: PROJECT_KINDS, default: '계속', aliases: ['계속/신규', '사업구분'], grid: { width: 70 }, form: { pair: true } },
    { key: 'priority', label: '중점사업', kind: 'boolean', aliases: ['중점', '역점사업'], grid: { width: 80 }, form: { pair: true, text: '중점사업 (보고서의 따로 된 장)' } },
    { key: 'purpose', label: '목적', kind: 'longText', maxLength: 1000, aliases: ['사업목적', '추진목적'], grid: { width: 200, hidden: true }, form: { rows: 2, placeholder: '…하고자 함' } },
    { key: 'budgetForm', label: '소요예산 형식', kind: 'enum', options: BUDGET_FORMS, default: '없음', aliases: ['예산 형식'], grid: { width: 120, hidden: true }, form: { pair: true } },
    { key: 'source', label: '재원', kind: 'text', maxLength: 30, suggest: true, aliases: ['예산 재원'], grid: { width: 80, hidden: true }, form: { pair: true, placeholder: '예: 구비' } },
    { key: 'budget', label: '예산액(천원)', kind: 'integer', aliases: ['예산액', '예산'], grid: { width: 110 }, form: { pair: true } },
    { key: 'spent', label: '집행액(천원)', kind: 'integer', aliases: ['집행액'], grid: { width: 110 }, form: { pair: true } },
  ],
});

export type Project = ValuesOf<typeof projectsSpec> & RecordMeta;
