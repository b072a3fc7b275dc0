/** 보도자료 (press releases): the register's definition, from which its schemas and labels derive. */
import { defineRegister, type InputOf, type PatchOf, type ValuesOf } from '../registers/define.ts';
import type { RecordMeta } from './register.ts';

export const releasesSpec = defineRegister({
  name: 'releases',
  label: '보도자료',
  table: 'releases',
  schemaVersion: 1,
  naturalKey: ['distributedOn', 'title'],
  rowOrder: 'distributedOn',
  display: 'title',
  fields: [
    { key: 'distributedOn', label: '배포일', kind: 'date', required: true, aliases: ['배포일자', '일자'], grid: { pinned: 'left' } },
    { key: 'title', label: '제목', kind: 'text', required: true, maxLength: 300, aliases: ['보도자료 제목'], grid: { flex: 1, minWidth: 300, tooltip: true } },
    { key: 'department', label: '담당부서', kind: 'text', maxLength: 100, aliases: ['부서'], suggest: true, grid: { width: 140 }, form: { pair: true } },
    { key: 'contact', label: '담당자', kind: 'text', maxLength: 50, suggest: true, grid: { width: 110 }, form: { pair: true } },
    { key: 'hasPhoto', label: '사진 포함', kind: 'boolean', aliases: ['사진포함', '사진'], grid: { width: 100 }, form: { text: '보도사진을 함께 배포함' } },
  ],
  // 기사화 건수: counted from the live clippings when read (core/releases/repository.ts).
  derived: [{ key: 'clippingCount', label: '기사화 건수', kind: 'integer', grid: { width: 110 } }],
});

export const releaseValuesSchema = releasesSpec.valuesSchema;
export type ReleaseValues = ValuesOf<typeof releasesSpec>;
export type ReleaseInput = InputOf<typeof releasesSpec>;
export const releasePatchSchema = releasesSpec.patchSchema;
export type ReleasePatch = PatchOf<typeof releasesSpec>;

export interface Release extends ReleaseValues, RecordMeta {
  /** 기사화 건수: live clippings that came from this release. */
  clippingCount: number;
}
