/**
 * The detail side panel's state: which record is open, and the discard guard asked before it
 * changes (another row, 새 기록, 닫기). Closing gives the grid back its focused cell.
 */
import { useState } from 'react';
import type { GridApi } from 'ag-grid-community';
import type { RecordMeta } from '../../../../shared/domain/register.ts';
import type { RegisterOps } from '../registerOps.ts';
import { useDetailGuard } from '../formGuard.ts';
import type { Detail } from './registerPageConfig.ts';

export function useWorkspaceDetail<R extends RecordMeta>(ops: RegisterOps<R>, gridApi: GridApi<R> | null, onError: (e: unknown) => void) {
  const [detail, setDetail] = useState<Detail<R>>(null);
  const detailGuard = useDetailGuard();

  // Grid rows are compact (요약 shortened, no creation stamp): the form edits the whole record.
  const openDetail = async (record: R | undefined) => {
    if (!record) return;
    if (!(detail?.mode === 'edit' && detail.record.id === record.id) && !(await detailGuard.confirmLeave())) return;
    ops.get(record.id).then(
      (full) => setDetail({ mode: 'edit', record: full }),
      (e: unknown) => onError(e),
    );
  };
  // A half-filled new record stays as it is (Ctrl+N again does not wipe it).
  const openNew = async () => {
    if (detail?.mode === 'new' || (await detailGuard.confirmLeave())) setDetail({ mode: 'new' });
  };
  const closeDetail = async () => {
    if (!(await detailGuard.confirmLeave())) return;
    const focused = gridApi?.getFocusedCell();
    setDetail(null);
    if (gridApi && focused) window.setTimeout(() => gridApi.setFocusedCell(focused.rowIndex, focused.column), 0);
  };

  return { detail, setDetail, detailGuard, openDetail, openNew, closeDetail };
}
