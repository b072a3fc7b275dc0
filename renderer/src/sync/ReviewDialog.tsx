/**
 * 확인할 항목: what putting several PCs' work together produced that a person must look at —
 * the same record typed on two PCs (merge them with one click, keeping the one you choose), and
 * links to a record deleted elsewhere or not held on this PC (unlink, or leave it for later).
 * Nothing here ever stops sync or an edit; the list is computed from the registers when opened.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ReviewItem } from '../../../shared/domain/review.ts';
import { api, errorMessage } from '../api/client.ts';
import { notifyChanged } from '../app/dataBus.ts';
import { useToast } from '../app/toast.tsx';
import { Dialog } from '../common/Dialog.tsx';
import { formatDateTime } from '../common/format.ts';
import { refreshReviewCount } from './reviewStore.ts';
import { forgetUndo, pushUndo } from '../common/undoStack.ts';

export function ReviewDialog({ onClose }: { onClose: () => void }) {
  const toast = useToast();
  const [items, setItems] = useState<ReviewItem[] | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    try {
      setItems(await api.invoke('review.list', {}));
    } catch (e) {
      setError(errorMessage(e));
    }
  }, []);
  useEffect(() => void load(), [load]);

  const act = async (item: ReviewItem, run: () => Promise<{ batchId?: string }>, done: string) => {
    setBusy(true);
    setError('');
    try {
      const r = await run();
      if (r.batchId) pushUndo({ batchId: r.batchId, label: done.split('.')[0] ?? done }); // Ctrl+Z undoes it too
      notifyChanged([item.register, 'releases', 'clippings'], 'app');
      toast.show({
        kind: 'success',
        message: done,
        ...(r.batchId ? { action: { label: '실행 취소', run: async () => { await api.invoke('history.undo', { batchId: r.batchId! }); forgetUndo(r.batchId!); notifyChanged(['clippings', 'releases'], 'app'); await Promise.all([load(), refreshReviewCount()]); } } } : {}),
      });
      await Promise.all([load(), refreshReviewCount()]);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const merge = (item: ReviewItem, keepId: string) =>
    act(item, () => api.invoke('review.mergeTwins', { register: item.register, keepId, ids: item.records.map((r) => r.id) }), `${item.records.length}건을 하나로 합쳤습니다. 다음 동기화 때 다른 PC에도 반영됩니다.`);
  const unlink = (item: ReviewItem) =>
    act(item, async () => (await api.invoke('clippings.update', { id: item.records[0]!.id, patch: { releaseId: '' } })) as { batchId?: string }, '보도자료 연결을 끊었습니다.');

  return (
    <Dialog title="확인할 항목" onClose={onClose} testId="review-dialog" wide footer={<button type="button" className="button" onClick={onClose}>닫기</button>}>
      <p className="muted">여러 PC의 자료를 합치다 생긴, 사람이 확인해야 할 기록입니다. 동기화와 수정은 그대로 됩니다.</p>
      {error && <div className="form-error" role="alert">{error}</div>}
      {items === null ? (
        <p className="muted">불러오는 중…</p>
      ) : items.length === 0 ? (
        <p data-testid="review-empty">확인할 항목이 없습니다.</p>
      ) : (
        <ul className="conflict-list">
          {items.map((item) => (
            <li key={item.key} className="conflict-item" data-testid="review-item" data-kind={item.kind}>
              <h3>{reviewTitle(item)}</h3>
              <p>{item.message}</p>
              <ul className="review-records">
                {item.records.map((r) => (
                  <li key={r.id} data-testid="review-record">
                    <span className="review-label">{r.label}</span>{' '}
                    <span className="muted">
                      · {r.createdBy} · {formatDateTime(r.createdAt)} 입력
                    </span>
                    {r.differs && (
                      <span className="review-differs" data-testid="review-differs">
                        {r.differs}
                      </span>
                    )}
                    {item.kind === 'twins' && (
                      <button type="button" className="button small" disabled={busy} data-testid="review-keep" onClick={() => void merge(item, r.id)}>
                        이 기록을 남기고 합치기
                      </button>
                    )}
                  </li>
                ))}
              </ul>
              {item.kind === 'dangling-link' && item.register === 'clippings' && (
                <div className="conflict-actions">
                  <button type="button" className="button" disabled={busy} data-testid="review-unlink" onClick={() => void unlink(item)}>
                    보도자료 연결 끊기
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}

/** The item's heading: what kind of problem, in the clerk's words. */
function reviewTitle(item: ReviewItem): string {
  if (item.kind === 'twins') return `같은 ${item.registerLabel} ${item.records.length}건`;
  if (item.kind === 'rule') return `${item.registerLabel} 규칙: ${item.ruleMessage ?? ''}`;
  return `${item.registerLabel}의 ${item.field ?? ''} 연결`;
}
