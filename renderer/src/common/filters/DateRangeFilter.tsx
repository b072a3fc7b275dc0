/**
 * 기간 필터 for date fields: 시작일–종료일 and the quick ranges clerks ask for (이번 주 from Monday,
 * 이번 달, 지난달, 올해, 지난해). Model: { filterType: 'dateRange', from, to, label? } (ISO, inclusive).
 */
import type { ColDef } from 'ag-grid-community';
import type { CustomFilterDisplayProps } from 'ag-grid-react';
import { useState } from 'react';
import { DATE_EXAMPLE, KoreanDateInput } from './KoreanDateInput.tsx';
import { QUICK_RANGES, quickRange } from './dateRanges.ts';
import { listFilter } from './handlers.ts';
import { describeDateRange, type DateRangeModel } from './models.ts';
import './filters.css';

type Props = CustomFilterDisplayProps<unknown, unknown, DateRangeModel>;

/** For a column def: `...dateRangeFilter()`. */
export function dateRangeFilter(): Pick<ColDef, 'filter'> {
  return { filter: listFilter(DateRangeFilter as never) };
}

export function DateRangeFilter({ model, onModelChange, column }: Props) {
  const set = (from: string, to: string, label?: string, settled = true) => {
    if (from === '' && to === '') return onModelChange(null);
    // A range typed backwards means the same days: 9. 30. ~ 9. 1. is September (once typed:
    // 2024. 9. 1 on the way to 2024. 9. 15. must not swap the ends).
    const [a, b] = settled && from !== '' && to !== '' && from > to ? [to, from] : [from, to];
    if (a === model?.from && b === model.to && !label) return;
    onModelChange({ filterType: 'dateRange', from: a, to: b, ...(label ? { label } : {}) });
  };
  const from = model?.from ?? '';
  const to = model?.to ?? '';
  const [invalid, setInvalid] = useState({ from: false, to: false });

  return (
    <div className="gd-filter gd-date-filter" data-testid={`date-filter-${column.getColId()}`}>
      <div className="gd-quick-ranges" role="group" aria-label="빠른 기간">
        {QUICK_RANGES.map((q) => (
          <button
            key={q.key}
            type="button"
            className={model?.label === q.label ? 'button small active' : 'button small'}
            aria-pressed={model?.label === q.label}
            onClick={() => {
              const r = quickRange(q.key);
              set(r.from, r.to, q.label);
            }}
          >
            {q.label}
          </button>
        ))}
      </div>
      <div className="gd-date-inputs">
        <label>
          <span>시작일</span>
          <KoreanDateInput value={from} label="시작일" onChange={(v, settled) => set(v, to, undefined, settled)} onInvalid={(bad) => setInvalid((i) => ({ ...i, from: bad }))} />
        </label>
        <span aria-hidden="true">~</span>
        <label>
          <span>종료일</span>
          <KoreanDateInput value={to} label="종료일" onChange={(v, settled) => set(from, v, undefined, settled)} onInvalid={(bad) => setInvalid((i) => ({ ...i, to: bad }))} />
        </label>
      </div>
      <div className="gd-filter-footer">
        {invalid.from || invalid.to ? (
          <span className="gd-date-error" role="alert" data-testid="date-filter-error">
            {invalid.from ? '시작일' : '종료일'}은 {DATE_EXAMPLE} 형식의 실제 날짜로 입력하세요.
          </span>
        ) : (
          <span className="muted">{model ? describeDateRange(model) : `기간을 고르거나 날짜를 입력하세요 (예: ${DATE_EXAMPLE}).`}</span>
        )}
        {model && (
          <button type="button" className="button small" onClick={() => onModelChange(null)}>
            필터 해제
          </button>
        )}
      </div>
    </div>
  );
}
