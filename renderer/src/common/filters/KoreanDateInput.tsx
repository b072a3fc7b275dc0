/**
 * A date typed the way the form's 보도일자 is (2024. 9. 2., 2024.9.2, 2024-09-02, 20240902) and
 * shown as '2024. 9. 2.', instead of <input type=date>, whose order follows the browser's locale
 * (mm/dd/yyyy in an English Chromium) and so disagrees with the form, the grid and the messages.
 * A whole date applies as soon as it is typed; the text is tidied when the field is left. Five
 * digits are a step towards 20240902 here, not an Excel day number as in an imported file.
 */
import { useEffect, useRef, useState } from 'react';
import { formatKoreanDate, parseKoreanDate } from '../../../../shared/text/korean-date.ts';

interface Props {
  /** ISO 'YYYY-MM-DD', or '' for none. */
  value: string;
  label: string;
  /** `settled`: the clerk left the field (or pressed Enter), not a step of typing. */
  onChange: (iso: string, settled: boolean) => void;
  /** Whether the typed text is not a date (the filter names the expected form). */
  onInvalid: (invalid: boolean) => void;
}

export const DATE_EXAMPLE = '2024. 9. 2.';

function typedDate(text: string): string | undefined {
  return /^\d{1,7}(\.\d*)?$/.test(text.trim()) ? undefined : parseKoreanDate(text);
}

export function KoreanDateInput({ value, label, onChange, onInvalid }: Props) {
  const ref = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(value ? formatKoreanDate(value) : '');
  const [bad, setBad] = useState(false);
  // A value set from outside (a quick range, 필터 해제) shows at once, but never under typing hands.
  useEffect(() => {
    if (document.activeElement !== ref.current) setText(value ? formatKoreanDate(value) : '');
  }, [value]);
  const mark = (invalid: boolean) => {
    setBad(invalid);
    onInvalid(invalid);
  };
  const typed = (next: string) => {
    setText(next);
    const iso = typedDate(next);
    if (iso) {
      mark(false);
      if (iso !== value) onChange(iso, false);
    } else if (next.trim() === '') {
      mark(false);
      if (value !== '') onChange('', false);
    }
  };
  const leave = () => {
    const iso = typedDate(text);
    if (iso) setText(formatKoreanDate(iso));
    mark(text.trim() !== '' && !iso);
    if (iso) onChange(iso, true);
  };
  return (
    <input
      ref={ref}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      value={text}
      placeholder={DATE_EXAMPLE}
      aria-label={label}
      aria-invalid={bad || undefined}
      onChange={(e) => typed(e.target.value)}
      onBlur={leave}
      onKeyDown={(e) => e.key === 'Enter' && leave()}
    />
  );
}
