/** One call masks a whole record for any register that declares personal fields. */
import { describe, expect, it } from 'vitest';
import { clippingsSpec } from '../../../shared/domain/clipping.ts';
import type { RegisterSpec } from '../../../shared/domain/register.ts';
import { holdsPersonalData, maskFieldValue, maskRecord, personalFields, personLabel, residentNumberProblem } from '../../../shared/personal/personal-record.ts';

/** A register shaped like the coming 정보화교육 trainees (the kernel helper builds the real one). */
const traineesSpec: RegisterSpec = {
  name: 'releases',
  label: '교육생',
  table: 'trainees',
  fields: [
    { key: 'name', label: '성명', kind: 'text', personal: 'name' },
    { key: 'phone', label: '연락처', kind: 'text', personal: 'phone' },
    { key: 'birthDate', label: '생년월일', kind: 'date', personal: 'birthDate' },
    { key: 'address', label: '주소', kind: 'text', personal: 'address' },
    { key: 'email', label: '전자우편', kind: 'text', personal: 'email' },
    { key: 'disability', label: '장애 여부', kind: 'text', personal: 'sensitive' },
    { key: 'course', label: '과정', kind: 'text' },
    { key: 'note', label: '비고', kind: 'longText' },
  ],
  naturalKey: ['name', 'phone'],
  personalData: true,
  schemaVersion: 1,
};

const trainee = {
  id: '0190a0b0-0000-7000-8000-000000000001',
  name: '김철용',
  phone: '010-1234-5678',
  birthDate: '1958-07-21',
  address: '서울특별시 관악구 신림동 123-4',
  email: 'kimcy@example.com',
  disability: '시각장애',
  course: '스마트폰 기초',
  note: '',
  version: 3,
};

describe('maskRecord', () => {
  it('masks every personal field and nothing else', () => {
    expect(maskRecord(traineesSpec, trainee)).toEqual({
      ...trainee,
      name: '김*용',
      phone: '010-1234-****',
      birthDate: '1958-**-**',
      address: '서울특별시 관악구 신림동 ***',
      email: 'k***@…',
      disability: '●●●',
    });
  });

  it('leaves the record it was given as it was', () => {
    const copy = { ...trainee };
    maskRecord(traineesSpec, trainee);
    expect(trainee).toEqual(copy);
  });

  it('returns a register without personal fields untouched', () => {
    const clipping = { id: 'x', title: '김철용 구청장 010-1234-5678' };
    expect(maskRecord(clippingsSpec, clipping)).toBe(clipping);
    expect(holdsPersonalData(clippingsSpec)).toBe(false);
  });

  it('lists the personal fields and masks one value by field', () => {
    expect(personalFields(traineesSpec).map((f) => f.key)).toEqual(['name', 'phone', 'birthDate', 'address', 'email', 'disability']);
    expect(maskFieldValue(traineesSpec, 'phone', '02-123-4567')).toBe('02-123-****');
    expect(maskFieldValue(traineesSpec, 'course', '엑셀')).toBe('엑셀');
  });
});

describe('personLabel', () => {
  it('is the masked name, never the raw one', () => {
    expect(personLabel(traineesSpec, trainee)).toBe('김*용');
    expect(personLabel(clippingsSpec, { title: '김철용' })).toBe('');
  });
});

describe('residentNumberProblem', () => {
  it('refuses a 주민등록번호 in any field of a personal register, naming the field', () => {
    expect(residentNumberProblem(traineesSpec, { ...trainee, note: '주민번호 580721-1234567 확인함' })).toContain('비고에 주민등록번호');
    expect(residentNumberProblem(traineesSpec, { ...trainee, course: '5807211234567' })).toContain('과정에');
  });

  it('takes an honest record and leaves other registers alone', () => {
    expect(residentNumberProblem(traineesSpec, trainee)).toBeNull();
    expect(residentNumberProblem(clippingsSpec, { title: '580721-1234567' })).toBeNull();
  });
});
