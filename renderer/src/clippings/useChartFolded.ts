/**
 * Whether the 언론보도 chart is folded away. Kept in localStorage for now; the per-user layout
 * store (another change) will take this over — only this file needs to change then.
 */
import { useCallback, useState } from 'react';

const OPEN_KEY = 'gudesk.clippings.statsOpen';

export function useChartFolded(): { folded: boolean; toggle: () => void } {
  const [folded, setFolded] = useState(() => localStorage.getItem(OPEN_KEY) === '0');
  const toggle = useCallback(() => {
    setFolded((f) => {
      localStorage.setItem(OPEN_KEY, f ? '1' : '0');
      return !f;
    });
  }, []);
  return { folded, toggle };
}
