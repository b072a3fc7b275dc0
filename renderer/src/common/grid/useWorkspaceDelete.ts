/**
 * Delete on a register page: the selected rows, or the focused row when none is ticked; more than
 * one asks first (confirmDelete), and the deletion is one undoable action.
 */
import type { Dispatch, SetStateAction } from 'react';
import type { GridApi } from 'ag-grid-community';
import type { RecordMeta, RegisterSpec } from '../../../../shared/domain/register.ts';
import type { ToastApi } from '../../app/toast.tsx';
import type { RegisterOps } from '../registerOps.ts';
import { confirmDelete } from './confirmDelete.ts';
import { num, type Detail } from './registerPageConfig.ts';
import type { Done } from './useUndoable.ts';

export interface DeleteOptions<R extends RecordMeta> {
  gridApi: GridApi<R> | null;
  ops: RegisterOps<R>;
  spec: RegisterSpec;
  toast: ToastApi;
  detail: Detail<R>;
  setDetail: Dispatch<SetStateAction<Detail<R>>>;
  removeLocal: (ids: string[]) => void;
  changed: () => void;
  done: (d: Done) => void;
}

export function selectedIds<R extends RecordMeta>(gridApi: GridApi<R> | null): string[] {
  if (!gridApi) return [];
  const ids = gridApi.getSelectedRows().map((r) => r.id);
  if (ids.length > 0) return ids;
  const focused = gridApi.getFocusedCell();
  const node = focused ? gridApi.getDisplayedRowAtIndex(focused.rowIndex) : undefined;
  return node?.data ? [node.data.id] : [];
}

export function useWorkspaceDelete<R extends RecordMeta>(o: DeleteOptions<R>) {
  const { gridApi, ops, spec, toast, detail, setDetail } = o;
  return async () => {
    const ids = selectedIds(gridApi);
    if (ids.length === 0) return toast.show({ message: '삭제할 행을 선택하세요.' });
    if (!(await confirmDelete(ids.length, spec.label))) return;
    try {
      const res = await ops.delete(ids);
      gridApi?.applyTransaction({ remove: ids.map((id) => ({ id }) as R) });
      o.removeLocal(ids);
      if (detail?.mode === 'edit' && ids.includes(detail.record.id)) setDetail(null);
      o.changed();
      o.done({ kind: 'info', batchId: res.batchId, message: `${num(res.count)}건을 삭제했습니다.`, label: `${spec.label} ${num(res.count)}건 삭제` });
    } catch (e) {
      toast.error(e);
    }
  };
}
