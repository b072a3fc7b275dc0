/**
 * Ctrl+Z anywhere in the window undoes the newest action of the session's undo stack
 * (common/undoStack.ts), several steps back one press at a time. Inside a text field, a text
 * area or a grid cell being edited it stays the browser's own text undo. A refused undo (a later
 * edit on another PC, a record entered again meanwhile) shows the core's Korean reason; the
 * entry is dropped, since pressing again would only be refused again, and the next Ctrl+Z goes on
 * to the action before it.
 */
import { useEffect } from 'react';
import { REGISTER_NAMES } from '../../../shared/domain/registers.ts';
import { api } from '../api/client.ts';
import { notifyUndone, popUndo } from '../common/undoStack.ts';
import { notifyChanged } from './dataBus.ts';
import { useToast } from './toast.tsx';

function typingTarget(el: EventTarget | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  if (el.isContentEditable || el.closest('.ag-cell-inline-editing, .ag-popup-editor')) return true;
  if (el instanceof HTMLTextAreaElement) return true;
  if (!(el instanceof HTMLInputElement)) return false;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'range', 'color'].includes(el.type);
}

export function useUndoShortcut(): void {
  const toast = useToast();
  useEffect(() => {
    let busy = false;
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey || e.key.toLowerCase() !== 'z' || e.isComposing) return;
      if (typingTarget(e.target) || document.querySelector('dialog[open]')) return;
      e.preventDefault();
      if (busy) return; // one undo at a time: the next press waits for the grid to show this one
      const entry = popUndo();
      if (!entry) return toast.show({ message: '실행 취소할 작업이 없습니다.' });
      busy = true;
      api.invoke('history.undo', { batchId: entry.batchId }).then(
        (res) => {
          notifyChanged(entry.registers ?? [...REGISTER_NAMES], 'app');
          notifyUndone(entry);
          // 0: what the action changed was deleted or changed back meanwhile; say so rather than pretend.
          toast.show(res.count > 0 ? { kind: 'success', message: `실행 취소: ${entry.label}` } : { message: `실행 취소: ${entry.label} (그사이 바뀌어 되돌릴 것이 없었습니다)` });
        },
        (err: unknown) => toast.error(err),
      ).finally(() => {
        busy = false;
      });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [toast]);
}
