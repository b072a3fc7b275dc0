/**
 * Field-level Korean messages for the detail forms, from the client-side zod check (instant)
 * and from the server's error details (which may name fields by key or by Korean label).
 */
import type { RegisterSpec } from '../../../shared/domain/register.ts';

export type FieldErrors = Record<string, string>;

interface IssueLike {
  path: ReadonlyArray<PropertyKey>;
  message: string;
}

/** First message per top-level field; issues without a path go under ''. */
export function issuesToFieldErrors(issues: readonly IssueLike[]): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of issues) {
    const key = issue.path.length > 0 ? String(issue.path[0]) : '';
    if (!(key in out)) out[key] = issue.message;
  }
  return out;
}

/** Server details keyed by field key, Korean label or alias → keyed by field key. */
export function detailsToFieldErrors(spec: RegisterSpec, details: Record<string, string> | undefined): FieldErrors {
  const out: FieldErrors = {};
  if (!details) return out;
  for (const [k, message] of Object.entries(details)) {
    const bare = k.replace(/\s+/g, '');
    const field = spec.fields.find(
      (f) => f.key === k || f.label.replace(/\s+/g, '') === bare || (f.aliases ?? []).some((a) => a.replace(/\s+/g, '') === bare),
    );
    const key = field ? field.key : '';
    if (!(key in out)) out[key] = field ? message : `${k}: ${message}`;
  }
  return out;
}

/** The fields whose value differs from the original (arrays compared by content). */
export function changedFields<T extends Record<string, unknown>>(original: T, next: T): Partial<T> {
  const patch: Partial<T> = {};
  for (const key of Object.keys(next) as Array<keyof T>) {
    const a = original[key];
    const b = next[key];
    const same = Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((x, i) => x === b[i]) : a === b;
    if (!same) patch[key] = b;
  }
  return patch;
}

/** '홍보, 축제 ,,구정' → ['홍보', '축제', '구정'] (duplicates dropped, order kept). */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  for (const part of text.split(/[,，、;]/)) {
    const t = part.trim();
    if (t !== '') seen.add(t);
  }
  return [...seen];
}
