/**
 * Where a search matched, for the rows the grid shows: each searched field holding a term, with
 * a few words around the first one ('요약: …청년 일자리 홍보 행사를…'). The grid names it when the
 * field is hidden or shortened (요약 is shortened to a preview in grid rows).
 */
import type { MatchNote } from '../../shared/api/contract.ts';
import type { RegisterSpec } from '../../shared/domain/register.ts';
import { searchTerms } from '../db/search-terms.ts';

const BEFORE = 16;
const AFTER = 32;

/** Context around the first term found in `text`, or null when no term occurs in it. */
export function snippetAround(text: string, terms: readonly string[]): string | null {
  const lower = text.normalize('NFC').toLowerCase();
  let at = -1;
  for (const t of terms) {
    const i = lower.indexOf(t);
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  if (at < 0) return null;
  const flat = text.normalize('NFC').replace(/\s+/g, ' ');
  const start = Math.max(0, at - BEFORE);
  const end = Math.min(flat.length, at + AFTER);
  return `${start > 0 ? '…' : ''}${flat.slice(start, end).trim()}${end < flat.length ? '…' : ''}`;
}

export function matchNotes(
  spec: RegisterSpec,
  searched: readonly string[],
  load: (id: string) => Readonly<Record<string, unknown>> | undefined,
  query: string,
  ids: readonly string[],
): Record<string, MatchNote[]> {
  const terms = searchTerms(query);
  const fields = spec.fields.filter((f) => searched.includes(f.key));
  const out: Record<string, MatchNote[]> = {};
  if (terms.length === 0) return out;
  for (const id of new Set(ids)) {
    const rec = load(id);
    if (!rec) continue;
    const notes: MatchNote[] = [];
    for (const f of fields) {
      const value = rec[f.key];
      const snippet = typeof value === 'string' ? snippetAround(value, terms) : null;
      if (snippet) notes.push({ field: f.key, label: f.label, snippet });
    }
    out[id] = notes;
  }
  return out;
}
