/**
 * 값 목록 필터 for option and code fields (논조, 매체구분, 사진 포함): every value with how many
 * rows the other filters leave for it, checkboxes, 모두 선택 and a search box. The community
 * grid's stand-in for the enterprise set filter. Model: { filterType: 'valueList', values }.
 */
import { useMemo, useState } from 'react';
import type { ColDef } from 'ag-grid-community';
import { useGridFilterDisplay, type CustomFilterDisplayProps } from 'ag-grid-react';
import { num } from '../format.ts';
import { listFilter } from './handlers.ts';
import { valueKey, type ValueListModel } from './models.ts';
import './filters.css';
import { EMPTY_LABEL } from '../emptyLabel.ts';

export interface ValueListParams {
  /** Shown text for a stored value key ('true' → '예'); the key itself otherwise. */
  labels?: Record<string, string>;
  /** Values always listed first, in this order (options of an enum), even with no rows. */
  order?: readonly string[];
}

type Props = CustomFilterDisplayProps<unknown, unknown, ValueListModel>;
type Entry = { key: string; count: number };

export { EMPTY_LABEL };

export function labelOf(key: string, labels: Record<string, string> | undefined): string {
  return labels?.[key] ?? (key === '' ? EMPTY_LABEL : key);
}

const paramsOf = (p: Props): ValueListParams => (p.colDef.filterParams ?? {}) as ValueListParams;

/** For a column def: `...valueListFilter({ order: TONES })`. */
export function valueListFilter(params: ValueListParams = {}): Pick<ColDef, 'filter' | 'filterParams'> {
  return { filter: listFilter(ValueListFilter as never, (k) => labelOf(k, params.labels)), filterParams: params };
}

function countValues(p: Props): Entry[] {
  const { order = [] } = paramsOf(p);
  const counts = new Map<string, number>(order.map((k) => [k, 0]));
  p.api.forEachNode((node) => {
    if (!node.data || !p.doesRowPassOtherFilter(node)) return;
    const k = valueKey(p.getValue(node));
    counts.set(k, (counts.get(k) ?? 0) + 1);
  });
  const ordered = new Set(order);
  const rest = [...counts.keys()].filter((k) => !ordered.has(k)).sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b, 'ko')));
  return [...order, ...rest].map((key) => ({ key, count: counts.get(key) ?? 0 }));
}

export function ValueListFilter(p: Props) {
  const { model, onModelChange } = p;
  const { labels } = paramsOf(p);
  const [entries, setEntries] = useState<Entry[]>(() => countValues(p));
  const [query, setQuery] = useState('');
  // Counts are taken each time the popup opens: the rows and the other filters may have changed.
  useGridFilterDisplay({ afterGuiAttached: () => setEntries(countValues(p)) });

  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    return q ? entries.filter((e) => labelOf(e.key, labels).toLowerCase().includes(q)) : entries;
  }, [entries, query, labels]);
  const isOn = (key: string) => !model || model.values.includes(key);
  const allOn = shown.every((e) => isOn(e.key));

  const setKeys = (keys: Set<string>) => {
    const all = entries.map((e) => e.key);
    onModelChange(all.every((k) => keys.has(k)) ? null : { filterType: 'valueList', values: all.filter((k) => keys.has(k)) });
  };
  const current = () => new Set(model ? model.values : entries.map((e) => e.key));
  const toggle = (key: string) => {
    const keys = current();
    if (keys.has(key)) keys.delete(key);
    else keys.add(key);
    setKeys(keys);
  };
  const toggleShown = () => {
    const keys = current();
    for (const e of shown) {
      if (allOn) keys.delete(e.key);
      else keys.add(e.key);
    }
    setKeys(keys);
  };

  return (
    <div className="gd-filter" data-testid={`value-filter-${p.column.getColId()}`}>
      <input className="gd-filter-search" type="search" placeholder="값 검색" aria-label="값 검색" value={query} onChange={(e) => setQuery(e.target.value)} />
      <label className="gd-filter-option gd-filter-all">
        <input type="checkbox" checked={allOn} onChange={toggleShown} />
        <span>{query ? '검색된 값 모두 선택' : '모두 선택'}</span>
      </label>
      <div className="gd-filter-list" role="group" aria-label="값 목록">
        {shown.map((e) => (
          <label key={e.key} className="gd-filter-option" data-value={e.key}>
            <input type="checkbox" checked={isOn(e.key)} onChange={() => toggle(e.key)} />
            <span className="gd-filter-label">{labelOf(e.key, labels)}</span>
            <span className="gd-filter-count">{num(e.count)}</span>
          </label>
        ))}
        {shown.length === 0 && <div className="gd-filter-empty">맞는 값이 없습니다.</div>}
      </div>
      {model && (
        <button type="button" className="button small" onClick={() => onModelChange(null)}>
          필터 해제
        </button>
      )}
    </div>
  );
}
