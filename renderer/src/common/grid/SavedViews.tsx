/** Pick, save and delete named grid views (columns + sort + filters), stored by views.*. */
import { useCallback, useEffect, useState } from 'react';
import type { GridApi } from 'ag-grid-community';
import type { SavedView } from '../../../../shared/api/contract.ts';
import { api as client } from '../../api/client.ts';
import { useToast } from '../../app/toast.tsx';
import { Dialog } from '../Dialog.tsx';
import { askConfirm } from '../ask.tsx';
import { errorMessage } from '../../api/client.ts';
import { applyView, captureView, resetView } from './viewState.ts';
import { useRememberedLayout } from '../layout/useRememberedLayout.ts';

interface Props {
  grid: string;
  api: GridApi | null;
}

export function SavedViews({ grid, api }: Props) {
  const toast = useToast();
  const [views, setViews] = useState<SavedView[]>([]);
  // The chosen view is remembered with the clerk's layout (its columns come back with the grid's).
  const [current, setCurrent] = useRememberedLayout<string>(`view:${grid}`, '', (v): v is string => typeof v === 'string', 0);
  const [naming, setNaming] = useState(false);

  const load = useCallback(async () => {
    try {
      setViews(await client.invoke('views.list', { grid }));
    } catch (e) {
      toast.error(e);
    }
  }, [grid, toast]);
  useEffect(() => void load(), [load]);

  const choose = (id: string) => {
    setCurrent(id);
    if (!api) return;
    if (id === '') return resetView(api);
    const view = views.find((v) => v.id === id);
    if (view && !applyView(api, view.state)) toast.show({ kind: 'error', message: '저장된 보기를 적용할 수 없습니다.' });
  };

  const remove = async () => {
    const view = views.find((v) => v.id === current);
    if (!view || !(await askConfirm({ title: '보기 삭제', message: `'${view.name}' 보기를 삭제할까요?`, confirmLabel: '삭제', danger: true }))) return;
    try {
      await client.invoke('views.delete', { id: view.id });
      setCurrent('');
      await load();
      toast.show({ kind: 'success', message: `'${view.name}' 보기를 삭제했습니다.` });
    } catch (e) {
      toast.error(e);
    }
  };

  return (
    <div className="saved-views">
      <label className="inline-label" htmlFor={`views-${grid}`}>
        보기
      </label>
      <select id={`views-${grid}`} data-testid="view-select" value={views.some((v) => v.id === current) ? current : ''} onChange={(e) => choose(e.target.value)}>
        <option value="">기본 보기</option>
        {views.map((v) => (
          <option key={v.id} value={v.id}>
            {v.name}
          </option>
        ))}
      </select>
      <button type="button" className="button" data-testid="view-save" disabled={!api} onClick={() => setNaming(true)}>
        보기 저장…
      </button>
      <button type="button" className="button" data-testid="view-delete" disabled={current === ''} onClick={() => void remove()}>
        보기 삭제
      </button>
      {naming && api && (
        <SaveViewDialog
          initialName={views.find((v) => v.id === current)?.name ?? ''}
          onClose={() => setNaming(false)}
          onSave={async (name) => {
            const saved = await client.invoke('views.save', { grid, name, state: captureView(api) });
            await load();
            setCurrent(saved.id);
            setNaming(false);
            toast.show({ kind: 'success', message: `'${saved.name}' 보기를 저장했습니다.` });
          }}
        />
      )}
    </div>
  );
}

function SaveViewDialog({ initialName, onClose, onSave }: { initialName: string; onClose: () => void; onSave: (name: string) => Promise<void> }) {
  const [name, setName] = useState(initialName);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    if (name.trim() === '') return setError('보기 이름을 입력하세요.');
    setBusy(true);
    try {
      await onSave(name.trim());
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };
  return (
    <Dialog
      title="보기 저장"
      onClose={onClose}
      testId="view-save-dialog"
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            취소
          </button>
          <button type="button" className="button primary" data-testid="view-save-confirm" disabled={busy} onClick={() => void submit()}>
            저장
          </button>
        </>
      }
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <p className="muted">현재 열 배치·정렬·필터를 이름을 붙여 저장합니다.</p>
        <input className="wide-input" data-testid="view-name" data-autofocus value={name} maxLength={50} placeholder="예: 부정 기사만" onChange={(e) => setName(e.target.value)} />
        {error && (
          <div className="field-error" role="alert">
            {error}
          </div>
        )}
      </form>
    </Dialog>
  );
}
