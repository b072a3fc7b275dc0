/**
 * The app's own question dialog (instead of the browser's `confirm()`, which shows
 * '127.0.0.1:… says' and cannot name its buttons): a title, a message and named buttons.
 * Esc and × answer `cancelValue`; the default button has the focus, so Enter answers it.
 */
import { useEffect, useRef } from 'react';
import '../styles/safety.css';

export interface Choice<T extends string> {
  value: T;
  label: string;
  kind?: 'primary' | 'danger';
}

export interface ChoiceDialogProps<T extends string> {
  title: string;
  message: string;
  /** Shown left to right; the last one sits at the right edge, as in every dialog of the app. */
  choices: Array<Choice<T>>;
  /** What Esc, × and a click outside the buttons answer (계속 편집, 취소). */
  cancelValue: T;
  /** The button that has the focus when the dialog opens. */
  defaultValue: T;
  testId?: string;
  onAnswer: (value: T) => void;
}

export function ChoiceDialog<T extends string>(p: ChoiceDialogProps<T>) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (!d.open) d.showModal();
    d.querySelector<HTMLButtonElement>(`button[data-choice="${p.defaultValue}"]`)?.focus();
    return () => d.close();
  }, [p.defaultValue]);
  return (
    <dialog
      ref={ref}
      className="dialog choice-dialog"
      data-testid={p.testId ?? 'choice-dialog'}
      aria-label={p.title}
      onCancel={(e) => {
        e.preventDefault();
        p.onAnswer(p.cancelValue);
      }}
      // Chromium may close a dialog on Esc without a cancel event (one opened without a click): same answer.
      onClose={() => p.onAnswer(p.cancelValue)}
    >
      <header className="dialog-header">
        <h2>{p.title}</h2>
        <button type="button" className="icon-button" aria-label="닫기" onClick={() => p.onAnswer(p.cancelValue)}>
          ×
        </button>
      </header>
      <div className="dialog-body">
        {p.message.split('\n').map((line, i) => (
          <p key={i} className="choice-message">
            {line}
          </p>
        ))}
      </div>
      <footer className="dialog-footer">
        {p.choices.map((c) => (
          <button
            key={c.value}
            type="button"
            className={c.kind ? `button ${c.kind}` : 'button'}
            data-choice={c.value}
            data-testid={`choice-${c.value}`}
            onClick={() => p.onAnswer(c.value)}
          >
            {c.label}
          </button>
        ))}
      </footer>
    </dialog>
  );
}
