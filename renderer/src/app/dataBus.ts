/**
 * Which registers changed, and who changed them. A page that edits its own grid updates it in
 * place; other pages only learn that their data is stale and reload when the clerk opens them.
 * (A deleted 보도자료 changes clippings' 보도자료 titles; a new clipping changes 기사화 건수.)
 */
import { useEffect, useState } from 'react';
import type { RegisterName } from '../../../shared/domain/register.ts';

export type ChangeSource = RegisterName | 'app' | 'settings';
export interface ChangeEvent {
  registers: RegisterName[];
  source: ChangeSource;
}
type Listener = (e: ChangeEvent) => void;

const listeners = new Set<Listener>();

export function notifyChanged(registers: RegisterName[], source: ChangeSource): void {
  const e = { registers, source };
  for (const l of [...listeners]) l(e);
}

export function subscribeChanges(l: Listener): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

/** A counter that increases whenever one of `registers` changes (from any source). */
export function useChangeCounter(registers: RegisterName[]): number {
  const [n, setN] = useState(0);
  const key = registers.join(',');
  useEffect(() => subscribeChanges((e) => (e.registers.some((r) => key.split(',').includes(r)) ? setN((x) => x + 1) : undefined)), [key]);
  return n;
}
