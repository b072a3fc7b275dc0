/** Client version checks: `X.Y.Z` compared numerically; a pre-release suffix is ignored. */

function parts(version: string): number[] | undefined {
  const m = /^v?(\d+)\.(\d+)\.(\d+)/.exec(version.trim());
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
}

export function isValidVersion(version: string): boolean {
  return parts(version) !== undefined;
}

/** True when `version` is older than `minimum` (an unreadable version counts as older). */
export function isOlderThan(version: string, minimum: string): boolean {
  const a = parts(version);
  const b = parts(minimum);
  if (!b) return false;
  if (!a) return true;
  for (let i = 0; i < 3; i++) if (a[i]! !== b[i]!) return a[i]! < b[i]!;
  return false;
}
