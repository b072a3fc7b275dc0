/**
 * Opens the record another screen asked for (app/navigation.ts): once the grid holds it, the row
 * is selected, scrolled to the middle and its form opened. A search or filter hiding it is
 * cleared first, so the clerk sees the row they clicked.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { GridApi } from 'ag-grid-community';
import type { RecordMeta, RegisterName } from '../../../../shared/domain/register.ts';
import { takeOpenRequest, useOpenRecordRequests } from '../../app/navigation.ts';

interface Args<R> {
  register: RegisterName;
  active: boolean;
  api: GridApi<R> | null;
  /** The grid's rows are here and none are still arriving. */
  settled: boolean;
  /** A search or a filter narrows the list now. */
  narrowed: boolean;
  clearNarrowing: () => void;
  open: (record: R) => void;
}

export function useOpenRequest<R extends RecordMeta>({ register, active, api, settled, narrowed, clearNarrowing, open }: Args<R>): void {
  const wanted = useRef<string | null>(null);
  const [tick, setTick] = useState(0);
  const onRequest = useCallback(() => {
    const id = takeOpenRequest(register);
    if (id) {
      wanted.current = id;
      setTick((n) => n + 1);
    }
  }, [register]);
  useOpenRecordRequests(register, onRequest);

  const latest = useRef({ clearNarrowing, open });
  latest.current = { clearNarrowing, open };
  useEffect(() => {
    const id = wanted.current;
    if (!id || !active || !api || api.isDestroyed() || !settled) return;
    const node = api.getRowNode(id);
    if ((!node || !node.displayed) && narrowed) return latest.current.clearNarrowing(); // runs again with the full list
    wanted.current = null;
    if (node?.displayed) {
      api.deselectAll();
      node.setSelected(true);
      api.ensureNodeVisible(node, 'middle');
      const first = api.getAllDisplayedColumns().find((c) => c.getColDef().field);
      if (first && node.rowIndex !== null) api.setFocusedCell(node.rowIndex, first);
    }
    // Also a record the list does not hold (deleted meanwhile): the form says so.
    latest.current.open((node?.data ?? { id }) as R);
  }, [tick, active, api, settled, narrowed]);
}
