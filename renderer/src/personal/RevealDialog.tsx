/**
 * 마스킹 해제: one dialog for the grid's right-click '마스킹 해제…' and the form's '보기'. It names
 * the person (masked) and the field, asks the reason (three common ones a click away, or typed),
 * and asks the core (`personal.reveal`), which logs the reveal with the reason in 접속기록. An
 * empty reason keeps the button disabled and says why.
 */
import { useCallback, useState, type ReactNode } from 'react';
import type { FieldSpec, RegisterSpec } from '../../../shared/domain/register.ts';
import { api, errorMessage } from '../api/client.ts';
import { Dialog } from '../common/Dialog.tsx';
import { REVEAL_REASON_HINT, REVEAL_REASONS } from './reveal.ts';
import './reveal.css';

export interface RevealRequest {
  spec: RegisterSpec;
  id: string;
  field: FieldSpec;
  /** The person, masked (김*용). */
  person: string;
}

function RevealDialog({ req, onDone }: { req: RevealRequest; onDone: (value: { value: unknown } | undefined) => void }) {
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const empty = reason.trim() === '';
  const go = async () => {
    if (empty) return;
    setBusy(true);
    setError('');
    try {
      const res = await api.invoke('personal.reveal', { register: req.spec.name, id: req.id, field: req.field.key, reason: reason.trim() });
      onDone({ value: res.value });
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };
  return (
    <Dialog
      title="마스킹 해제"
      onClose={() => onDone(undefined)}
      testId="reveal-dialog"
      footer={
        <>
          <button type="button" className="button" onClick={() => onDone(undefined)}>
            취소
          </button>
          <button type="button" className="button primary" data-testid="reveal-go" disabled={empty || busy} onClick={() => void go()}>
            {busy ? '확인하는 중…' : '값 보기'}
          </button>
        </>
      }
    >
      <p className="reveal-what" data-testid="reveal-what">
        <strong>{req.person || req.spec.label}</strong>님의 <strong>{req.field.label}</strong>
      </p>
      <div className="field">
        <label htmlFor="reveal-reason">해제 사유</label>
        <div className="reveal-reasons" role="group" aria-label="자주 쓰는 사유">
          {REVEAL_REASONS.map((r) => (
            <button key={r} type="button" className={reason === r ? 'reveal-reason picked' : 'reveal-reason'} data-testid="reveal-reason-pick" aria-pressed={reason === r} onClick={() => setReason(r)}>
              {r}
            </button>
          ))}
        </div>
        <input id="reveal-reason" data-testid="reveal-reason" data-autofocus value={reason} maxLength={200} placeholder="예: 수강생 연락" onChange={(e) => setReason(e.target.value)}
          onKeyDown={(e) => {
            // Enter reveals; it must not reach a form around the dialog (the record form's save).
            if (e.key !== 'Enter') return;
            e.preventDefault();
            e.stopPropagation();
            void go();
          }}
        />
        <div className="field-hint" data-testid="reveal-hint">
          {empty ? REVEAL_REASON_HINT : '이 값을 본 일이 사유와 함께 접속기록에 남습니다.'}
        </div>
      </div>
      {error && (
        <div className="form-error" role="alert" data-testid="reveal-error">
          {error}
        </div>
      )}
    </Dialog>
  );
}

/** `ask(req)` opens the dialog and resolves with the revealed value, or undefined when cancelled. */
export function useReveal(): { ask: (req: RevealRequest) => Promise<{ value: unknown } | undefined>; dialog: ReactNode } {
  const [open, setOpen] = useState<{ req: RevealRequest; resolve: (v: { value: unknown } | undefined) => void } | null>(null);
  const ask = useCallback((req: RevealRequest) => new Promise<{ value: unknown } | undefined>((resolve) => setOpen({ req, resolve })), []);
  const dialog = open && (
    <RevealDialog
      req={open.req}
      onDone={(v) => {
        setOpen(null);
        open.resolve(v);
      }}
    />
  );
  return { ask, dialog };
}
