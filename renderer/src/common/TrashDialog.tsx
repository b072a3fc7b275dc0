/**
 * 휴지통 of one register: its deleted records, newest deletion first, with who deleted them and
 * when; a search narrows the list, several can be ticked and 되살리기 brings them back in one
 * undoable action. The core caps the list (the newest 500) and says how many there are in all.
 */
import { useEffect, useState } from 'react';
import type { BatchResult } from '../../../shared/api/contract.ts';
import type { RegisterName, RegisterSpec } from '../../../shared/domain/register.ts';
import type { TrashPage } from '../../../shared/domain/trash.ts';
import { formatKoreanDate } from '../../../shared/text/korean-date.ts';
import { api, errorMessage } from '../api/client.ts';
import { Dialog } from './Dialog.tsx';
import { formatDateTime, num } from './format.ts';
import '../styles/safety.css';

interface Props {
  register: RegisterName;
  spec: RegisterSpec;
  onClose: () => void;
  onRestored: (result: BatchResult) => void;
}

const SEARCH_DELAY_MS = 250;

export function TrashDialog({ register, spec, onClose, onRestored }: Props) {
  const [query, setQuery] = useState('');
  const [page, setPage] = useState<TrashPage | null>(null);
  const [picked, setPicked] = useState<Set<string>>(() => new Set());
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  // The natural key names a record the way clerks do ('2024. 9. 2. 연합뉴스 「…」').
  const columns = spec.naturalKey.map((k) => spec.fields.find((f) => f.key === k)!).filter(Boolean);

  // The search box first (the dialog would focus its × button): the clerk types what was deleted.
  useEffect(() => {
    const t = window.setTimeout(() => document.querySelector<HTMLInputElement>('[data-testid="trash-search"]')?.focus(), 0);
    return () => window.clearTimeout(t);
  }, []);

  useEffect(() => {
    let live = true;
    const timer = window.setTimeout(() => {
      api.invoke(`${register}.trash`, { query }).then(
        (p) => {
          if (!live) return;
          setPage(p);
          setError('');
          setPicked((s) => new Set(p.rows.filter((r) => s.has(r.id)).map((r) => r.id)));
        },
        (e: unknown) => live && setError(errorMessage(e)),
      );
    }, query === '' ? 0 : SEARCH_DELAY_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [register, query]);

  const rows = page?.rows ?? [];
  const allPicked = rows.length > 0 && rows.every((r) => picked.has(r.id));
  const toggle = (id: string) =>
    setPicked((s) => {
      const next = new Set(s);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  const restore = async () => {
    setBusy(true);
    setError('');
    try {
      onRestored(await api.invoke(`${register}.restore`, { ids: [...picked] }));
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={`${spec.label} 휴지통`}
      onClose={onClose}
      testId="trash-dialog"
      wide
      footer={
        <>
          <span className="muted trash-picked" data-testid="trash-picked">
            {picked.size > 0 ? `${num(picked.size)}건 선택` : '되살릴 기록을 고르세요.'}
          </span>
          <div className="spacer" />
          <button type="button" className="button" onClick={onClose}>
            닫기
          </button>
          <button type="button" className="button primary" data-testid="trash-restore" disabled={busy || picked.size === 0} onClick={() => void restore()}>
            {busy ? '되살리는 중…' : `되살리기${picked.size > 0 ? ` (${num(picked.size)})` : ''}`}
          </button>
        </>
      }
    >
      <div className="trash-toolbar">
        <input
          type="search"
          className="wide-input"
          data-testid="trash-search"
          aria-label="삭제한 기록 검색"
          placeholder="삭제한 기록에서 검색 (제목, 매체, 부서 …)"
          value={query}
          maxLength={200}
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      <p className="muted small trash-summary" data-testid="trash-summary">
        {page === null
          ? '불러오는 중…'
          : page.total > rows.length
            ? `삭제한 기록 ${num(page.total)}건 중 최근 ${num(rows.length)}건을 보여 줍니다. 검색으로 좁히세요.`
            : `삭제한 기록 ${num(page.total)}건 · 최근에 삭제한 것부터`}
      </p>
      {error && (
        <div className="form-error" role="alert" data-testid="trash-error">
          {error}
        </div>
      )}
      {page && rows.length === 0 ? (
        <p className="trash-empty" data-testid="trash-empty">
          {query.trim() ? `'${query.trim()}'에 맞는 삭제한 기록이 없습니다.` : '휴지통이 비어 있습니다.'}
        </p>
      ) : (
        <div className="table-scroll trash-table">
          <table className="data-table" data-testid="trash-table">
            <thead>
              <tr>
                <th className="check">
                  <input
                    type="checkbox"
                    aria-label="모두 선택"
                    data-testid="trash-pick-all"
                    checked={allPicked}
                    onChange={() => setPicked(allPicked ? new Set() : new Set(rows.map((r) => r.id)))}
                  />
                </th>
                {columns.map((f) => (
                  <th key={f.key}>{f.label}</th>
                ))}
                <th>삭제한 사람</th>
                <th>삭제한 때</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} data-testid="trash-row" className={picked.has(r.id) ? 'picked' : undefined} onClick={() => toggle(r.id)}>
                  <td className="check">
                    <input type="checkbox" aria-label="선택" checked={picked.has(r.id)} onChange={() => toggle(r.id)} onClick={(e) => e.stopPropagation()} />
                  </td>
                  {columns.map((f) => (
                    <td key={f.key} className={f.kind === 'date' ? 'nowrap' : 'wrap-ko'}>
                      {f.kind === 'date' ? formatKoreanDate(r.fields[f.key] ?? '') : r.fields[f.key]}
                    </td>
                  ))}
                  <td className="nowrap" data-testid="trash-deleted-by">
                    {r.deletedBy}
                  </td>
                  <td className="nowrap" data-testid="trash-deleted-at">
                    {formatDateTime(r.deletedAt)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Dialog>
  );
}
