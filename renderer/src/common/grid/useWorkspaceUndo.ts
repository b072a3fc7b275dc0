/**
 * Undo on a register page: the 실행 취소 of a toast and the session's Ctrl+Z both undo a history
 * batch here; the open form closes after an undo unless it holds unsaved typing.
 */
import { useCallback, useEffect, type Dispatch, type SetStateAction } from 'react';
import type { RecordMeta, RegisterName } from '../../../../shared/domain/register.ts';
import { api } from '../../api/client.ts';
import { notifyChanged } from '../../app/dataBus.ts';
import type { ToastApi } from '../../app/toast.tsx';
import { forgetUndo, subscribeUndone } from '../undoStack.ts';
import { num, type Detail } from './registerPageConfig.ts';
import { useUndoable } from './useUndoable.ts';

export interface UndoOptions<R> {
  register: RegisterName;
  affects: RegisterName[];
  toast: ToastApi;
  reload: () => Promise<void>;
  isDirty: () => boolean;
  setDetail: Dispatch<SetStateAction<Detail<R>>>;
}

export function useWorkspaceUndo<R extends RecordMeta>({ register, affects, toast, reload, isDirty, setDetail }: UndoOptions<R>) {
  const undo = useCallback(
    async (batchId: string) => {
      try {
        const res = await api.invoke('history.undo', { batchId });
        forgetUndo(batchId);
        if (!isDirty()) setDetail(null);
        await reload();
        notifyChanged([register, ...affects], 'app');
        toast.show({ kind: 'success', message: `실행 취소했습니다 (${num(res.count)}건).` });
      } catch (e) {
        toast.error(e);
      }
    },
    [reload, register, affects, toast],
  );
  const done = useUndoable([register, ...affects], toast.show, undo);
  // After Ctrl+Z the open form may show what was undone: close it unless it holds unsaved typing.
  useEffect(() => subscribeUndone(() => (isDirty() ? undefined : setDetail(null))), [isDirty]);
  return done;
}
