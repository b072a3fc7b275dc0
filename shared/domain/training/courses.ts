/** 교육과정 (courses on offer): one row per course the centres teach, e.g. 스마트폰 기초 (docs/TRAINING.md). */
import { defineRegister, type ValuesOf } from '../../registers/define.ts';
import type { RecordMeta } from '../register.ts';

/** 분류: seed 001 splits 정규 from 무료특강; seed 002 adds 틈새특강, 디지털상담소 and 체험존. */
export const COURSE_KINDS = ['정규', '특강', '틈새특강', '디지털상담소', '체험', '직원교육'] as const;
/** 과목군: the columns of seed 002's table (PC, 스마트폰, 키오스크) and the newer subjects — the code list's defaults (codes.ts). */
export const SUBJECT_GROUPS = ['PC 기초', '스마트폰', '키오스크', 'AI·챗GPT', '코딩', '자격증(ITQ)', '영상·1인방송', '창업·취업'] as const;
export const AUDIENCES = ['구민', '어르신', '장애인', '직원', '문해교육학습자', '청소년'] as const;

export const coursesSpec = defineRegister({
  name: 'courses',
  label: '교육과정',
  table: 'courses',
  schemaVersion: 1,
  naturalKey: ['name'],
  display: 'name',
  fields: [
    { key: 'name', label: '과정명', kind: 'text', required: true, maxLength: 100, aliases: ['과정', '교육과정', '교육과정명', '강좌명', '과목'], grid: { flex: 1, minWidth: 180, pinned: 'left' } },
    { key: 'kind', label: '분류', kind: 'enum', options: COURSE_KINDS, default: '정규', aliases: ['교육구분', '과정구분'], grid: { width: 110 }, form: { pair: true } },
    // A code list an admin edits in 설정 (codes.ts 'subjectGroup'), seeded with SUBJECT_GROUPS.
    { key: 'subjectGroup', label: '과목군', kind: 'code', codeList: 'subjectGroup', maxLength: 30, default: 'PC 기초', aliases: ['과목분류', '분야'], grid: { width: 120 }, form: { pair: true } },
    { key: 'audience', label: '대상', kind: 'enum', options: AUDIENCES, default: '구민', aliases: ['교육대상', '수강대상'], grid: { width: 110 }, form: { pair: true } },
    { key: 'hours', label: '총 시간', kind: 'integer', aliases: ['총시간', '교육시간', '시간'], grid: { width: 90 }, form: { pair: true } },
    { key: 'fee', label: '수강료', kind: 'money', aliases: ['교육비', '수강비'], grid: { width: 100 }, form: { pair: true } },
    { key: 'passRate', label: '수료 기준(%)', kind: 'integer', default: 80, aliases: ['수료기준', '수료 기준'], grid: { width: 110, hidden: true }, form: { pair: true } },
    { key: 'description', label: '설명', kind: 'longText', maxLength: 2000, aliases: ['내용', '교육내용', '과정 소개'], grid: { width: 240, hidden: true }, form: { rows: 3 } },
  ],
});

export type Course = ValuesOf<typeof coursesSpec> & RecordMeta;
