/**
 * The session's undo stack: every undoable action of this window (create, save, inline edit,
 * delete, bulk edit, import, paste, restore, merge …), across registers, newest last. Each entry
 * is one history batch of the core; Ctrl+Z (app/useUndoShortcut.ts) undoes the newest through
 * `history.undo`. Code that performs an undoable action calls `pushUndo` with the batch id the
 * core returned and a label that names the action for the toast ('언론보도 3건 삭제').
 */
import type { RegisterName } from '../../../shared/domain/register.ts';

export interface UndoEntry {
  batchId: string;
  /** What was done, as the toast names it after '실행 취소: '. */
  label: string;
  /** Registers whose shown data the undo changes (reloaded afterwards); all when left out. */
  registers?: RegisterName[];
}

/** Enough for a morning's slips; older actions stay undoable from the 변경 이력 of a record. */
const MAX_ENTRIES = 100;
const entries: UndoEntry[] = [];
const listeners = new Set<() => void>();
const changed = () => listeners.forEach((l) => l());

export function pushUndo(entry: UndoEntry): void {
  const at = entries.findIndex((e) => e.batchId === entry.batchId);
  if (at >= 0) entries.splice(at, 1);
  entries.push(entry);
  if (entries.length > MAX_ENTRIES) entries.splice(0, entries.length - MAX_ENTRIES);
  changed();
}

/** The batch was undone another way (a toast's 실행 취소): it must not be undone twice. */
export function forgetUndo(batchId: string): void {
  const at = entries.findIndex((e) => e.batchId === batchId);
  if (at < 0) return;
  entries.splice(at, 1);
  changed();
}

/** Takes the newest entry off the stack (undefined when there is nothing to undo). */
export function popUndo(): UndoEntry | undefined {
  const e = entries.pop();
  if (e) changed();
  return e;
}

export function undoDepth(): number {
  return entries.length;
}

export function subscribeUndo(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

/** Told after an entry was undone (pages close a detail form that now shows stale values). */
const undoneListeners = new Set<(e: UndoEntry) => void>();
export function notifyUndone(entry: UndoEntry): void {
  for (const l of [...undoneListeners]) l(entry);
}
export function subscribeUndone(l: (e: UndoEntry) => void): () => void {
  undoneListeners.add(l);
  return () => undoneListeners.delete(l);
}
