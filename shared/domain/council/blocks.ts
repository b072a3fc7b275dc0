/** 사업 내용 (blocks): one □ block of a project — 사업개요, 추진실적, 향후계획 … — written as outline text (shared/reports/outline-text.ts). */
import { defineRegister, type ValuesOf } from '../../registers/define.ts';
import type { RecordMeta } from '../register.ts';

export const blocksSpec = defineRegister({
  name: 'blocks',
  label: '사업 내용',
  table: 'blocks',
  schemaVersion: 1,
  naturalKey: ['projectId', 'title'],
  rowOrder: 'position',
  display: 'title',
  parent: { register: 'projects', field: 'projectId', onDelete: 'cascade' },
  fields: [
    { key: 'projectId', label: '주요사업', kind: 'ref', target: 'projects', required: true, aliases: ['사업명', '사업'], grid: { width: 200 } },
    { key: 'title', label: '제목', kind: 'text', required: true, maxLength: 50, suggest: true, aliases: ['블록', '항목'], grid: { width: 130 }, form: { pair: true, placeholder: '사업개요, 추진실적, 향후계획 …' } },
    { key: 'position', label: '순서', kind: 'integer', aliases: ['순번'], grid: { width: 60 }, form: { pair: true } },
    { key: 'body', label: '내용', kind: 'longText', maxLength: 20000, aliases: ['본문'], grid: { flex: 1, minWidth: 280 }, form: { rows: 12, placeholder: '○ 보도자료 작성 및 배포: {보도자료 배포 건수}건' } },
  ],
});

export type Block = ValuesOf<typeof blocksSpec> & RecordMeta;
