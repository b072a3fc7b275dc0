/** Completing a typed value from a suggestion: the whole value, or the last of comma-separated tags. */

/** The text being completed: the whole value, or for tags the part after the last comma. */
export function completing(value: string, tags: boolean): string {
  return (tags ? value.slice(value.lastIndexOf(',') + 1) : value).trim();
}

/** The value with `pick` in place of the text being completed. */
export function withPick(value: string, pick: string, tags: boolean): string {
  if (!tags) return pick;
  const cut = value.lastIndexOf(',');
  return cut < 0 ? `${pick}, ` : `${value.slice(0, cut + 1).trimEnd()} ${pick}, `;
}
