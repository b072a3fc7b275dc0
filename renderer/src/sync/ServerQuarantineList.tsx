/**
 * For admins in 설정 › 격리된 기록: what the central server set aside — records stored before it
 * checked every push, or that break rules changed since. No PC receives them; the admin reads the
 * reason and removes them for good once the cause is known.
 */
import { useCallback, useEffect, useState } from 'react';
import type { QuarantineEntry } from '../../../shared/sync/protocol.ts';
import { api, errorMessage } from '../api/client.ts';
import { useToast } from '../app/toast.tsx';
import { formatDateTime } from '../common/format.ts';

export function ServerQuarantineList() {
  const toast = useToast();
  const [items, setItems] = useState<QuarantineEntry[] | null>(null);
  const [error, setError] = useState('');
  const load = useCallback(async () => {
    try {
      setItems((await api.invoke('sync.serverQuarantine', {})).records);
      setError('');
    } catch (e) {
      setError(errorMessage(e));
    }
  }, []);
  useEffect(() => void load(), [load]);
  const clear = async (id: string) => {
    try {
      const r = await api.invoke('sync.serverQuarantine', { clear: id });
      setItems(r.records);
      toast.show({ kind: 'success', message: r.cleared ? '서버에서 격리된 기록을 지웠습니다.' : '이미 지워진 기록입니다.' });
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <div data-testid="server-quarantine">
      <h3>중앙 서버에 격리된 기록</h3>
      {error && <div className="form-error" role="alert">{error}</div>}
      {items === null ? (
        <p className="muted">불러오는 중…</p>
      ) : items.length === 0 ? (
        <p className="muted" data-testid="server-quarantine-empty">서버에 격리된 기록이 없습니다.</p>
      ) : (
        <ul className="conflict-list">
          {items.map((q) => (
            <li key={`${q.register}/${q.recordId}`} className="conflict-item" data-testid="server-quarantine-item">
              <p>
                <strong>{q.reason}</strong>
              </p>
              <p className="muted">
                {q.registerLabel} · 기록 {q.recordId} · 팀 {q.team || '-'} · {formatDateTime(new Date(q.foundAt).toISOString())} 격리
              </p>
              <button type="button" className="button small" onClick={() => void clear(q.recordId)}>
                서버에서 지우기
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
