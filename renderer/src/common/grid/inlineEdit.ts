/**
 * Turning a grid cell edit into an API patch. ag-grid reports the raw new value (null when the
 * cell was cleared); our fields use '' for "empty" and arrays for tags.
 */
export type EditParsers = Record<string, (value: unknown) => unknown>;

export function editPatch(field: string, newValue: unknown, parsers: EditParsers = {}): Record<string, unknown> {
  const parse = parsers[field];
  const value = parse ? parse(newValue) : newValue === null || newValue === undefined ? '' : typeof newValue === 'string' ? newValue.trim() : newValue;
  return { [field]: value };
}

/** True when the edit changes nothing (then no API call and no history entry). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}
