/**
 * The sync status every part of the UI shows (status bar, 설정, conflicts view), polled from the
 * core. Sync itself runs in the core's background timer; the UI only watches it, so a slow or
 * failing server never blocks the window. When the core has received records from the server,
 * the grids are told to reload.
 */
import { useSyncExternalStore } from 'react';
import type { SyncReport, SyncStatus } from '../../../shared/domain/sync.ts';
import { api } from '../api/client.ts';
import { notifyChanged } from '../app/dataBus.ts';

const POLL_MS = 5_000;

let current: SyncStatus | null = null;
let lastReceived: number | null = null;
let timer: ReturnType<typeof setInterval> | undefined;
const listeners = new Set<() => void>();

function publish(next: SyncStatus): void {
  if (lastReceived !== null && next.received > lastReceived) notifyChanged(['clippings', 'releases'], 'app');
  lastReceived = next.received;
  current = next;
  for (const l of [...listeners]) l();
}

/** Reads the status now (after a login, a sync, a resolve). Failures keep the last known status. */
export async function refreshSyncStatus(): Promise<SyncStatus | null> {
  try {
    publish(await api.invoke('sync.status', {}));
  } catch {
    // The status bar keeps what it showed; the next poll tries again.
  }
  return current;
}

/** Applies a status the caller already has (sync.login / sync.logout return one). */
export function setSyncStatus(s: SyncStatus): void {
  publish(s);
}

/** 지금 동기화: runs a sync now and returns its report; errors carry the server's Korean message. */
export async function syncNow(): Promise<SyncReport> {
  if (current) publish({ ...current, running: true });
  try {
    return await api.invoke('sync.now', { verify: false });
  } finally {
    await refreshSyncStatus();
  }
}

function subscribe(l: () => void): () => void {
  listeners.add(l);
  if (!timer) {
    void refreshSyncStatus();
    timer = setInterval(() => {
      if (typeof document === 'undefined' || document.visibilityState !== 'hidden') void refreshSyncStatus();
    }, POLL_MS);
  }
  return () => {
    listeners.delete(l);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

export function useSyncStatus(): SyncStatus | null {
  return useSyncExternalStore(subscribe, () => current);
}
