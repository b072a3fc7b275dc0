/**
 * What a register's cross-record rules said about a write ('정원이 차서 대기로 등록했습니다'), shown
 * after the save's own toast. One place, so every form, inline edit and child grid tells the
 * clerk the same way; a note stays longer than a plain confirmation because it changes what was
 * saved or asks the clerk to look at something.
 */
import type { ToastApi } from '../app/toast.tsx';

export const RULE_NOTE_DURATION = 10_000;

export function showRuleNotes(toast: Pick<ToastApi, 'show'>, notes: readonly string[] | undefined): void {
  for (const note of notes ?? []) toast.show({ kind: 'info', message: note, duration: RULE_NOTE_DURATION });
}
