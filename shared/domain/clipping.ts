/** 언론보도 (press clippings): schema, types and Korean labels. */
import { z } from 'zod';
import { dateMessage, isIsoDate, missingDateMessage } from '../text/korean-date.ts';
import { requiredText, text } from './text-fields.ts';
import type { RecordMeta, RegisterSpec } from './register.ts';

export const TONES = ['긍정', '중립', '부정'] as const;
export type Tone = (typeof TONES)[number];

const isoDate = (label: string) =>
  z.string({ error: missingDateMessage(label) }).trim().refine(isIsoDate, { error: dateMessage(label) });


/** Each field's rule, without defaults (a patch must not reset the fields it leaves out). */
const clippingFields = {
  publishedOn: isoDate('보도일자'),
  outlet: requiredText('매체명', 100, '매체명을 입력하세요.'),
  mediaType: text('매체구분', 30),
  title: requiredText('제목', 300, '제목을 입력하세요.'),
  reporter: text('기자', 100),
  page: text('지면', 30),
  url: text('URL', 2000).refine((u) => u === '' || /^https?:\/\/\S+$/i.test(u), { error: 'URL은 http:// 또는 https://로 시작해야 합니다.' }),
  department: text('관련부서', 100),
  tone: z.enum(TONES, { error: '논조는 긍정, 중립, 부정 중 하나여야 합니다.' }),
  summary: text('요약', 5000),
  tags: z.array(text('태그', 50).min(1)).max(30, { error: '태그는 30개까지 붙일 수 있습니다.' }),
  releaseId: z.string().trim().max(64),
};

/** Values a clerk types or imports. Optional text fields are '' when empty, never null. */
export const clippingValuesSchema = z.object({
  ...clippingFields,
  mediaType: clippingFields.mediaType.default(''),
  reporter: clippingFields.reporter.default(''),
  page: clippingFields.page.default(''),
  url: clippingFields.url.default(''),
  department: clippingFields.department.default(''),
  tone: clippingFields.tone.default('중립'),
  summary: clippingFields.summary.default(''),
  tags: clippingFields.tags.default([]),
  releaseId: clippingFields.releaseId.default(''),
});

export type ClippingValues = z.output<typeof clippingValuesSchema>;
export type ClippingInput = z.input<typeof clippingValuesSchema>;
/** A partial edit: only the fields present change. */
export const clippingPatchSchema = z.object(clippingFields).partial().strict();
export type ClippingPatch = z.input<typeof clippingPatchSchema>;

export interface Clipping extends ClippingValues, RecordMeta {
  /** Title of the linked 보도자료, for display; '' when none. */
  releaseTitle: string;
  attachmentCount: number;
}

export const clippingsSpec: RegisterSpec = {
  name: 'clippings',
  label: '언론보도',
  table: 'clippings',
  personalData: false,
  schemaVersion: 1,
  naturalKey: ['publishedOn', 'outlet', 'title'],
  rowOrder: 'publishedOn',
  fields: [
    { key: 'publishedOn', label: '보도일자', kind: 'date', required: true, aliases: ['일자', '날짜', '보도일'] },
    { key: 'outlet', label: '매체명', kind: 'text', required: true, maxLength: 100, aliases: ['언론사', '매체'], suggest: true },
    { key: 'mediaType', label: '매체구분', kind: 'code', codeList: 'mediaType', maxLength: 30, aliases: ['구분', '매체유형'] },
    { key: 'title', label: '제목', kind: 'text', required: true, maxLength: 300, aliases: ['기사제목'] },
    { key: 'reporter', label: '기자', kind: 'text', maxLength: 100, aliases: ['기자명'], suggest: true },
    { key: 'page', label: '지면', kind: 'text', maxLength: 30, aliases: ['면'] },
    { key: 'url', label: 'URL', kind: 'url', maxLength: 2000, aliases: ['링크', '주소'] },
    { key: 'department', label: '관련부서', kind: 'text', maxLength: 100, aliases: ['부서', '담당부서'], suggest: true },
    { key: 'tone', label: '논조', kind: 'enum', options: TONES },
    { key: 'summary', label: '요약', kind: 'longText', maxLength: 5000, aliases: ['내용', '기사요약'] },
    { key: 'tags', label: '태그', kind: 'tags', aliases: ['키워드'], suggest: true },
    { key: 'releaseId', label: '보도자료', kind: 'ref', target: 'releases', aliases: ['관련 보도자료'] },
  ],
};

/** Korean label of a clipping field ('publishedOn' → '보도일자'). */
export function clippingLabel(key: string): string {
  return clippingsSpec.fields.find((f) => f.key === key)?.label ?? key;
}
