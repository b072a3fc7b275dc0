/**
 * What every register's detail form shares: submit on Enter, Ctrl+S (or Ctrl+Enter) to save,
 * the form-level error, and the date field that accepts any Korean date form and shows it back
 * as '2024. 9. 2.'.
 */
import { useContext, useEffect, type ReactNode } from 'react';
import { formatKoreanDate, isIsoDate, parseKoreanDate } from '../../../shared/text/korean-date.ts';
import { TextField } from './fields.tsx';
import { DetailGuardContext } from './formGuard.ts';

export function RecordFormShell({ onSave, formError, children }: { onSave: () => void; formError: string; children: ReactNode }) {
  // The panel's discard question offers 저장: it runs this form's own save.
  const guard = useContext(DetailGuardContext);
  useEffect(() => {
    if (!guard) return;
    guard.save = onSave;
    return () => {
      if (guard.save === onSave) guard.save = undefined;
    };
  }, [guard, onSave]);
  return (
    <form
      className="record-form"
      data-testid="detail-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSave();
      }}
      onKeyDown={(e) => {
        if ((e.ctrlKey || e.metaKey) && (e.key === 's' || e.key === 'Enter')) {
          e.preventDefault();
          onSave();
        }
      }}
    >
      {formError && (
        <div className="form-error" role="alert" data-testid="form-error">
          {formError}
        </div>
      )}
      {children}
    </form>
  );
}

/** A required date: typed as 2024-09-02, 2024.9.2 or 2024. 9. 2., stored as ISO when the field is left. */
export function DateField(p: { name: string; label: string; value: string; error: string | undefined; onChange: (v: string) => void }) {
  const iso = parseKoreanDate(p.value);
  return (
    <TextField
      name={p.name}
      label={p.label}
      required
      value={p.value}
      placeholder="2024-09-02"
      error={p.error}
      hint={iso && isIsoDate(iso) ? formatKoreanDate(iso) : '예: 2024-09-02 또는 2024. 9. 2.'}
      onChange={p.onChange}
      onBlur={() => iso && iso !== p.value && p.onChange(iso)}
    />
  );
}
