/**
 * The rows a register grid shows: the full list, or a server-side search result. The grid is
 * fed `rowData` only when a list or search arrives; single edits go to the grid as transactions
 * and are mirrored here (`applyLocal`) so that clearing a search shows them without a reload.
 */
import { useCallback, useRef, useState } from 'react';
import type { RecordMeta } from '../../../../shared/domain/register.ts';
import type { RegisterOps } from '../registerOps.ts';
import { addRows, removeRows, replaceRows } from './rows.ts';

export interface SearchState {
  query: string;
  total: number;
  shown: number;
}

export function useRegisterRows<R extends RecordMeta>(ops: RegisterOps<R>, onError: (e: unknown) => void) {
  const [rowData, setRowData] = useState<R[] | null>(null);
  const [loading, setLoading] = useState(false);
  const [search, setSearch] = useState<SearchState | null>(null);
  const [total, setTotal] = useState(0);
  /** The newest rows are shown and the rest are still arriving. */
  const [loadingRest, setLoadingRest] = useState(false);
  const full = useRef<R[] | null>(null);
  const found = useRef<R[] | null>(null);
  const query = useRef('');
  const seq = useRef(0);

  const runSearch = useCallback(
    async (q: string, mine: number) => {
      // With every row already here, only the matching ids need to cross; otherwise the rows.
      const all = full.current;
      let rows: R[];
      let matches: number;
      if (all) {
        const res = await ops.searchIds(q);
        const ids = new Set(res.ids);
        rows = all.filter((r) => ids.has(r.id));
        matches = res.total;
      } else {
        const res = await ops.search(q);
        rows = res.rows;
        matches = res.total;
      }
      if (mine !== seq.current) return;
      found.current = rows;
      setSearch({ query: q, total: matches, shown: rows.length });
      setRowData(rows);
    },
    [ops],
  );

  /** Loads the full list again (after undo, bulk edit, import, or another page's change). */
  const reload = useCallback(async () => {
    const mine = ++seq.current;
    setLoading(true);
    try {
      const rows = await ops.list((head, count) => {
        if (mine !== seq.current || query.current !== '') return;
        setTotal(count);
        setRowData(head);
        setLoading(false);
        setLoadingRest(true);
      });
      if (mine !== seq.current) return;
      full.current = rows;
      setTotal(rows.length);
      if (query.current !== '') await runSearch(query.current, mine);
      else setRowData(rows);
    } catch (e) {
      if (mine === seq.current) onError(e);
    } finally {
      if (mine === seq.current) {
        setLoading(false);
        setLoadingRest(false);
      }
    }
  }, [ops, onError, runSearch]);

  const searchFor = useCallback(
    async (q: string) => {
      query.current = q;
      const mine = ++seq.current;
      if (q === '') {
        found.current = null;
        setSearch(null);
        setLoading(false);
        if (full.current) setRowData(full.current);
        else await reload();
        return;
      }
      setLoading(true);
      try {
        await runSearch(q, mine);
      } catch (e) {
        if (mine === seq.current) onError(e);
      } finally {
        if (mine === seq.current) setLoading(false);
      }
    },
    [onError, reload, runSearch],
  );

  /** Mirrors a grid transaction into the caches (no re-render of the grid). */
  const applyLocal = useCallback((change: { add?: R[]; update?: R[]; remove?: string[] }) => {
    const apply = (rows: R[]) => {
      let next = rows;
      if (change.update?.length) next = replaceRows(next, change.update);
      if (change.remove?.length) next = removeRows(next, change.remove);
      if (change.add?.length) next = addRows(next, change.add);
      return next;
    };
    if (full.current) {
      full.current = apply(full.current);
      setTotal(full.current.length);
    }
    if (found.current) found.current = apply(found.current);
  }, []);

  return { rowData, loading, loadingRest, search, total, reload, searchFor, applyLocal };
}
