/** A record's change history: 일시, 사용자, 항목, 이전 값 → 새 값 (newest first). */
import { useEffect, useState } from 'react';
import { HISTORY_ACTION_LABELS, type HistoryEntry } from '../../../shared/domain/history.ts';
import { errorMessage } from '../api/client.ts';
import { formatDateTime, formatHistoryValue } from './format.ts';

export function HistoryTable({ load }: { load: () => Promise<HistoryEntry[]> }) {
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    let live = true;
    load().then(
      (xs) => live && setEntries([...xs].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))),
      (e) => live && setError(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [load]);
  if (error) return <div className="form-error">{error}</div>;
  if (!entries) return <p className="muted">불러오는 중…</p>;
  if (entries.length === 0) return <p className="muted">변경 이력이 없습니다.</p>;
  return (
    <table className="data-table history-table" data-testid="history-table">
      <thead>
        <tr>
          <th>일시</th>
          <th>사용자</th>
          <th>항목</th>
          <th>변경 내용</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((h, i) => (
          <tr key={i}>
            <td className="nowrap">{formatDateTime(h.at)}</td>
            <td className="nowrap">{h.by}</td>
            <td className="nowrap">{h.action === 'update' ? h.fieldLabel : HISTORY_ACTION_LABELS[h.action]}</td>
            <td>
              {h.action === 'update' ? (
                <>
                  <span className="old-value">{formatHistoryValue(h.oldValue)}</span>
                  <span className="arrow"> → </span>
                  <span className="new-value">{formatHistoryValue(h.newValue)}</span>
                </>
              ) : (
                <span className="muted">{HISTORY_ACTION_LABELS[h.action]}</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
