/**
 * The grid's inline editor for fields the register definition flags `suggest` (기자, 관련부서,
 * 매체명 …): the same suggestions as the form, in a list over the grid. Arrow keys move in the
 * list and Enter picks while it is open; otherwise the keys do what the grid does (Enter saves).
 */
import { useEffect, useState } from 'react';
import type { ColDef, SuppressKeyboardEventParams } from 'ag-grid-community';
import type { CustomCellEditorProps } from 'ag-grid-react';
import type { RecordMeta, RegisterSpec } from '../../../../shared/domain/register.ts';
import type { RegisterOps } from '../registerOps.ts';
import { SuggestInput, type Suggest } from '../SuggestInput.tsx';
import { suggestFor } from '../suggestions.ts';

interface Params {
  suggest: Suggest;
  field: string;
}

export function SuggestCellEditor(p: CustomCellEditorProps & Params) {
  // A printable key that started the edit replaces the value, as in the grid's own text editor.
  const [typed] = useState(() => (p.eventKey && p.eventKey.length === 1 ? p.eventKey : null));
  useEffect(() => {
    if (typed !== null) p.onValueChange(typed);
    // Once, when editing starts.
  }, [typed]);
  const text = typed !== null && p.value === p.initialValue ? typed : p.value == null ? '' : String(p.value);
  return (
    <SuggestInput
      className="ag-input-field-input ag-text-field-input"
      autoFocus
      portal
      listTestId={`suggest-grid-${p.field}`}
      suggest={p.suggest}
      value={text}
      onChange={(v) => p.onValueChange(v)}
      onPicked={() => window.setTimeout(() => p.stopEditing(), 0)}
      style={{ width: '100%', height: '100%' }}
    />
  );
}

/** While an editor's list is open, its keys are the list's, not the grid's (for suppressKeyboardEvent). */
export function suggestListKeys(e: SuppressKeyboardEventParams): boolean {
  if (!e.editing || e.event.type !== 'keydown') return false;
  const list = document.querySelector('.suggest-list[data-testid^="suggest-grid-"]');
  if (!list) return false;
  if (e.event.key === 'ArrowDown' || e.event.key === 'ArrowUp') return true;
  return e.event.key === 'Enter' && list.querySelector('[aria-selected="true"]') !== null;
}

/** Text columns of suggested fields get the suggesting editor; the rest stay as they are. */
export function withSuggestEditors<R extends RecordMeta>(columns: ColDef<R>[], spec: RegisterSpec, ops: RegisterOps<R>): ColDef<R>[] {
  return columns.map((c) => {
    const field = c.colId ?? (typeof c.field === 'string' ? c.field : undefined);
    const f = field ? spec.fields.find((x) => x.key === field) : undefined;
    const suggest = field && f?.kind === 'text' ? suggestFor(ops, spec, field) : undefined;
    if (!field || !suggest || !c.editable || c.cellEditor) return c;
    return { ...c, cellEditor: SuggestCellEditor, cellEditorParams: { suggest, field } satisfies Params };
  });
}
