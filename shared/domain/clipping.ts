/** 언론보도 (press clippings): the register's definition, from which its schemas and labels derive. */
import { defineRegister, type InputOf, type PatchOf, type ValuesOf } from '../registers/define.ts';
import { fieldLabel } from '../registers/derive.ts';
import type { RecordMeta } from './register.ts';

export const TONES = ['긍정', '중립', '부정'] as const;
export type Tone = (typeof TONES)[number];

export const clippingsSpec = defineRegister({
  name: 'clippings',
  label: '언론보도',
  table: 'clippings',
  schemaVersion: 1,
  naturalKey: ['publishedOn', 'outlet', 'title'],
  rowOrder: 'publishedOn',
  display: 'title',
  // A clipping is news that happened whatever became of the release: deleting the release keeps
  // its clippings, whose link then reads '삭제된 보도자료: …' until undo brings it back.
  parent: { register: 'releases', field: 'releaseId', onDelete: 'keep' },
  fields: [
    { key: 'publishedOn', label: '보도일자', kind: 'date', required: true, aliases: ['일자', '날짜', '보도일'], grid: { pinned: 'left' } },
    { key: 'outlet', label: '매체명', kind: 'text', required: true, maxLength: 100, aliases: ['언론사', '매체'], suggest: true, grid: { width: 130, pinned: 'left' } },
    { key: 'mediaType', label: '매체구분', kind: 'code', codeList: 'mediaType', maxLength: 30, aliases: ['구분', '매체유형'], grid: { width: 110 } },
    { key: 'title', label: '제목', kind: 'text', required: true, maxLength: 300, aliases: ['기사제목'], grid: { flex: 1, minWidth: 260, tooltip: true } },
    { key: 'reporter', label: '기자', kind: 'text', maxLength: 100, aliases: ['기자명'], suggest: true, grid: { width: 90 }, form: { pair: true } },
    { key: 'page', label: '지면', kind: 'text', maxLength: 30, aliases: ['면'], grid: { width: 80 }, form: { pair: true, placeholder: '예: A12' } },
    { key: 'url', label: 'URL', kind: 'url', maxLength: 2000, aliases: ['링크', '주소'], grid: { width: 200, hidden: true }, form: { placeholder: 'https://' } },
    { key: 'department', label: '관련부서', kind: 'text', maxLength: 100, aliases: ['부서', '담당부서'], suggest: true, grid: { width: 120 }, form: { pair: true } },
    { key: 'tone', label: '논조', kind: 'enum', options: TONES, default: '중립', grid: { width: 90 }, form: { pair: true } },
    { key: 'summary', label: '요약', kind: 'longText', maxLength: 5000, aliases: ['내용', '기사요약'], grid: { width: 260, hidden: true }, form: { rows: 5 } },
    { key: 'tags', label: '태그', kind: 'tags', maxLength: 50, maxItems: 30, aliases: ['키워드'], suggest: true, grid: { width: 150 }, form: { placeholder: '쉼표로 구분 (예: 축제, 복지)' } },
    { key: 'releaseId', label: '보도자료', kind: 'ref', target: 'releases', aliases: ['관련 보도자료'], shownAs: 'releaseTitle', grid: { width: 200 } },
  ],
  // 첨부: counted from the live attachment rows when read (core/clippings/repository.ts).
  derived: [{ key: 'attachmentCount', label: '첨부', kind: 'integer', grid: { width: 76 } }],
});

/** Values a clerk types or imports. Optional text fields are '' when empty, never null. */
export const clippingValuesSchema = clippingsSpec.valuesSchema;
export type ClippingValues = ValuesOf<typeof clippingsSpec>;
export type ClippingInput = InputOf<typeof clippingsSpec>;
/** A partial edit: only the fields present change. */
export const clippingPatchSchema = clippingsSpec.patchSchema;
export type ClippingPatch = PatchOf<typeof clippingsSpec>;

export interface Clipping extends ClippingValues, RecordMeta {
  /** Title of the linked 보도자료, for display; '' when none. */
  releaseTitle: string;
  attachmentCount: number;
}

/** Korean label of a clipping field ('publishedOn' → '보도일자'). */
export function clippingLabel(key: string): string {
  return fieldLabel(clippingsSpec, key);
}
