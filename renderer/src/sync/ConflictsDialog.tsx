/**
 * 충돌 확인: records where two PCs rewrote the same long text (요약, 본문) while apart. The later
 * text is in the record; the other one was kept so nobody's writing is lost. The clerk keeps one,
 * takes the other, or writes a merged text; the choice travels to every PC with the next sync.
 */
import { useCallback, useEffect, useState } from 'react';
import type { RegisterName } from '../../../shared/domain/register.ts';
import type { SyncConflict } from '../../../shared/domain/sync.ts';
import { api, errorMessage } from '../api/client.ts';
import { notifyChanged } from '../app/dataBus.ts';
import { useToast } from '../app/toast.tsx';
import { Dialog } from '../common/Dialog.tsx';
import { refreshSyncStatus } from './syncStore.ts';

type Keep = 'current' | 'other' | 'text';
const keyOf = (c: SyncConflict) => `${c.register}/${c.recordId}/${c.field}`;

export function ConflictsDialog({ onClose }: { onClose: () => void }) {
  const toast = useToast();
  const [items, setItems] = useState<SyncConflict[] | null>(null);
  const [error, setError] = useState('');

  const load = useCallback(async () => {
    try {
      setItems(await api.invoke('sync.conflicts', {}));
    } catch (e) {
      setError(errorMessage(e));
    }
  }, []);
  useEffect(() => void load(), [load]);

  const resolve = async (c: SyncConflict, keep: Keep, text?: string) => {
    try {
      await api.invoke('sync.resolve', { register: c.register, recordId: c.recordId, field: c.field, keep, ...(text === undefined ? {} : { text }) });
      toast.show({ kind: 'success', message: `${c.recordTitle}의 ${c.fieldLabel} 충돌을 해결했습니다. 다음 동기화 때 다른 PC에도 반영됩니다.` });
      notifyChanged([c.register as RegisterName], 'app');
      await Promise.all([load(), refreshSyncStatus()]);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <Dialog title="충돌 확인" onClose={onClose} testId="conflicts-dialog" wide footer={<button type="button" className="button" onClick={onClose}>닫기</button>}>
      <p className="muted">
        두 PC에서 같은 글을 따로 고쳐 쓴 기록입니다. 나중에 저장된 글이 지금 내용이고, 다른 글도 지우지 않고 보관했습니다. 남길 글을 고르거나 두 글을 합쳐 쓰세요.
      </p>
      {error && <div className="form-error" role="alert">{error}</div>}
      {items === null ? (
        <p className="muted">불러오는 중…</p>
      ) : items.length === 0 ? (
        <p data-testid="conflicts-empty">확인할 충돌이 없습니다.</p>
      ) : (
        <ul className="conflict-list">
          {items.map((c) => (
            <ConflictItem key={keyOf(c)} conflict={c} onResolve={(keep, text) => resolve(c, keep, text)} />
          ))}
        </ul>
      )}
    </Dialog>
  );
}

function ConflictItem({ conflict: c, onResolve }: { conflict: SyncConflict; onResolve: (keep: Keep, text?: string) => Promise<void> }) {
  const [merging, setMerging] = useState(false);
  const [text, setText] = useState(() => [c.current, c.other, ...c.earlier].join('\n\n'));
  const [busy, setBusy] = useState(false);
  const act = async (keep: Keep, t?: string) => {
    setBusy(true);
    try {
      await onResolve(keep, t);
    } finally {
      setBusy(false);
    }
  };
  return (
    <li className="conflict-item" data-testid="conflict-item">
      <h3>
        {c.registerLabel} {c.recordTitle} · {c.fieldLabel}
      </h3>
      <div className="conflict-texts">
        <section>
          <h4>지금 내용 (나중에 저장된 글)</h4>
          <p className="conflict-text" data-testid="conflict-current">{c.current || '(없음)'}</p>
        </section>
        <section>
          <h4>다른 PC의 글 (보관된 글)</h4>
          <p className="conflict-text" data-testid="conflict-other">{c.other || '(없음)'}</p>
        </section>
        {c.earlier.map((t, i) => (
          <section key={i}>
            <h4>그 전에 다른 PC에서 쓴 글 (보관된 글)</h4>
            <p className="conflict-text" data-testid="conflict-earlier">{t || '(없음)'}</p>
          </section>
        ))}
      </div>
      {merging ? (
        <div className="conflict-merge">
          <label className="form-label" htmlFor={`merge-${c.recordId}-${c.field}`}>
            남길 {c.fieldLabel}
          </label>
          <textarea id={`merge-${c.recordId}-${c.field}`} data-testid="conflict-merge-text" rows={6} maxLength={20_000} value={text} onChange={(e) => setText(e.target.value)} />
          <div className="conflict-actions">
            <button type="button" className="button primary" disabled={busy} data-testid="conflict-save-merged" onClick={() => void act('text', text)}>
              이 내용으로 저장
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => setMerging(false)}>
              취소
            </button>
          </div>
        </div>
      ) : (
        <div className="conflict-actions">
          <button type="button" className="button primary" disabled={busy} data-testid="conflict-keep-current" onClick={() => void act('current')}>
            지금 내용 유지
          </button>
          <button type="button" className="button" disabled={busy} data-testid="conflict-keep-other" onClick={() => void act('other')}>
            다른 PC의 글로 바꾸기
          </button>
          <button type="button" className="button" disabled={busy} data-testid="conflict-merge" onClick={() => setMerging(true)}>
            합쳐서 쓰기
          </button>
        </div>
      )}
    </li>
  );
}
