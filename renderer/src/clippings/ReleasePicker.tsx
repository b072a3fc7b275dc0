/**
 * Choosing the 보도자료 a clipping came from: search releases by title (or see the latest ones)
 * and pick one; "연결 해제" removes the link.
 */
import { useEffect, useRef, useState } from 'react';
import type { Release } from '../../../shared/domain/release.ts';
import { api, errorMessage } from '../api/client.ts';
import { formatKoreanDate } from '../../../shared/text/korean-date.ts';

interface Props {
  id: string;
  title: string;
  onChange: (id: string, title: string) => void;
}

const SHOWN = 30;

async function findReleases(query: string): Promise<Release[]> {
  const rows = query === '' ? await api.invoke('releases.list', {}) : (await api.invoke('releases.search', { query, limit: SHOWN })).rows;
  return [...rows].sort((a, b) => (a.distributedOn < b.distributedOn ? 1 : -1)).slice(0, SHOWN);
}

export function ReleasePicker({ id, title, onChange }: Props) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<Release[] | null>(null);
  const [error, setError] = useState('');
  const seq = useRef(0);

  useEffect(() => {
    if (!open) return;
    const mine = ++seq.current;
    const t = window.setTimeout(() => {
      findReleases(query.trim()).then(
        (rows) => mine === seq.current && (setFound(rows), setError('')),
        (e) => mine === seq.current && setError(errorMessage(e)),
      );
    }, 250);
    return () => window.clearTimeout(t);
  }, [open, query]);

  return (
    <div className="release-picker" data-testid="field-releaseId">
      <div className="release-current">
        <span className={id ? 'release-title' : 'muted'} data-testid="release-current">
          {id ? title || '(제목 없음)' : '연결된 보도자료 없음'}
        </span>
        <button type="button" className="button small" data-testid="release-choose" onClick={() => setOpen((o) => !o)}>
          {open ? '닫기' : '보도자료 찾기'}
        </button>
        {id && (
          <button type="button" className="button small" data-testid="release-clear" onClick={() => onChange('', '')}>
            연결 해제
          </button>
        )}
      </div>
      {open && (
        <div className="release-search">
          <input
            type="search"
            autoFocus
            data-testid="release-search"
            placeholder="보도자료 제목으로 검색"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.stopPropagation();
                setOpen(false);
              }
            }}
          />
          {error && <div className="field-error">{error}</div>}
          <ul className="release-options" role="listbox" aria-label="보도자료 목록">
            {found?.length === 0 && <li className="muted">찾는 보도자료가 없습니다.</li>}
            {found?.map((r) => (
              <li key={r.id}>
                <button
                  type="button"
                  role="option"
                  aria-selected={r.id === id}
                  data-testid="release-option"
                  onClick={() => {
                    onChange(r.id, r.title);
                    setOpen(false);
                  }}
                >
                  <span className="release-date">{formatKoreanDate(r.distributedOn)}</span> {r.title}
                  {r.department && <span className="muted"> · {r.department}</span>}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
