/** 보도자료 (press releases): schema, types and Korean labels. */
import { z } from 'zod';
import { dateMessage, isIsoDate, missingDateMessage } from '../text/korean-date.ts';
import { requiredText, text } from './text-fields.ts';
import type { RecordMeta, RegisterSpec } from './register.ts';


/** Each field's rule, without defaults (a patch must not reset the fields it leaves out). */
const releaseFields = {
  distributedOn: z
    .string({ error: missingDateMessage('배포일') })
    .trim()
    .refine(isIsoDate, { error: dateMessage('배포일') }),
  title: requiredText('제목', 300, '제목을 입력하세요.'),
  department: text('담당부서', 100),
  contact: text('담당자', 50),
  hasPhoto: z.boolean({ error: '사진 포함은 예 또는 아니오여야 합니다.' }),
};

export const releaseValuesSchema = z.object({
  ...releaseFields,
  department: releaseFields.department.default(''),
  contact: releaseFields.contact.default(''),
  hasPhoto: releaseFields.hasPhoto.default(false),
});

export type ReleaseValues = z.output<typeof releaseValuesSchema>;
export type ReleaseInput = z.input<typeof releaseValuesSchema>;
export const releasePatchSchema = z.object(releaseFields).partial().strict();
export type ReleasePatch = z.input<typeof releasePatchSchema>;

export interface Release extends ReleaseValues, RecordMeta {
  /** 기사화 건수: live clippings that came from this release. */
  clippingCount: number;
}

export const releasesSpec: RegisterSpec = {
  name: 'releases',
  label: '보도자료',
  table: 'releases',
  personalData: false,
  schemaVersion: 1,
  naturalKey: ['distributedOn', 'title'],
  rowOrder: 'distributedOn',
  fields: [
    { key: 'distributedOn', label: '배포일', kind: 'date', required: true, aliases: ['배포일자', '일자'] },
    { key: 'title', label: '제목', kind: 'text', required: true, maxLength: 300, aliases: ['보도자료 제목'] },
    { key: 'department', label: '담당부서', kind: 'text', maxLength: 100, aliases: ['부서'], suggest: true },
    { key: 'contact', label: '담당자', kind: 'text', maxLength: 50, suggest: true },
    { key: 'hasPhoto', label: '사진 포함', kind: 'boolean', aliases: ['사진포함', '사진'] },
  ],
};
