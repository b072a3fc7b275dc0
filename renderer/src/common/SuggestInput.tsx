/**
 * A text input that offers what the office already typed (관련부서, 기자, 태그 …) in a small list
 * under it, the most used first. Arrow keys and Enter pick, Esc closes the list only. For a tags
 * field the word after the last comma is completed and the others stay.
 */
import { useEffect, useRef, useState, type CSSProperties, type InputHTMLAttributes } from 'react';
import { createPortal } from 'react-dom';
import './grid/find.css';
import { completing, withPick } from './suggestText.ts';

export type Suggest = (query: string) => Promise<string[]>;

const DELAY_MS = 150;

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> {
  value: string;
  onChange: (v: string) => void;
  suggest: Suggest;
  tags?: boolean;
  /** data-testid of the list: 'suggest-<field>'. */
  listTestId: string;
  /** The list over everything (a grid cell clips what it holds): for the grid's cell editor. */
  portal?: boolean;
  /** After a suggestion was picked (the grid's editor then finishes the edit). */
  onPicked?: (value: string) => void;
}

export function SuggestInput({ value, onChange, suggest, tags = false, listTestId, portal = false, onPicked, onBlur, onKeyDown, ...input }: Props) {
  const [items, setItems] = useState<string[]>([]);
  const inputRef = useRef<HTMLInputElement>(null);
  const [active, setActive] = useState(-1);
  const timer = useRef<number | undefined>(undefined);
  const seq = useRef(0);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const ask = (text: string) => {
    window.clearTimeout(timer.current);
    const mine = ++seq.current;
    timer.current = window.setTimeout(() => {
      const q = completing(text, tags);
      if (q === '') return setItems([]);
      suggest(q).then(
        (found) => {
          if (mine !== seq.current) return;
          const taken = tags ? text.split(',').map((t) => t.trim()) : [text.trim()];
          setItems(found.filter((f) => !taken.includes(f)));
          setActive(-1);
        },
        () => mine === seq.current && setItems([]), // no suggestions is never an error for the clerk
      );
    }, DELAY_MS);
  };
  const close = () => {
    ++seq.current;
    window.clearTimeout(timer.current);
    setItems([]);
    setActive(-1);
  };
  const pick = (item: string) => {
    const next = withPick(value, item, tags);
    onChange(next);
    close();
    onPicked?.(next);
  };
  const open = items.length > 0;
  const rect = portal && open ? inputRef.current?.getBoundingClientRect() : undefined;
  const place: CSSProperties | undefined = rect ? { position: 'fixed', top: rect.bottom, left: rect.left, width: Math.max(rect.width, 160), right: 'auto' } : undefined;
  const list = open && (
    <ul className="suggest-list" role="listbox" data-testid={listTestId} style={place}>
      {items.map((item, i) => (
        <li
          key={item}
          role="option"
          aria-selected={i === active}
          // mousedown, not click: the input keeps the focus and the list is still there.
          onMouseDown={(e) => {
            e.preventDefault();
            pick(item);
          }}
        >
          {item}
        </li>
      ))}
    </ul>
  );

  return (
    <div className="suggest">
      <input
        {...input}
        ref={inputRef}
        value={value}
        autoComplete="off"
        role="combobox"
        aria-expanded={open}
        aria-autocomplete="list"
        onChange={(e) => {
          onChange(e.target.value);
          ask(e.target.value);
        }}
        onBlur={(e) => {
          close();
          onBlur?.(e);
        }}
        onKeyDown={(e) => {
          if (open && !e.nativeEvent.isComposing) {
            if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
              e.preventDefault();
              const last = items.length - 1;
              setActive((a) => (e.key === 'ArrowDown' ? (a >= last ? 0 : a + 1) : a <= 0 ? last : a - 1));
              return;
            }
            if (e.key === 'Enter' && active >= 0 && active < items.length) {
              e.preventDefault();
              pick(items[active]!);
              return;
            }
            if (e.key === 'Escape') {
              // Only the list closes; the form stays open.
              e.preventDefault();
              e.stopPropagation();
              close();
              return;
            }
          }
          onKeyDown?.(e);
        }}
      />
      {portal && list ? createPortal(list, document.body) : list}
    </div>
  );
}
