/**
 * Asking the clerk from anywhere (a grid handler, a settings card) without wiring a dialog into
 * each component: `ask()` mounts a ChoiceDialog in a root of its own and resolves with the answer.
 * Questions asked while one is open wait their turn, so two never stack up.
 */
import { createRoot } from 'react-dom/client';
import { ChoiceDialog, type ChoiceDialogProps } from './ChoiceDialog.tsx';

export type Question<T extends string> = Omit<ChoiceDialogProps<T>, 'onAnswer'>;

let queue: Promise<unknown> = Promise.resolve();

export function ask<T extends string>(q: Question<T>): Promise<T> {
  const next = queue.then(
    () =>
      new Promise<T>((resolve) => {
        const host = document.createElement('div');
        document.body.appendChild(host);
        const root = createRoot(host);
        let answered = false;
        const answer = (value: T) => {
          if (answered) return;
          answered = true;
          root.unmount();
          host.remove();
          resolve(value);
        };
        // Opened after the event that asked (an Esc, a click) is over, so that event cannot close it.
        window.setTimeout(() => root.render(<ChoiceDialog<T> {...q} onAnswer={answer} />), 0);
      }),
  );
  queue = next.catch(() => undefined);
  return next;
}

/** A yes/no question: true only when the clerk pressed `confirmLabel`; the focus starts on 취소 for a danger. */
export async function askConfirm(o: { title: string; message: string; confirmLabel: string; danger?: boolean; testId?: string }): Promise<boolean> {
  const answer = await ask<'ok' | 'cancel'>({
    title: o.title,
    message: o.message,
    testId: o.testId ?? 'confirm-dialog',
    choices: [
      { value: 'cancel', label: '취소' },
      { value: 'ok', label: o.confirmLabel, kind: o.danger ? 'danger' : 'primary' },
    ],
    cancelValue: 'cancel',
    defaultValue: o.danger ? 'cancel' : 'ok',
  });
  return answer === 'ok';
}
