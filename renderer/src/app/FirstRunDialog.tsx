/** First run with an empty database: offer demo data so the clerk can look around. */
import { useState } from 'react';
import { api, errorMessage } from '../api/client.ts';
import { Dialog } from '../common/Dialog.tsx';
import { num } from '../common/format.ts';
import { notifyChanged } from './dataBus.ts';
import { useToast } from './toast.tsx';

export const FIRST_RUN_KEY = 'gudesk.firstRunDone';

export function FirstRunDialog({ onClose }: { onClose: () => void }) {
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const done = () => {
    localStorage.setItem(FIRST_RUN_KEY, '1');
    onClose();
  };
  const seed = async () => {
    setBusy(true);
    setError('');
    try {
      const res = await api.invoke('app.seedDemo', {});
      notifyChanged(['clippings', 'releases'], 'app');
      toast.show({ kind: 'success', message: `예시 데이터를 넣었습니다 (언론보도 ${num(res.clippings)}건, 보도자료 ${num(res.releases)}건).` });
      done();
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };
  return (
    <Dialog
      title="구데스크를 시작합니다"
      onClose={done}
      testId="first-run-dialog"
      footer={
        <>
          <button type="button" className="button" data-testid="start-empty" disabled={busy} onClick={done}>
            빈 상태로 시작
          </button>
          <button type="button" className="button primary" data-testid="seed-demo" disabled={busy} onClick={() => void seed()}>
            {busy ? '예시 데이터를 넣는 중…' : '예시 데이터 넣기'}
          </button>
        </>
      }
    >
      <p>아직 등록된 언론보도와 보도자료가 없습니다.</p>
      <p className="muted">
        예시 데이터를 넣으면 가상의 언론보도와 보도자료로 검색, 일괄 수정, 가져오기·내보내기를 미리 써 볼 수 있습니다. 예시 데이터는 언제든지 지울 수
        있습니다.
      </p>
      {error && (
        <div className="form-error" role="alert">
          {error}
        </div>
      )}
    </Dialog>
  );
}
