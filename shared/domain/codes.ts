/** Code lists a clerk can edit (매체구분, 정보화교육's 과목군; more registers add theirs). */
import type { RegisterSpec } from './register.ts';
import { SUBJECT_GROUPS } from './training/courses.ts';

export type CodeListName = 'mediaType' | 'subjectGroup';

export const CODE_LIST_LABELS: Record<CodeListName, string> = {
  mediaType: '매체구분',
  subjectGroup: '과목군',
};

/** 과목군 before an admin edits the list: what the enum offered (so no course's value is lost). */
export const DEFAULT_SUBJECT_GROUPS: readonly string[] = SUBJECT_GROUPS;

export const DEFAULT_MEDIA_TYPES = ['중앙지', '통신사', '방송사', '지역언론', '인터넷언론', '기타'] as const;

export interface CodeItem {
  code: string;
  sort: number;
  active: boolean;
}

export const CODE_LIST_NAMES = Object.keys(CODE_LIST_LABELS) as [CodeListName, ...CodeListName[]];

/**
 * Code lists travel between the department's PCs like a register, one record per code, so two PCs
 * editing the list apart merge code by code (a code added on each PC: both stay; one PC turning a
 * code off while another reorders: both edits stay). A code's record id is derived from its list
 * and text (codeRecordId), so the same code added on two PCs is one record, never two.
 */
export const codesSpec: RegisterSpec = {
  name: 'codes',
  label: '코드 목록',
  table: 'codes',
  personalData: false,
  schemaVersion: 1,
  naturalKey: ['list', 'code'],
  fields: [
    { key: 'list', label: '목록', kind: 'enum', options: CODE_LIST_NAMES, required: true },
    { key: 'code', label: '코드', kind: 'text', maxLength: 30, required: true },
    { key: 'sort', label: '순서', kind: 'integer' },
    { key: 'active', label: '사용', kind: 'boolean' },
  ],
};
