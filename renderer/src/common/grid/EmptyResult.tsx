/**
 * Over an empty grid: what was searched and which filters are on, and one button that clears
 * both ('홍보관' 검색 결과가 없습니다 · 필터 2개 적용 중 [검색어·필터 지우기]).
 */
import { useEffect, useState } from 'react';
import type { GridApi } from 'ag-grid-community';
import './find.css';
import { emptyResultText } from './emptyResultText.ts';

/** How many columns filter the grid now; follows every filter change. */
export function useFilterCount(api: GridApi | null): number {
  const [count, setCount] = useState(0);
  useEffect(() => {
    if (!api) return;
    const read = () => setCount(api.isDestroyed() ? 0 : Object.keys(api.getFilterModel() ?? {}).length);
    read();
    api.addEventListener('filterChanged', read);
    return () => {
      if (!api.isDestroyed()) api.removeEventListener('filterChanged', read);
    };
  }, [api]);
  return count;
}

export function EmptyResult({ query, searchTotal, filters, onClear }: { query: string; searchTotal: number; filters: number; onClear: () => void }) {
  return (
    <div className="empty-result" role="status" data-testid="empty-result">
      <p className="empty-result-text">{emptyResultText(query, searchTotal, filters)}</p>
      <p className="muted">다른 낱말로 찾거나, 검색어와 필터를 지우고 전체 목록을 보세요.</p>
      <button type="button" className="button primary" data-testid="clear-search-filters" onClick={onClear}>
        {query !== '' && filters > 0 ? '검색어·필터 지우기' : query !== '' ? '검색어 지우기' : '필터 지우기'}
      </button>
    </div>
  );
}
