/**
 * The grid's '마스킹 해제…' (right-click on a masked personal cell): asks the reason in the reveal
 * dialog, then shows the real value in that cell until the grid's rows are loaded again. Only the
 * grid's own row gets the value, not the page's row cache, so any reload puts the mask back.
 */
import type { GridApi } from 'ag-grid-community';
import type { RecordMeta, RegisterSpec } from '../../../shared/domain/register.ts';
import { holdsPersonalData } from '../../../shared/personal/personal-record.ts';
import type { MenuItem } from '../common/grid/GridContextMenu.tsx';
import { useReveal } from './RevealDialog.tsx';
import { revealableField, revealPerson } from './reveal.ts';

export function useGridReveal<R extends RecordMeta>(spec: RegisterSpec, api: GridApi<R> | null) {
  const reveal = useReveal();
  const personal = holdsPersonalData(spec);

  /** The menu item for the focused cell, or none when it holds nothing masked. */
  const menuItems = (): MenuItem[] => {
    if (!personal || !api) return [];
    const at = api.getFocusedCell();
    const row = at ? api.getDisplayedRowAtIndex(at.rowIndex)?.data : undefined;
    const field = revealableField(spec, at?.column.getColId(), row as Record<string, unknown> | undefined);
    if (!row || !field) return [];
    return [
      {
        id: 'reveal',
        label: `마스킹 해제… (${field.label})`,
        run: () =>
          void reveal.ask({ spec, id: row.id, field, person: revealPerson(spec, row as Record<string, unknown>) }).then((res) => {
            if (res) api.applyTransaction({ update: [{ ...row, [field.key]: res.value }] });
          }),
      },
    ];
  };
  return { menuItems, dialog: reveal.dialog };
}
