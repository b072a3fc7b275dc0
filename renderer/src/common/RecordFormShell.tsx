/**
 * What every register's detail form shares: submit on Enter, Ctrl+S (or Ctrl+Enter) to save,
 * the form-level error with the cursor on the first field in error, and the date field that
 * accepts any Korean date form and shows it back as '2024. 9. 2.'.
 */
import { useContext, useEffect, useRef, type ReactNode } from 'react';
import { formatKoreanDate, isIsoDate, parseKoreanDate } from '../../../shared/text/korean-date.ts';
import { TextField } from './fields.tsx';
import { DetailGuardContext } from './formGuard.ts';
import { useFocusFirstError } from './useFocusFirstError.ts';

export function RecordFormShell({ onSave, formError, children }: { onSave: () => void; formError: string; children: ReactNode }) {
  const ref = useRef<HTMLFormElement>(null);
  const markAttempt = useFocusFirstError(ref, formError);
  const save = () => {
    markAttempt();
    onSave();
  };
  // The panel's discard question offers 저장: it runs this form's own save.
  const guard = useContext(DetailGuardContext);
  useEffect(() => {
    if (!guard) return;
    guard.save = save;
    return () => {
      if (guard.save === save) guard.save = undefined;
    };
  });
  return (
    <form
      ref={ref}
      className="record-form"
      data-testid="detail-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
      onKeyDown={(e) => {
        if ((e.ctrlKey || e.metaKey) && (e.key === 's' || e.key === 'Enter')) {
          e.preventDefault();
          save();
        }
      }}
    >
      {formError && (
        <div className="form-error" role="alert" data-testid="form-error" tabIndex={-1}>
          {formError}
        </div>
      )}
      {children}
    </form>
  );
}

/**
 * A required date: typed as 2024-09-02, 2024.9.2 or 2024. 9. 2., kept as ISO and shown the way
 * the grid and prints show it ('2024. 9. 2.'), so the field, its message and the list agree.
 */
export function DateField(p: { name: string; label: string; value: string; error: string | undefined; onChange: (v: string) => void; required?: boolean }) {
  const iso = parseKoreanDate(p.value);
  const valid = iso !== undefined && isIsoDate(iso);
  return (
    <TextField
      name={p.name}
      label={p.label}
      required={p.required ?? true}
      value={isIsoDate(p.value) ? formatKoreanDate(p.value) : p.value}
      placeholder="2024. 9. 2."
      error={p.error}
      hint={valid ? `${formatKoreanDate(iso)} (${weekday(iso)})` : p.required === false && p.value === '' ? undefined : '예: 2024. 9. 2. 또는 2024-09-02'}
      onChange={p.onChange}
      onBlur={() => iso && iso !== p.value && p.onChange(iso)}
    />
  );
}

function weekday(isoDate: string): string {
  return '일월화수목금토'.charAt(new Date(`${isoDate}T00:00:00Z`).getUTCDay());
}
