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
    // A field the dialog's content focused on mounting (React's autoFocus, e.g. the first run's
    // 사용자 이름) keeps the cursor: showModal() would move it to the first button (×).
    const wanted = d?.contains(document.activeElement) ? (document.activeElement as HTMLElement) : null;
    if (d && !d.open) d.showModal();
    wanted?.focus();
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
