/**
 * One place that knows a register's personal fields, so the grid, the form, search, export, print
 * and the CLI all mask the same way (`maskRecord`) and every writer refuses 주민등록번호 the same
 * way (`residentNumberProblem`).
 */
import type { FieldSpec, RegisterSpec } from '../domain/register.ts';
import { maskName, maskValue } from './mask.ts';
import { findResidentNumber, residentNumberRefusal } from './resident-number.ts';
import { ERASED_NAME } from './erased.ts';

export function personalFields(spec: RegisterSpec): FieldSpec[] {
  return spec.fields.filter((f) => f.personal !== undefined);
}

/** A register holds personal data if it says so or declares any personal field. */
export function holdsPersonalData(spec: RegisterSpec): boolean {
  return spec.personalData || personalFields(spec).length > 0;
}

function maskedField(field: FieldSpec, value: unknown): unknown {
  if (field.personal === undefined || value === null || value === undefined) return value;
  // A required name left empty is a 파기된 person (erased.ts): lists and links say so.
  if (field.personal === 'name' && (value === '' || value === ERASED_NAME)) return ERASED_NAME;
  if (typeof value === 'string') return maskValue(field.personal, value);
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? maskValue(field.personal!, v) : v));
  // A number or boolean in a personal field (장애 여부 as 예/아니오) is still only shown masked.
  return field.personal === 'sensitive' ? maskValue('sensitive', String(value)) : value;
}

/** A copy of `record` with every personal field masked; other fields and meta stay as they are. */
export function maskRecord<T extends object>(spec: RegisterSpec, record: T): T {
  const fields = personalFields(spec);
  if (fields.length === 0) return record;
  const copy: Record<string, unknown> = { ...(record as Record<string, unknown>) };
  for (const field of fields) {
    if (Object.hasOwn(copy, field.key)) copy[field.key] = maskedField(field, copy[field.key]);
  }
  return copy as T;
}

/** The masked value of one field, e.g. for a reveal dialog's "이 값을 보려면 …" line. */
export function maskFieldValue(spec: RegisterSpec, key: string, value: string): string {
  const field = spec.fields.find((f) => f.key === key);
  if (field?.personal === 'name' && (value === '' || value === ERASED_NAME)) return ERASED_NAME;
  return field?.personal === undefined ? value : maskValue(field.personal, value);
}

/**
 * The non-identifying label the access log keeps for the person of a record: the masked name
 * (김*용), never the raw value; '' when the register has no name field or it is empty.
 */
export function personLabel(spec: RegisterSpec, record: object): string {
  const nameField = spec.fields.find((f) => f.personal === 'name');
  if (nameField === undefined) return '';
  const value = (record as Record<string, unknown>)[nameField.key];
  return typeof value === 'string' ? maskName(value) : '';
}

/**
 * The refusal for the first field (in spec order, then any other string) holding a
 * 주민등록번호-shaped value, or null. Only registers holding personal data are checked: in
 * 언론보도 a 13-digit number in a title is none of this rule's business.
 */
export function residentNumberProblem(spec: RegisterSpec, record: object): string | null {
  if (!holdsPersonalData(spec)) return null;
  const values = record as Record<string, unknown>;
  for (const field of spec.fields) {
    const value = values[field.key];
    const texts = typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
    if (texts.some((t) => findResidentNumber(t) !== null)) return residentNumberRefusal(field.label);
  }
  return null;
}
