/** Loads a parent's children for a ChildGrid, again whenever `reloadKey` changes (after an add or delete). */
import { useEffect, useState } from 'react';
import { errorMessage } from '../../api/client.ts';

export function useChildRows<R>(load: () => Promise<R[]>, deps: readonly unknown[]): { rows: R[] | null; error: string } {
  const [rows, setRows] = useState<R[] | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    let live = true;
    load().then(
      (r) => live && setRows(r),
      (e) => live && setError(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, deps);
  return { rows, error };
}
