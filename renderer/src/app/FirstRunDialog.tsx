/**
 * First run with an empty database: ask the clerk's name (what history records while this PC is
 * not logged in to the sync server; the OS user is often 'root' or '사용자'), then offer demo data
 * so the clerk can look around. Demo data can be removed at 설정 › 예시 데이터 and never syncs.
 */
import { useState } from 'react';
import { useSyncStatus } from '../sync/syncStore.ts';
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
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState('');
  // Signed in, history names the account: no name to ask.
  const askName = !useSyncStatus()?.loggedIn;
  const done = () => {
    localStorage.setItem(FIRST_RUN_KEY, '1');
    onClose();
  };
  /** Saves the name first; false (cursor in the field) when it is missing or refused. */
  const saveName = async (): Promise<boolean> => {
    if (!askName) return true;
    if (name.trim() === '') {
      setNameError('이름을 입력하세요. 변경 이력에 누가 고쳤는지 이 이름으로 남습니다.');
      document.getElementById('first-run-name')?.focus();
      return false;
    }
    try {
      await api.invoke('settings.set', { key: 'actorName', value: name });
      return true;
    } catch (e) {
      setNameError(errorMessage(e));
      return false;
    }
  };
  const start = async () => {
    if (await saveName()) done();
  };
  const seed = async () => {
    setBusy(true);
    setError('');
    try {
      if (!(await saveName())) return setBusy(false);
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
      onClose={() => void start()}
      testId="first-run-dialog"
      footer={
        <>
          <button type="button" className="button" data-testid="start-empty" disabled={busy} onClick={() => void start()}>
            빈 상태로 시작
          </button>
          <button type="button" className="button primary" data-testid="seed-demo" disabled={busy} onClick={() => void seed()}>
            {busy ? '예시 데이터를 넣는 중…' : '예시 데이터 넣기'}
          </button>
        </>
      }
    >
      {askName && (
        <div className="first-run-name">
          <label className="form-label" htmlFor="first-run-name">
            사용자 이름 <span aria-hidden>*</span>
          </label>
          <input
            id="first-run-name"
            data-testid="first-run-name"
            value={name}
            maxLength={500}
            placeholder="예: 홍보팀 홍길동"
            data-autofocus
            required
            aria-invalid={!!nameError}
            onChange={(e) => {
              setName(e.target.value);
              setNameError('');
            }}
          />
          {nameError ? (
            <div className="field-error" role="alert" data-testid="first-run-name-error">
              {nameError}
            </div>
          ) : (
            <div className="field-hint">변경 이력에 기록되는 이름입니다. 설정 › 사용자에서 바꿀 수 있습니다.</div>
          )}
        </div>
      )}
      <p>아직 등록된 언론보도와 보도자료가 없습니다.</p>
      <p className="muted">
        예시 데이터를 넣으면 가상의 언론보도와 보도자료로 검색, 일괄 수정, 가져오기·내보내기를 미리 써 볼 수 있습니다. 예시 데이터는 이 PC에만 있고
        서버로 보내지 않으며, 설정 › 예시 데이터에서 언제든지 한 번에 지울 수 있습니다.
      </p>
      {error && (
        <div className="form-error" role="alert">
          {error}
        </div>
      )}
    </Dialog>
  );
}
