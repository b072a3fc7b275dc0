/**
 * How many 확인할 항목 there are, for the status bar. Asked again whenever a register changes
 * (an edit here, or records received by sync), so a merge that made twins shows at once.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { api } from '../api/client.ts';
import { subscribeChanges } from '../app/dataBus.ts';

const REFRESH_EVERY_MS = 3_000;
let count = 0;
const listeners = new Set<() => void>();

export async function refreshReviewCount(): Promise<number> {
  try {
    const next = (await api.invoke('review.list', {})).length;
    if (next !== count) {
      count = next;
      for (const l of [...listeners]) l();
    }
  } catch {
    // Keeps the last count; the next change asks again.
  }
  return count;
}

function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

export function useReviewCount(): number {
  useEffect(() => {
    void refreshReviewCount();
    let pending: ReturnType<typeof setTimeout> | undefined;
    // Otherwise at most every few seconds: at 100,000 clippings the core takes ~0.2 s to work the list out,
    // and an import or a pulled page changes many records at once. A merge from the review view
    // itself refreshes at once (refreshReviewCount).
    const off = subscribeChanges((e) => {
      // Records received by sync are what make twins and broken links: asked at once.
      if (e.source === 'app') {
        void refreshReviewCount();
        return;
      }
      pending ??= setTimeout(() => {
        pending = undefined;
        void refreshReviewCount();
      }, REFRESH_EVERY_MS);
    });
    return () => {
      off();
      if (pending) clearTimeout(pending);
    };
  }, []);
  return useSyncExternalStore(subscribe, () => count);
}
