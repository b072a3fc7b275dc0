/**
 * Toasts: short confirmations ("3건을 삭제했습니다 [실행 취소]") and Korean error messages.
 * Errors stay longer; an action (undo) keeps the toast until it times out or is used.
 */
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { errorMessage } from '../api/client.ts';

export interface ToastAction {
  label: string;
  run: () => void | Promise<void>;
}
export interface ToastInput {
  message: string;
  kind?: 'info' | 'success' | 'error';
  action?: ToastAction;
  /** Milliseconds; defaults depend on kind and action. */
  duration?: number;
}
interface ToastItem extends ToastInput {
  id: number;
}
export interface ToastApi {
  show(t: ToastInput): void;
  error(e: unknown): void;
}

const ToastContext = createContext<ToastApi | null>(null);
const MAX_VISIBLE = 4;

export function ToastProvider({ children }: { children: ReactNode }) {
  const [items, setItems] = useState<ToastItem[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setItems((xs) => xs.filter((x) => x.id !== id)), []);

  const show = useCallback(
    (t: ToastInput) => {
      const id = nextId.current++;
      const duration = t.duration ?? (t.action ? 10_000 : t.kind === 'error' ? 8_000 : 4_000);
      setItems((xs) => [...xs, { ...t, id }].slice(-MAX_VISIBLE));
      window.setTimeout(() => dismiss(id), duration);
    },
    [dismiss],
  );
  const api = useMemo<ToastApi>(() => ({ show, error: (e) => show({ kind: 'error', message: errorMessage(e) }) }), [show]);

  return (
    <ToastContext.Provider value={api}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {items.map((t) => (
          <div key={t.id} className={`toast toast-${t.kind ?? 'info'}`} data-testid="toast" role={t.kind === 'error' ? 'alert' : undefined}>
            <span className="toast-message" data-testid="toast-message">{t.message}</span>
            {t.action && (
              <button
                type="button"
                className="toast-action"
                data-testid="toast-undo"
                onClick={() => {
                  dismiss(t.id);
                  void t.action?.run();
                }}
              >
                {t.action.label}
              </button>
            )}
            <button type="button" className="toast-close" aria-label="닫기" onClick={() => dismiss(t.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

export function useToast(): ToastApi {
  const ctx = useContext(ToastContext);
  if (!ctx) throw new Error('ToastProvider missing');
  return ctx;
}
