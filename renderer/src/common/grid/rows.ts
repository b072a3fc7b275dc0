/** Immutable helpers for the row caches kept beside the grid (full list and search result). */

export function replaceRows<R extends { id: string }>(rows: readonly R[], changed: readonly R[]): R[] {
  if (changed.length === 0) return rows.slice();
  const byId = new Map(changed.map((r) => [r.id, r]));
  return rows.map((r) => byId.get(r.id) ?? r);
}

export function removeRows<R extends { id: string }>(rows: readonly R[], ids: readonly string[]): R[] {
  const gone = new Set(ids);
  return rows.filter((r) => !gone.has(r.id));
}

export function addRows<R extends { id: string }>(rows: readonly R[], added: readonly R[]): R[] {
  return [...added, ...rows];
}
