/**
 * 강사 (instructors): who teaches the classes — a personal register like 수강생 (이름 and 연락처
 * masked, openings logged, 주민등록번호 refused). A class keeps its 강사 as text; the form
 * suggests these names (core/records/suggestions.ts `suggestFrom`).
 */
import { defineRegister, type ValuesOf } from '../../registers/define.ts';
import type { RecordMeta } from '../register.ts';

export const instructorsSpec = defineRegister({
  name: 'instructors',
  label: '강사',
  table: 'instructors',
  schemaVersion: 1,
  naturalKey: ['name', 'phone'],
  display: 'name',
  personalData: true,
  // 보유 기간: 3 years after the last class they taught (a setting, 1–10), as for 수강생.
  retention: { years: 3, after: 'lastTaught' },
  fields: [
    { key: 'name', label: '이름', kind: 'text', required: true, maxLength: 50, personal: 'name', aliases: ['성명', '강사', '강사명', '강사 이름'], grid: { width: 110, pinned: 'left' }, form: { pair: true } },
    { key: 'phone', label: '연락처', kind: 'text', maxLength: 30, personal: 'phone', aliases: ['휴대폰', '휴대전화', '전화번호', '핸드폰'], grid: { width: 140 }, form: { pair: true, placeholder: '예: 010-1234-5678' } },
    { key: 'affiliation', label: '소속', kind: 'text', maxLength: 100, aliases: ['소속기관', '기관', '업체'], suggest: true, grid: { width: 160 }, form: { pair: true } },
    { key: 'field', label: '분야', kind: 'text', maxLength: 100, aliases: ['전문분야', '강의 분야', '담당 과목'], suggest: true, grid: { width: 160 }, form: { pair: true } },
    { key: 'note', label: '비고', kind: 'text', maxLength: 200, aliases: ['메모'], grid: { flex: 1, minWidth: 120 } },
  ],
});

export type Instructor = ValuesOf<typeof instructorsSpec> & RecordMeta;
