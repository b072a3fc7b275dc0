/**
 * Whether the 언론보도 chart is folded away: part of the clerk's remembered layout (kept in the
 * core per person, so it survives browser mode's new port at every launch; never synced).
 */
import { useCallback } from 'react';
import { useRememberedLayout } from '../common/layout/useRememberedLayout.ts';

const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';

export function useChartFolded(): { folded: boolean; toggle: () => void } {
  // Saved at once: a fold is one deliberate click, and a reload right after must keep it.
  const [folded, setFolded] = useRememberedLayout<boolean>('chart:clippings', false, isBoolean, 0);
  const toggle = useCallback(() => setFolded(!folded), [folded, setFolded]);
  return { folded, toggle };
}
