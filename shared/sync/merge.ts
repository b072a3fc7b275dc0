/**
 * How one field of one record settles when two PCs changed it: last writer wins by HLC stamp, per
 * field, so two PCs editing different fields of one clipping both keep their edits. Long texts
 * (요약, 본문) edited on two PCs without either seeing the other are not silently overwritten: the
 * later text wins, the other is kept, and the record is flagged for a person to resolve.
 * A delete is the field `_deleted` set to true; an edit of any other field leaves it as it is, so a
 * stale edit never brings a deleted record back (undelete is an explicit `_deleted: false`).
 */

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

/** A record as one side holds it: values, each field's stamp, and for long texts the stamp each replaced. */
export interface RecordState {
  fields: Record<string, unknown>;
  hlcs: Record<string, string>;
  bases: Record<string, string | null>;
}

export interface IncomingChange {
  hlc: string;
  fields: Readonly<Record<string, unknown>>;
  bases?: Readonly<Record<string, string | null>> | undefined;
}

export interface KeptConflict {
  field: string;
  /** The text that lost, with the stamp of the change that wrote it. */
  loser: FieldState;
}

/**
 * Folds one change into a record, field by field. `isLongText` says which fields keep a losing
 * text (the server passes the register's long texts; a PC applying what the server already
 * settled passes none). Returns the new state (a copy), whether anything changed, and the
 * conflicts to flag. Fields starting with '_' (delete, conflict marks) are plain last-writer-wins.
 */
export function mergeChange(
  current: RecordState | undefined,
  change: IncomingChange,
  isLongText: (field: string) => boolean,
): { state: RecordState; changed: string[]; conflicts: KeptConflict[] } {
  const state: RecordState = current
    ? { fields: { ...current.fields }, hlcs: { ...current.hlcs }, bases: { ...current.bases } }
    : { fields: {}, hlcs: {}, bases: {} };
  const changed: string[] = [];
  const conflicts: KeptConflict[] = [];
  for (const [field, value] of Object.entries(change.fields)) {
    const local: FieldState | undefined = Object.hasOwn(state.hlcs, field)
      ? { value: state.fields[field], hlc: state.hlcs[field]!, base: state.bases[field] ?? null }
      : undefined;
    const incoming: FieldState = { value, hlc: change.hlc, base: change.bases?.[field] ?? null };
    const outcome = mergeField(local, incoming, !field.startsWith('_') && isLongText(field));
    const take = outcome.kind === 'apply' || (outcome.kind === 'conflict' && outcome.winner === 'incoming');
    if (take) {
      state.fields[field] = value;
      state.hlcs[field] = change.hlc;
      if (incoming.base !== null || Object.hasOwn(state.bases, field)) state.bases[field] = incoming.base;
      changed.push(field);
    }
    if (outcome.kind === 'conflict') conflicts.push({ field, loser: outcome.loser });
  }
  return { state, changed, conflicts };
}
