/**
 * A register page's keyboard: the grid keeps its own navigation; the sheet keys (copy, paste,
 * fill, range) come first, Enter opens the row, Delete deletes with undo; Ctrl+F goes to the
 * search box and Ctrl+N starts a new record (only on the visible page, not under a dialog).
 */
import { useEffect, useMemo, useRef, type RefObject } from 'react';
import type { ColDef, SuppressKeyboardEventParams } from 'ag-grid-community';
import type { RecordMeta } from '../../../../shared/domain/register.ts';
import { defaultColDef } from './gridSetup.ts';
import { suggestListKeys } from './SuggestCellEditor.tsx';

export interface KeyActions<R> {
  openDetail: (record: R | undefined) => Promise<void> | void;
  deleteRows: () => Promise<void> | void;
  openNew: () => Promise<void> | void;
  sheetKey: (p: SuppressKeyboardEventParams<R>) => boolean;
}

export function useWorkspaceKeys<R extends RecordMeta>(
  actions: KeyActions<R>,
  cellClassRules: ColDef<R>['cellClassRules'],
  active: boolean,
  searchRef: RefObject<HTMLInputElement | null>,
): ColDef<R> {
  const keys = useRef(actions);
  keys.current = actions;
  const colDefDefaults = useMemo<ColDef<R>>(
    () => ({
      ...(defaultColDef as ColDef<R>),
      cellClassRules,
      suppressKeyboardEvent: (p: SuppressKeyboardEventParams<R>) => {
        if (keys.current.sheetKey(p)) return true;
        const e = p.event;
        if (p.editing) return suggestListKeys(p);
        if (e.type !== 'keydown' || e.ctrlKey || e.altKey || e.metaKey || e.isComposing) return false;
        if (e.key === 'Enter' && !e.shiftKey) {
          void keys.current.openDetail(p.node.data);
          return true;
        }
        if (e.key === 'Delete') {
          void keys.current.deleteRows();
          return true;
        }
        return false;
      },
    }),
    [cellClassRules],
  );

  useEffect(() => {
    if (!active) return;
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || document.querySelector('dialog[open]')) return;
      const k = e.key.toLowerCase();
      if (k === 'f') {
        e.preventDefault();
        searchRef.current?.focus();
        searchRef.current?.select();
      } else if (k === 'n') {
        e.preventDefault();
        void keys.current.openNew();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active, searchRef]);

  return colDefDefaults;
}
