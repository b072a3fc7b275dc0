/**
 * One place where a register page reports an undoable action: the toast that says it happened
 * (with 실행 취소) and the session's undo stack for Ctrl+Z, both for the same history batch.
 */
import { useCallback } from 'react';
import type { RegisterName } from '../../../../shared/domain/register.ts';
import type { ToastInput } from '../../app/toast.tsx';
import { pushUndo } from '../undoStack.ts';

export interface Done {
  batchId: string;
  /** Shown in the toast ('3건을 삭제했습니다.'). */
  message: string;
  /** Names the action after '실행 취소: ' ('언론보도 3건 삭제'). */
  label: string;
  kind?: ToastInput['kind'];
}

export function useUndoable(registers: RegisterName[], show: (t: ToastInput) => void, undo: (batchId: string) => Promise<void>) {
  const key = registers.join(',');
  return useCallback(
    (d: Done) => {
      pushUndo({ batchId: d.batchId, label: d.label, registers: key.split(',') as RegisterName[] });
      show({ kind: d.kind ?? 'success', message: d.message, action: { label: '실행 취소', run: () => undo(d.batchId) } });
    },
    [key, show, undo],
  );
}
