/**
 * The app's own month input ('2026년 11월', ◀ ▶ for the month before and after), in place of the
 * browser's <input type=month> whose look and order (mm/yyyy, English words) follow the PC's
 * locale. Typing takes what the kernel's month fields take: 2026.11, 2026-11, 202611, 2026년 11월.
 * The value is 'YYYY-MM'.
 */
import { useState } from 'react';
import { parseMonth } from '../../../shared/registers/field-kinds.ts';
import { koreanMonth, shiftMonth } from './monthText.ts';
import './month-input.css';

export function MonthInput(p: { value: string; onChange: (month: string) => void; label: string; testId: string }) {
  const [text, setText] = useState<string | null>(null); // what the clerk is typing, while focused
  const typed = text !== null ? parseMonth(text) : undefined;
  const bad = text !== null && text.trim() !== '' && typed === undefined;
  return (
    <span className="month-input" role="group" aria-label={p.label}>
      <button type="button" className="icon-button" aria-label="이전 달" data-testid={`${p.testId}-prev`} onClick={() => p.onChange(shiftMonth(p.value, -1))}>
        ◀
      </button>
      <input
        data-testid={p.testId}
        data-month={p.value}
        aria-label={p.label}
        aria-invalid={bad || undefined}
        title="예: 2026.11, 202611, 2026년 11월"
        value={text ?? koreanMonth(p.value)}
        size={11}
        onFocus={(e) => {
          setText(koreanMonth(p.value));
          e.target.select();
        }}
        onChange={(e) => {
          setText(e.target.value);
          const m = parseMonth(e.target.value);
          if (m && m !== p.value) p.onChange(m);
        }}
        onBlur={() => setText(null)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') setText(koreanMonth(typed ?? p.value));
          if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
            e.preventDefault();
            const next = shiftMonth(p.value, e.key === 'ArrowUp' ? 1 : -1);
            p.onChange(next);
            setText(koreanMonth(next));
          }
        }}
      />
      <button type="button" className="icon-button" aria-label="다음 달" data-testid={`${p.testId}-next`} onClick={() => p.onChange(shiftMonth(p.value, 1))}>
        ▶
      </button>
      {bad && (
        <span className="field-error" role="alert">
          달로 읽을 수 없습니다 (예: 2026.11)
        </span>
      )}
    </span>
  );
}
