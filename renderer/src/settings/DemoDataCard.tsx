/**
 * 설정 › 예시 데이터: how many demo records this PC holds (they never go to the sync server), and
 * one button that removes them all after the app's own confirmation. The removal is one batch:
 * the toast's 실행 취소 brings everything back. The clerk's own clippings stay; a link from one
 * of them to a demo 보도자료 is cleared, and the confirmation says so before anything happens.
 */
import { useCallback, useEffect, useState } from 'react';
import type { DemoSummary } from '../../../shared/domain/demo.ts';
import { api, errorMessage } from '../api/client.ts';
import { notifyChanged, subscribeChanges } from '../app/dataBus.ts';
import { useToast } from '../app/toast.tsx';
import { Dialog } from '../common/Dialog.tsx';
import { num } from '../common/format.ts';

export const DEMO_CARD_ID = 'settings-demo-data';

export function DemoDataCard({ active }: { active: boolean }) {
  const toast = useToast();
  const [summary, setSummary] = useState<DemoSummary | null>(null);
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  const load = useCallback(() => {
    api.invoke('demo.summary', {}).then(setSummary, (e: unknown) => setError(errorMessage(e)));
  }, []);
  useEffect(() => {
    if (active) load();
  }, [active, load]);
  useEffect(() => subscribeChanges(() => load()), [load]);

  const undo = async (batchId: string) => {
    try {
      const res = await api.invoke('history.undo', { batchId });
      notifyChanged(['clippings', 'releases'], 'settings');
      toast.show({ kind: 'success', message: `예시 데이터를 되살렸습니다 (${num(res.count)}건).` });
    } catch (e) {
      toast.error(e);
    }
  };

  const remove = async () => {
    setBusy(true);
    setError('');
    try {
      const res = await api.invoke('demo.remove', {});
      setAsking(false);
      notifyChanged(['clippings', 'releases'], 'settings');
      const unlinked = res.unlinked > 0 ? ` 직접 입력한 언론보도 ${num(res.unlinked)}건은 보도자료 연결만 비웠습니다.` : '';
      toast.show({
        kind: 'success',
        message: `예시 데이터를 지웠습니다 (언론보도 ${num(res.clippings)}건, 보도자료 ${num(res.releases)}건).${unlinked}`,
        action: { label: '실행 취소', run: () => undo(res.batchId) },
      });
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const total = summary ? summary.clippings + summary.releases : 0;
  return (
    <section className="card demo-data-text" id={DEMO_CARD_ID} data-testid="demo-data-card">
      <h2>예시 데이터</h2>
      {!summary ? (
        <p className="muted">불러오는 중…</p>
      ) : total === 0 ? (
        <p className="muted" data-testid="demo-data-none">이 PC에는 예시 데이터가 없습니다. 대장에는 직접 입력하거나 가져온 기록만 있습니다.</p>
      ) : (
        <>
          <p data-testid="demo-data-count">
            처음 시작할 때 넣은 예시 데이터가 있습니다: 언론보도 {num(summary.clippings)}건, 보도자료 {num(summary.releases)}건.
          </p>
          <p className="muted">예시 데이터는 이 PC에만 있고 중앙 서버로 보내지 않습니다. 고친 예시 기록도 마찬가지입니다.</p>
          <div>
            <button type="button" className="button danger" data-testid="demo-remove" disabled={busy} onClick={() => setAsking(true)}>
              예시 데이터 모두 지우기
            </button>
          </div>
        </>
      )}
      {error && (
        <div className="form-error" role="alert">
          {error}
        </div>
      )}
      {asking && summary && (
        <Dialog
          title="예시 데이터를 모두 지울까요?"
          onClose={() => setAsking(false)}
          testId="demo-remove-dialog"
          footer={
            <>
              <button type="button" className="button" disabled={busy} onClick={() => setAsking(false)}>
                취소
              </button>
              <button type="button" className="button danger" data-testid="demo-remove-confirm" disabled={busy} onClick={() => void remove()}>
                {busy ? '지우는 중…' : '모두 지우기'}
              </button>
            </>
          }
        >
          <div className="demo-data-text">
            <p>
              예시 언론보도 {num(summary.clippings)}건과 예시 보도자료 {num(summary.releases)}건을 지웁니다. 직접 입력하거나 가져온 기록은 그대로 남습니다.
            </p>
            {summary.linkedByClerk > 0 && (
              <p data-testid="demo-remove-links">
                직접 입력한 언론보도 {num(summary.linkedByClerk)}건이 예시 보도자료에 연결되어 있습니다. 이 기록은 남고, 보도자료 칸만 비워집니다.
              </p>
            )}
            <p className="muted">지운 뒤 알림의 ‘실행 취소’를 누르면 모두 되돌립니다.</p>
          </div>
        </Dialog>
      )}
    </section>
  );
}
