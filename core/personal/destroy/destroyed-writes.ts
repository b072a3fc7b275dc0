/**
 * Editing a 파기된 record: its other fields (구분, 동의일 …) may still change, its personal fields
 * may not be typed again. The erased values are empty, which a required field (이름) refuses, so
 * the record is validated with a stand-in there and stored with the empty value again.
 */
import { AppError } from '../../../shared/api/errors.ts';
import type { RegisterSpec } from '../../../shared/domain/register.ts';
import { ERASED_NAME, erasableFields, erasedValue, isErasedValue } from '../../../shared/personal/erased.ts';

export function prepareDestroyed<V extends Record<string, unknown>>(
  spec: RegisterSpec,
  patch: Readonly<Record<string, unknown>>,
  merged: Record<string, unknown>,
  prepare: (values: Record<string, unknown>) => V,
): V {
  const fields = erasableFields(spec);
  const refilled = fields.find((f) => Object.hasOwn(patch, f.key) && !isErasedValue(f, patch[f.key]));
  if (refilled) throw new AppError('conflict', `개인정보를 파기한 ${spec.label} 기록이라 ${refilled.label}을(를) 다시 적을 수 없습니다.`);
  const standIn = { ...merged };
  for (const f of fields) if (f.required) standIn[f.key] = ERASED_NAME;
  const values: Record<string, unknown> = { ...prepare(standIn) };
  for (const f of fields) values[f.key] = erasedValue(f);
  return values as V;
}
