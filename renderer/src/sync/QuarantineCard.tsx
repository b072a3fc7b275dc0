/**
 * 설정 › 격리된 기록: records this PC received by sync but did not apply because they break
 * their register's rules (a faulty or hostile client, a server holding old bad data). Everyone
 * sees the list and its reasons; only an admin's PC may clear it (the core refuses others), and an
 * admin also sees and clears what the central server set aside.
 */
import { useCallback, useEffect, useState } from 'react';
import type { QuarantinedSyncRecord } from '../../../shared/domain/sync.ts';
import { api, errorMessage } from '../api/client.ts';
import { useToast } from '../app/toast.tsx';
import { formatDateTime } from '../common/format.ts';
import { ServerQuarantineList } from './ServerQuarantineList.tsx';
import { refreshSyncStatus, useSyncStatus } from './syncStore.ts';

export function QuarantineCard() {
  const status = useSyncStatus();
  const toast = useToast();
  const [items, setItems] = useState<QuarantinedSyncRecord[]>([]);
  const [error, setError] = useState('');
  const count = status?.quarantined ?? 0;

  const load = useCallback(async () => {
    try {
      setItems(await api.invoke('sync.quarantine', {}));
    } catch (e) {
      setError(errorMessage(e));
    }
  }, []);
  useEffect(() => void load(), [load, count]);

  const admin = status?.role === 'admin' && status.loggedIn;
  if (items.length === 0 && !admin) return null;
  const clear = async (id?: number) => {
    try {
      const r = await api.invoke('sync.clearQuarantine', id === undefined ? {} : { id });
      toast.show({ kind: 'success', message: `격리된 기록 ${r.count}건을 지웠습니다.` });
      await Promise.all([load(), refreshSyncStatus()]);
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <section className="card" data-testid="quarantine-card">
      <h2>격리된 기록{items.length > 0 ? ` (이 PC ${items.length}건)` : ''}</h2>
      <p className="muted">
        동기화로 받았지만 대장의 규칙에 맞지 않아 적용하지 않고 따로 둔 기록입니다. 다른 자료와 동기화는 그대로 됩니다.
        {admin ? ' 원인을 확인한 뒤 지우세요.' : ' 관리자 계정으로 로그인한 PC에서 지울 수 있습니다.'}
      </p>
      {error && <div className="form-error" role="alert">{error}</div>}
      {items.length === 0 && <p className="muted">이 PC에 격리된 기록이 없습니다.</p>}
      <ul className="conflict-list">
        {items.map((q) => (
          <li key={q.id} className="conflict-item" data-testid="quarantine-item">
            <p>
              <strong>{q.reason}</strong>
            </p>
            <p className="muted">
              대장 {q.register} · 기록 {q.recordId} · 받은 시각 {formatDateTime(q.receivedAt)}
            </p>
            <details>
              <summary>받은 내용 보기</summary>
              <pre className="conflict-text">{q.preview}</pre>
            </details>
            {admin && (
              <button type="button" className="button small" data-testid="quarantine-clear" onClick={() => void clear(q.id)}>
                지우기
              </button>
            )}
          </li>
        ))}
      </ul>
      {admin && items.length > 1 && (
        <button type="button" className="button" onClick={() => void clear()}>
          모두 지우기
        </button>
      )}
      {admin && <ServerQuarantineList />}
    </section>
  );
}
