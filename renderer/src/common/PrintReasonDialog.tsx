/**
 * 인쇄 사유: before a print that holds personal data (a 수강생 list, a 실명 출석부, 수료증) the clerk
 * writes why; the core refuses without one and writes it to the 접속기록. `needsReason` may depend
 * on a choice made in the dialog itself (출석부: only when '실명으로 인쇄' is ticked).
 */
import { useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { Dialog } from './Dialog.tsx';

interface Props {
  title: string;
  /** What is printed and what the log keeps, in a sentence or two. */
  hint: string;
  needsReason: boolean;
  placeholder?: string;
  goLabel: string;
  /** Choices above the reason (checkboxes of the caller). */
  children?: ReactNode;
  onClose: () => void;
  onPrint: (reason: string | undefined) => Promise<void>;
}

export function PrintReasonDialog({ title, hint, needsReason, placeholder, goLabel, children, onClose, onPrint }: Props) {
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const go = async () => {
    setBusy(true);
    try {
      await onPrint(needsReason ? reason.trim() : undefined);
    } finally {
      setBusy(false);
    }
  };
  // Out of the DOM of any record form it is opened from: Enter in the reason must not save the form.
  return createPortal(
    <Dialog
      title={title}
      onClose={onClose}
      testId="print-reason-dialog"
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            취소
          </button>
          <button type="button" className="button primary" data-testid="print-go" disabled={busy || (needsReason && reason.trim() === '')} onClick={() => void go()}>
            {busy ? 'PDF 만드는 중…' : goLabel}
          </button>
        </>
      }
    >
      {children}
      {needsReason && (
        <div className="field">
          <label htmlFor="print-reason">인쇄 사유 (개인정보)</label>
          <input id="print-reason" data-testid="print-reason" data-autofocus value={reason} maxLength={200} placeholder={placeholder ?? '예: 교육 안내 전화 명단'} onChange={(e) => setReason(e.target.value)}
            onKeyDown={(e) => {
              if (e.key !== 'Enter') return;
              e.preventDefault();
              if (!busy && reason.trim() !== '') void go();
            }}
          />
        </div>
      )}
      <div className="field-hint">{hint}</div>
    </Dialog>,
    document.body,
  );
}
