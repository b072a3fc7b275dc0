/**
 * The small decisions behind the personal-data screens and the Korean month input: which fields a
 * record holds masked (what 보기 and 마스킹 해제… offer), how a revealed value reads, how a
 * trainee is offered in the 추가 picker (masked), and months said in Korean with ◀ ▶.
 */
import { describe, expect, it } from 'vitest';
import { traineesSpec } from '../../shared/domain/training/trainees.ts';
import { asSpec } from '../../shared/registers/define.ts';
import { maskRecord } from '../../shared/personal/personal-record.ts';
import { parseMonth } from '../../shared/registers/field-kinds.ts';
import { maskedFieldKeys, revealableField, revealedText, revealPerson } from '../../renderer/src/personal/reveal.ts';
import { koreanMonth, shiftMonth } from '../../renderer/src/common/monthText.ts';
import { pickLabel } from '../../renderer/src/common/children/pickLabel.ts';
import { childPreset, localDateTime } from '../../renderer/src/training/childPreset.ts';

const spec = asSpec(traineesSpec);
const kim = maskRecord(spec, { id: 't1', name: '김철용', phone: '010-1234-5678', birthDate: '', kind: '구민', address: '', disability: false, consentOn: '' });

describe('masked fields', () => {
  it('offers to reveal every personal field holding a value, and none that is empty or not personal', () => {
    expect(maskedFieldKeys(spec, kim)).toEqual(['name', 'phone', 'disability']);
    expect(maskedFieldKeys(spec, null)).toEqual([]);
    expect(revealableField(spec, 'phone', kim)?.label).toBe('연락처');
    expect(revealableField(spec, 'kind', kim)).toBeUndefined();
    expect(revealableField(spec, 'address', kim)).toBeUndefined();
  });

  it('names the person masked and reads a revealed yes/no as 예/아니오', () => {
    expect(revealPerson(spec, kim)).toBe('김*용');
    expect(kim.disability).toBe('●●●');
    expect(revealedText({ kind: 'boolean' }, false)).toBe('아니오');
    expect(revealedText({ kind: 'text' }, '010-1234-5678')).toBe('010-1234-5678');
  });

  it('offers a trainee in the picker by masked name and phone', () => {
    expect(pickLabel(spec, kim)).toBe('김*용 · 010-1234-****');
  });
});

describe('추가 presets', () => {
  it('links the child to the class, and a 수강신청 is applied for now', () => {
    const now = new Date(2026, 10, 3, 9, 5);
    expect(localDateTime(now)).toBe('2026-11-03T09:05');
    expect(childPreset('enrolments', 'classId', 'c1', now)).toEqual({ classId: 'c1', appliedAt: '2026. 11. 3. 09:05' });
    expect(childPreset('sessions', 'classId', 'c1', now)).toEqual({ classId: 'c1' });
  });
});

describe('Korean month input', () => {
  it('says a month in Korean and steps over year ends', () => {
    expect(koreanMonth('2026-11')).toBe('2026년 11월');
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
  });

  it('reads what a clerk types', () => {
    for (const typed of ['2026.11', '202611', '2026년 11월', '2026-11', koreanMonth('2026-11')]) expect(parseMonth(typed)).toBe('2026-11');
    expect(parseMonth('2026.13')).toBeUndefined();
  });
});
