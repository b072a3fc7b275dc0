/**
 * Discard guard: the detail side panel asks before a form with unsaved changes is thrown away
 * (Esc, 닫기, another row, 새 기록). The register workspace provides one `DetailGuard` around the
 * panel; the shared form hook (useRecordForm) says whether the form is dirty and reports how a
 * save ended, and the shared form shell (RecordFormShell) lends its save action. So every
 * register form built on those two is guarded without code of its own.
 */
import { createContext, useCallback, useRef } from 'react';
import { ask } from './ask.tsx';

export interface DetailGuard {
  /** Set by the form hook while a form is mounted. */
  isDirty?: () => boolean;
  /** Set by the form shell: runs the form's own save (validation, messages, cursor). */
  save?: () => void;
  /** Waiting for the save the guard started; the hook calls it with whether it succeeded. */
  settle?: ((saved: boolean) => void) | undefined;
}

export const DetailGuardContext = createContext<DetailGuard | null>(null);

type Answer = 'save' | 'discard' | 'keep';

/** Asks 저장 / 저장하지 않고 닫기 / 계속 편집; true when the form may go. */
export async function mayLeave(guard: DetailGuard): Promise<boolean> {
  if (!guard.isDirty?.()) return true;
  const answer = await ask<Answer>({
    title: '저장하지 않은 내용',
    message: '입력한 내용을 아직 저장하지 않았습니다.\n저장하지 않고 닫으면 입력한 내용이 사라집니다.',
    testId: 'discard-dialog',
    choices: [
      { value: 'discard', label: '저장하지 않고 닫기', kind: 'danger' },
      { value: 'keep', label: '계속 편집' },
      ...(guard.save ? [{ value: 'save' as const, label: '저장', kind: 'primary' as const }] : []),
    ],
    cancelValue: 'keep',
    defaultValue: guard.save ? 'save' : 'keep',
  });
  if (answer === 'discard') return true;
  if (answer === 'keep' || !guard.save) return false;
  const save = guard.save;
  // A failed save leaves the form open with its messages: the clerk fixes it and saves again.
  return new Promise<boolean>((resolve) => {
    guard.settle = resolve;
    save();
  });
}

/** The workspace's side: one guard object for its panel, and a check before the panel changes. */
export function useDetailGuard() {
  const guard = useRef<DetailGuard>({}).current;
  const confirmLeave = useCallback(() => mayLeave(guard), [guard]);
  const isDirty = useCallback(() => guard.isDirty?.() ?? false, [guard]);
  return { guard, confirmLeave, isDirty };
}
