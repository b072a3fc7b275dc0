/**
 * What a child added from a class's form starts with: the link to the class, and for a
 * 수강신청 the 신청일시 now (the trainer enrols the person who is asking today).
 */
import { formatDateTime } from '../../../shared/registers/field-kinds.ts';

/** Local time as the kernel's datetime ('2026-12-02T14:30'). */
export function localDateTime(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}T${p(now.getHours())}:${p(now.getMinutes())}`;
}

export function childPreset(register: string, field: string, parentId: string, now: Date = new Date()): Record<string, unknown> {
  const preset: Record<string, unknown> = { [field]: parentId };
  if (register === 'enrolments') preset.appliedAt = formatDateTime(localDateTime(now));
  return preset;
}
