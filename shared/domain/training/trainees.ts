/**
 * 수강생 (trainees): the first personal register. Its personal fields say what they hold, so the
 * personal-data machinery (shared/personal, core/personal) masks, logs and encrypts them.
 */
import { defineRegister, type ValuesOf } from '../../registers/define.ts';
import type { RecordMeta } from '../register.ts';

export const TRAINEE_KINDS = ['구민', '직원'] as const;

export const traineesSpec = defineRegister({
  name: 'trainees',
  label: '수강생',
  table: 'trainees',
  schemaVersion: 1,
  naturalKey: ['name', 'phone'],
  display: 'name',
  personalData: true,
  // 마지막 수업(교육반 종료일, 없으면 시작일; 수강 이력이 없으면 등록일)으로부터 3년 뒤 파기.
  retention: { years: 3, after: 'lastClass' },
  fields: [
    { key: 'name', label: '이름', kind: 'text', required: true, maxLength: 50, personal: 'name', aliases: ['성명', '수강생', '수강생명', '이름(성명)'], grid: { width: 110, pinned: 'left' }, form: { pair: true } },
    { key: 'phone', label: '연락처', kind: 'text', maxLength: 30, personal: 'phone', aliases: ['휴대폰', '휴대전화', '전화번호', '핸드폰', '연락처(휴대폰)'], grid: { width: 140 }, form: { pair: true, placeholder: '예: 010-1234-5678' } },
    { key: 'birthDate', label: '생년월일', kind: 'date', personal: 'birthDate', aliases: ['생일', '출생일'], grid: { width: 110 }, form: { pair: true } },
    { key: 'kind', label: '구분', kind: 'enum', options: TRAINEE_KINDS, default: '구민', aliases: ['수강생 구분'], grid: { width: 80 }, form: { pair: true } },
    { key: 'address', label: '주소', kind: 'text', maxLength: 100, personal: 'address', aliases: ['거주지', '주소(동)', '거주 동', '행정동'], grid: { width: 160 }, form: { placeholder: '동까지만 (예: 서초동)' } },
    { key: 'disability', label: '장애 여부', kind: 'boolean', personal: 'sensitive', aliases: ['장애여부', '장애'], grid: { width: 90, hidden: true }, form: { pair: true, text: '장애가 있음 (민감정보)' } },
    { key: 'consentOn', label: '동의일', kind: 'date', aliases: ['개인정보 동의일', '수집·이용 동의일', '동의 일자'], grid: { width: 110 }, form: { pair: true } },
  ],
});

export type Trainee = ValuesOf<typeof traineesSpec> & RecordMeta;
