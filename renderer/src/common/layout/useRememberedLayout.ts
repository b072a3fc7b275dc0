/**
 * A piece of a clerk's screen layout remembered in the core (layout.get / layout.save), per
 * person and never synced. Not localStorage: browser mode gets a new origin (port) at every
 * launch, and a layout must follow the clerk, not the address.
 *
 *   const [folded, setFolded] = useRememberedLayout('chart:clippings', false);
 */
import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api/client.ts';

const SAVE_DELAY_MS = 400;
/** One read per key per app start; later hooks of the same key share it. */
const loaded = new Map<string, Promise<unknown>>();
const latest = new Map<string, unknown>();
const timers = new Map<string, number>();

/** The stored value of `key` (null when none), read from the core once. */
export function loadLayout(key: string): Promise<unknown> {
  let p = loaded.get(key);
  if (!p) {
    p = api.invoke('layout.get', { key }).then(
      (r) => (latest.has(key) ? latest.get(key) : r.state),
      () => null, // a layout that cannot be read is the default layout, never an error for the clerk
    );
    loaded.set(key, p);
  }
  return p;
}

function flush(key: string): void {
  window.clearTimeout(timers.get(key));
  timers.delete(key);
  void api.invoke('layout.save', { key, state: latest.get(key) ?? null }).catch(() => {});
}

/** Stores `state` for `key` after a short pause (a column drag fires many events); 0: at once. */
export function saveLayout(key: string, state: unknown, delayMs = SAVE_DELAY_MS): void {
  latest.set(key, state);
  loaded.set(key, Promise.resolve(state));
  window.clearTimeout(timers.get(key));
  if (delayMs <= 0) flush(key);
  else timers.set(key, window.setTimeout(() => flush(key), delayMs));
}

// Closing the window or reloading must not lose the last change still waiting.
if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', () => [...timers.keys()].forEach(flush));
}

/** `delayMs`: 0 for a single deliberate choice (a view picked), saved before a quick reload. */
export function useRememberedLayout<T>(
  key: string,
  fallback: T,
  accept: (v: unknown) => v is T = (v): v is T => v !== null && v !== undefined,
  delayMs = SAVE_DELAY_MS,
): [T, (value: T) => void, boolean] {
  const [value, setValue] = useState<T>(fallback);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let live = true;
    void loadLayout(key).then((v) => {
      if (!live) return;
      if (accept(v)) setValue(v);
      setReady(true);
    });
    return () => {
      live = false;
    };
    // `accept` is a type guard chosen once by the caller: not a reason to read again.
  }, [key]);
  const set = useCallback(
    (v: T) => {
      setValue(v);
      saveLayout(key, v, delayMs);
    },
    [key, delayMs],
  );
  return [value, set, ready];
}
