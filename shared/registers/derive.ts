/**
 * What import/export, the CLI and history read off a register definition: headers, accepted
 * aliases, CLI field names and Korean labels. One place, so a field added to a definition shows
 * up everywhere at once.
 */
import { exportableFields, type RegisterSpec } from '../domain/register.ts';
import type { RegisterDefinitionInput } from './define.ts';

/** Export headers: the Korean labels of the exportable fields, in register order. */
export function exportHeaderLabels(spec: Pick<RegisterSpec, 'fields'>): string[] {
  return exportableFields(spec as RegisterSpec).map((f) => f.label);
}

/** Every header import accepts for each field key: its label, then its aliases. */
export function importHeaderNames(spec: Pick<RegisterSpec, 'fields'>): Record<string, string[]> {
  return Object.fromEntries(exportableFields(spec as RegisterSpec).map((f) => [f.key, [f.label, ...(f.aliases ?? [])]]));
}

/** `gudesk add/set` field names: the same Korean labels as the file headers (필드=값). */
export function cliFieldNames(spec: Pick<RegisterSpec, 'fields'>): string[] {
  return spec.fields.map((f) => f.label);
}

/** Korean label of a field or derived value for history and messages ('publishedOn' → '보도일자'). */
export function fieldLabel(def: Pick<RegisterDefinitionInput, 'fields'> & { derived?: RegisterDefinitionInput['derived'] }, key: string): string {
  return def.fields.find((f) => f.key === key)?.label ?? def.derived?.find((d) => d.key === key)?.label ?? key;
}
