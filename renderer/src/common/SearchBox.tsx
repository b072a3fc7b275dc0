/**
 * Server-side search box. Typing searches after a short pause, Enter searches at once, Esc or ×
 * clears. Korean IME composition is respected (Enter while composing does not search).
 */
import { forwardRef, useEffect, useRef, useState } from 'react';

interface Props {
  placeholder: string;
  onSearch: (query: string) => void;
  /** Changing it empties the box (검색어·필터 지우기); the caller clears its own search. */
  resetSignal?: number;
}

const DEBOUNCE_MS = 350;

export const SearchBox = forwardRef<HTMLInputElement, Props>(function SearchBox({ placeholder, onSearch, resetSignal }, ref) {
  const [text, setText] = useState('');
  const timer = useRef<number | undefined>(undefined);
  const last = useRef('');
  useEffect(() => {
    if (!resetSignal) return;
    window.clearTimeout(timer.current);
    setText('');
    last.current = '';
  }, [resetSignal]);

  const fire = (q: string) => {
    window.clearTimeout(timer.current);
    const trimmed = q.trim();
    if (trimmed === last.current) return;
    last.current = trimmed;
    onSearch(trimmed);
  };
  useEffect(() => () => window.clearTimeout(timer.current), []);

  return (
    <div className="search-box" role="search">
      <input
        ref={ref}
        type="search"
        data-testid="search-input"
        aria-label="검색"
        placeholder={placeholder}
        value={text}
        maxLength={200}
        onChange={(e) => {
          const v = e.target.value;
          setText(v);
          window.clearTimeout(timer.current);
          timer.current = window.setTimeout(() => fire(v), DEBOUNCE_MS);
        }}
        onKeyDown={(e) => {
          if (e.nativeEvent.isComposing) return;
          if (e.key === 'Enter') {
            e.preventDefault();
            last.current = '\u0000'; // Enter always re-runs, even for the same words.
            fire(text);
          } else if (e.key === 'Escape' && text !== '') {
            e.preventDefault();
            setText('');
            fire('');
          }
        }}
      />
      {text !== '' && (
        <button
          type="button"
          className="search-clear"
          data-testid="search-clear"
          aria-label="검색어 지우기"
          onClick={() => {
            setText('');
            fire('');
          }}
        >
          ×
        </button>
      )}
    </div>
  );
});
