/**
 * A modal dialog on the native <dialog> element: the browser traps focus, Esc closes, and the
 * rest of the window is inert while it is open. Mounted = open; the parent unmounts it to close.
 */
import { useEffect, useRef, type ReactNode } from 'react';

interface Props {
  title: string;
  onClose: () => void;
  children: ReactNode;
  footer?: ReactNode;
  testId?: string;
  wide?: boolean;
}

export function Dialog({ title, onClose, children, footer, testId, wide }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    // showModal() puts the cursor on the first button (×); a field marked `data-autofocus` (the
    // first run's 사용자 이름, a view's name) takes it instead, so the clerk types at once.
    // (React's autoFocus cannot: it runs while the dialog is still closed, hence unfocusable.)
    d?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => d?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={wide ? 'dialog dialog-wide' : 'dialog'}
      data-testid={testId}
      aria-label={title}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      // Esc closes this dialog only: a dialog opened from a detail form (마스킹 해제, 추가) sits
      // inside the form's React tree, whose own Esc would otherwise close the form as well.
      onKeyDown={(e) => {
        if (e.key === 'Escape') e.stopPropagation();
      }}
    >
      <header className="dialog-header">
        <h2>{title}</h2>
        <button type="button" className="icon-button" aria-label="닫기" onClick={onClose}>
          ×
        </button>
      </header>
      <div className="dialog-body">{children}</div>
      {footer && <footer className="dialog-footer">{footer}</footer>}
    </dialog>
  );
}
