/**
 * After a save the form refused, the cursor goes to the first field in error (in the order the
 * form shows them), scrolled into view, as 한/글 and web forms do: the clerk types the fix at once.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';

/** The first control marked invalid, in document (= form) order. */
export function firstInvalidControl(root: ParentNode): HTMLElement | null {
  return root.querySelector<HTMLElement>('[aria-invalid="true"]');
}

/**
 * `markAttempt()` is called when the clerk asks to save; once the refusal's message (`formError`)
 * is on screen, the first invalid field gets the focus, or the message itself when no field is
 * named (a conflict, a lost connection).
 */
export function useFocusFirstError(formRef: RefObject<HTMLElement | null>, formError: string): () => void {
  const pending = useRef(false);
  // A new attempt renders even when the refusal is the same as the last one (nothing retyped).
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!pending.current || !formError) return;
    pending.current = false;
    const form = formRef.current;
    if (!form) return;
    const target = firstInvalidControl(form) ?? form.querySelector<HTMLElement>('[data-testid="form-error"]');
    if (!target) return;
    target.scrollIntoView({ block: 'nearest' });
    target.focus({ preventScroll: true });
  }, [attempt, formError, formRef]);
  return () => {
    pending.current = true;
    setAttempt((n) => n + 1);
  };
}
