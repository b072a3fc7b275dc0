/**
 * Links between screens: "open this record" from anywhere (a release's 기사화 list opens the
 * clipping). App switches to the register's page; that page's workspace selects the row, scrolls
 * to it and opens its form. A request waits until the page is there: a page is mounted only on
 * its first visit, after the request was made.
 */
import { useEffect } from 'react';
import type { RegisterName } from '../../../shared/domain/register.ts';

type Listener = (register: RegisterName) => void;
const pending = new Map<RegisterName, string>();
const pageListeners = new Set<Listener>();
const recordListeners = new Set<Listener>();

export function openRecord(register: RegisterName, id: string): void {
  pending.set(register, id);
  for (const l of [...pageListeners]) l(register);
  for (const l of [...recordListeners]) l(register);
}

/** The id waiting to be opened in `register`, handed out once. */
export function takeOpenRequest(register: RegisterName): string | undefined {
  const id = pending.get(register);
  pending.delete(register);
  return id;
}

/** App: switch to the page of the register a record is opened in. */
export function useOpenRecordPage(go: (register: RegisterName) => void): void {
  useEffect(() => {
    pageListeners.add(go);
    return () => void pageListeners.delete(go);
  }, [go]);
}

/** A register page: told when a record of its register waits to be opened (also at mount). */
export function useOpenRecordRequests(register: RegisterName, onRequest: () => void): void {
  useEffect(() => {
    const l: Listener = (r) => r === register && onRequest();
    recordListeners.add(l);
    if (pending.has(register)) onRequest();
    return () => void recordListeners.delete(l);
  }, [register, onRequest]);
}
