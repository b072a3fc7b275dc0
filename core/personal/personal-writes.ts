/**
 * The write-path checks of a register holding personal data, kept in one small hook so the
 * kernel's service stays readable: no 주민등록번호 in any field, and a masked value a screen shows
 * (김*용) never overwrites the real one when the clerk saves the record or a grid paste sends it back.
 */
import { AppError } from '../../shared/api/errors.ts';
import type { RegisterSpec } from '../../shared/domain/register.ts';
import { holdsPersonalData, personalFields, residentNumberProblem } from '../../shared/personal/personal-record.ts';
import { maskValue } from '../../shared/personal/mask.ts';
import { ERASED_NAME } from '../../shared/personal/erased.ts';
import { isSealedText } from './at-rest.ts';

/** Throws the Korean refusal naming the field that holds a 주민등록번호-shaped value. */
export function assertNoResidentNumber(spec: RegisterSpec, values: object): void {
  const problem = residentNumberProblem(spec, values);
  if (problem !== null) throw new AppError('invalid_input', problem);
}

/** True when `value` is what the screens show for `stored`: a masked echo, not a new value. */
export function isMaskedEcho(kind: Parameters<typeof maskValue>[0], stored: unknown, value: unknown): boolean {
  if (typeof value !== 'string' || typeof stored !== 'string' || value === stored || value === '') return false;
  // The '(파기됨)' a destroyed person's name shows (personal-record.ts maskRecord).
  if (kind === 'name' && stored === '' && value === ERASED_NAME) return true;
  return maskValue(kind, stored) === value;
}

/** The patch without personal fields that only echo their masked form. */
export function withoutMaskedEchoes(spec: RegisterSpec, current: Readonly<Record<string, unknown>>, patch: Record<string, unknown>): Record<string, unknown> {
  if (!holdsPersonalData(spec)) return patch;
  let out = patch;
  for (const f of personalFields(spec)) {
    if (Object.hasOwn(patch, f.key) && isMaskedEcho(f.personal!, current[f.key], patch[f.key])) {
      if (out === patch) out = { ...patch };
      delete out[f.key];
    }
  }
  return out;
}

/**
 * Validates `merged` (a record with a patch applied) without the sensitive values this PC's key
 * cannot open (restored without the key file, personal/at-rest.ts), and puts them back as they
 * were: an edit of the address must not be refused, nor erase 장애 여부, because it is unreadable here.
 */
export function keepingUnreadable<V>(spec: RegisterSpec, merged: Record<string, unknown>, prepare: (m: Record<string, unknown>) => V): V {
  const unreadable = spec.fields.filter((f) => f.personal === 'sensitive' && isSealedText(merged[f.key])).map((f) => [f.key, merged[f.key]] as const);
  if (unreadable.length === 0) return prepare(merged);
  const rest = { ...merged };
  for (const [key] of unreadable) delete rest[key];
  const values = prepare(rest) as Record<string, unknown>;
  for (const [key, sealed] of unreadable) values[key] = sealed;
  return values as V;
}
