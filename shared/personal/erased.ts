/**
 * 파기 (destruction of personal data): what a personal field holds once erased, and how an erased
 * record's name reads. Shared because the PC that erases, the server that keeps its copy erased
 * and every PC pulling it must agree on the very same empty values (else sync would not converge).
 */
import type { FieldSpec, RegisterSpec } from '../domain/register.ts';

/** What lists, links, prints and exports show for the name of an erased person. */
export const ERASED_NAME = '(파기됨)';

/** The empty value of a field's kind: '' for texts and dates, false, 0, or no tags. */
export function erasedValue(field: FieldSpec): unknown {
  switch (field.kind) {
    case 'boolean':
      return false;
    case 'integer':
    case 'money':
      return 0;
    case 'tags':
      return [];
    default:
      return '';
  }
}

/** True when `value` is the field's empty value (an erased field, or one never filled). */
export function isErasedValue(field: FieldSpec, value: unknown): boolean {
  return JSON.stringify(value ?? erasedValue(field)) === JSON.stringify(erasedValue(field));
}

/** The fields a 파기 erases: every field with a personal kind. */
export function erasableFields(spec: RegisterSpec): FieldSpec[] {
  return spec.fields.filter((f) => f.personal !== undefined);
}

/** Every personal field at its empty value: the patch of one erasure. */
export function erasedPatch(spec: RegisterSpec): Record<string, unknown> {
  return Object.fromEntries(erasableFields(spec).map((f) => [f.key, erasedValue(f)]));
}
