/**
 * The form hook's part of the discard guard (formGuard.ts): tells the panel's guard whether the
 * form differs from what was last loaded or saved, and warns before the browser-mode tab is
 * closed or reloaded while it does. (In the Electron window a beforeunload handler would block
 * the close without a word, so it is left out there.)
 */
import { useContext, useEffect, useRef } from 'react';
import { isElectron } from '../api/client.ts';
import { DetailGuardContext } from './formGuard.ts';

export function useFormGuard(dirty: boolean): { settle: (saved: boolean) => void } {
  const guard = useContext(DetailGuardContext);
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;

  useEffect(() => {
    if (!guard) return;
    const isDirty = () => dirtyRef.current;
    guard.isDirty = isDirty;
    return () => {
      if (guard.isDirty === isDirty) guard.isDirty = undefined;
    };
  }, [guard]);

  useEffect(() => {
    if (!dirty || isElectron()) return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = ''; // older Chromium shows its "leave site?" question only with this set
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  return {
    settle(saved) {
      const settle = guard?.settle;
      if (guard) guard.settle = undefined;
      settle?.(saved);
    },
  };
}
