/** How a linked record is offered in a picker: what tells two records of its register apart. */
import type { RegisterSpec } from '../../../../shared/domain/register.ts';

/** '김*시 · 010-0000-****': the display field, then the rest of the natural key, as the core returned them. */
export function pickLabel(spec: Pick<RegisterSpec, 'display' | 'naturalKey'>, row: Readonly<Record<string, unknown>>): string {
  const keys = [spec.display ?? 'id', ...spec.naturalKey.filter((k) => k !== spec.display)];
  return keys.map((k) => row[k]).filter((v) => v !== null && v !== undefined && v !== '').map(String).join(' · ');
}
