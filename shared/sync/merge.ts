/**
 * How one field of one record settles when two PCs changed it: last writer wins by HLC stamp, per
 * field, so two PCs editing different fields of one clipping both keep their edits. Long texts
 * (요약, 본문) edited on two PCs without either seeing the other are not silently overwritten: the
 * later text wins, the other is kept, and the record is flagged for a person to resolve.
 * A delete is the field `_deleted` set to true; an edit of any other field leaves it as it is, so a
 * stale edit never brings a deleted record back (undelete is an explicit `_deleted: false`).
 */

export const DELETED_FIELD = '_deleted';

export interface FieldState {
  value: unknown;
  /** Stamp of the change that wrote `value`. */
  hlc: string;
  /** Stamp of the value that change replaced on its PC (null for a first value). */
  base: string | null;
}

export type MergeOutcome =
  | { kind: 'apply' }
  | { kind: 'ignore' }
  /** Concurrent long-text edits: `winner` is applied (or kept), `loser` is the text kept aside. */
  | { kind: 'conflict'; winner: 'incoming' | 'local'; loser: FieldState };

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function mergeField(local: FieldState | undefined, incoming: FieldState, longText: boolean): MergeOutcome {
  if (!local) return { kind: 'apply' };
  if (incoming.hlc === local.hlc) return { kind: 'ignore' };
  const incomingIsNewer = incoming.hlc > local.hlc;
  // Neither change was made on top of the other: each PC edited without seeing the other's text.
  const concurrent = incoming.base !== local.hlc && local.base !== incoming.hlc;
  if (longText && concurrent && !sameValue(incoming.value, local.value)) {
    return incomingIsNewer ? { kind: 'conflict', winner: 'incoming', loser: local } : { kind: 'conflict', winner: 'local', loser: incoming };
  }
  return incomingIsNewer ? { kind: 'apply' } : { kind: 'ignore' };
}
