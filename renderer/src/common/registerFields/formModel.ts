/**
 * A detail form's state derived from a register definition: what each field holds while the
 * clerk types (tags and numbers as text, dates as typed) and how that becomes the values the
 * definition's schema checks (read by the same parsers as import and the CLI: '1,234,000원', '오후 2:00').
 */
import type { FieldSpec, RegisterSpec } from '../../../../shared/domain/register.ts';
import { defaultValue } from '../../../../shared/registers/field-rules.ts';
import { isKernelKind, parseKernelValue } from '../../../../shared/registers/field-values.ts';
import { parseKoreanDate } from '../../../../shared/text/korean-date.ts';
import { parseTags } from '../formErrors.ts';

export type FormState = Record<string, unknown>;

const today = () => new Date().toLocaleDateString('sv-SE'); // YYYY-MM-DD, local time

/** How one stored value reads in its control. */
function shown(f: FieldSpec, value: unknown): unknown {
  if (f.kind === 'tags') return Array.isArray(value) ? value.join(', ') : '';
  if (f.kind === 'boolean') return value === true;
  if (f.kind === 'integer' || f.kind === 'money') return typeof value === 'number' ? String(value) : '';
  return typeof value === 'string' ? value : '';
}

/**
 * The form state of a record, or of a new one (defaults; a required date is today). A ref field's
 * shown name rides along under its `shownAs` key, for the picker.
 */
export function formStateFor(spec: RegisterSpec, stored: object | null): FormState {
  const record = stored as Readonly<Record<string, unknown>> | null;
  const state: FormState = {};
  for (const f of spec.fields) {
    const fresh = f.kind === 'date' && f.required ? today() : defaultValue(f);
    state[f.key] = shown(f, record ? record[f.key] : fresh);
    if (f.kind === 'ref' && f.shownAs) state[f.shownAs] = record ? String(record[f.shownAs] ?? '') : '';
  }
  return state;
}

function valueOf(f: FieldSpec, v: unknown): unknown {
  if (f.kind === 'tags') return parseTags(typeof v === 'string' ? v : '');
  if (f.kind === 'date') return typeof v === 'string' ? (parseKoreanDate(v) ?? v.trim()) : v;
  if (isKernelKind(f.kind)) {
    const text = typeof v === 'string' ? v.trim() : v;
    if (text === '' || text === undefined) return f.kind === 'integer' || f.kind === 'money' ? (f.required ? undefined : 0) : '';
    const parsed = parseKernelValue(f.kind, f.label, text);
    // Unreadable text goes to the schema as typed, which names the field in Korean.
    return parsed.ok ? parsed.value : text;
  }
  return v;
}

/** Form state → what the definition's schema checks (only the definition's fields). */
export function formValues(spec: RegisterSpec, state: FormState): Record<string, unknown> {
  return Object.fromEntries(spec.fields.map((f) => [f.key, valueOf(f, state[f.key])]));
}

/** A record's stored values, for comparing with what the form would save. */
export function storedValues(spec: RegisterSpec, stored: object): Record<string, unknown> {
  const record = stored as Readonly<Record<string, unknown>>;
  return Object.fromEntries(spec.fields.map((f) => [f.key, record[f.key]]));
}
