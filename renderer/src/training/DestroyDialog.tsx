/**
 * 수강생 and 강사 tabs › '파기 대상…' (admins): who is past the retention (masked), the reason, and '파기'
 * after a confirmation. The core does the work and the checks (personal.destroyPlan/destroy);
 * this only shows the plan and asks. Hidden on a PC signed in with a non-admin account.
 */
import { useEffect, useState } from 'react';
import type { DestroyPlan } from '../../../shared/personal/destroy.ts';
import { api, errorMessage } from '../api/client.ts';
import { useToast } from '../app/toast.tsx';
import { ChoiceDialog } from '../common/ChoiceDialog.tsx';
import { Dialog } from '../common/Dialog.tsx';
import { useSyncStatus } from '../sync/syncStore.ts';
import { registerDefinition } from '../../../shared/domain/registers.ts';
import type { RegisterName } from '../../../shared/domain/register.ts';
import { formatKoreanDate } from '../../../shared/text/korean-date.ts';
import { objectParticle } from '../../../shared/text/particle.ts';

/** The button beside the tabs; `onDestroyed` refreshes the grid. */
export function DestroyButton({ register, onDestroyed }: { register: RegisterName; onDestroyed: () => void }) {
  const status = useSyncStatus();
  const [open, setOpen] = useState(false);
  // A PC that never signed in has one clerk, its admin (the core decides the same way).
  const admin = !status?.loggedIn || status.role === 'admin';
  if (!admin) return null;
  return (
    <>
      <button type="button" className="button small" data-testid="destroy-open" onClick={() => setOpen(true)}>
        파기 대상…
      </button>
      {open && <DestroyDialog register={register} onClose={() => setOpen(false)} onDestroyed={onDestroyed} />}
    </>
  );
}

function DestroyDialog({ register, onClose, onDestroyed }: { register: RegisterName; onClose: () => void; onDestroyed: () => void }) {
  const spec = registerDefinition(register);
  const who = spec.label;
  // What 파기 erases: the definition's personal fields, by their Korean names.
  const erased = spec.fields.filter((f) => f.personal).map((f) => f.label).join('·');
  const toast = useToast();
  const [plan, setPlan] = useState<DestroyPlan | undefined>();
  const [reason, setReason] = useState('보유 기간 경과');
  const [error, setError] = useState('');
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    api.invoke('personal.destroyPlan', { register }).then(setPlan, (e: unknown) => setError(errorMessage(e)));
  }, [register]);
  const due = plan?.registers[0];
  const count = due?.count ?? 0;

  const destroy = async () => {
    setAsking(false);
    setBusy(true);
    try {
      const r = await api.invoke('personal.destroy', { register, due: true, reason: reason.trim() });
      toast.show({ kind: 'success', message: `${who} ${r.count}명의 개인정보를 파기했습니다. 접속기록에 남았습니다.` });
      onDestroyed();
      onClose();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      title="개인정보 파기 대상"
      onClose={onClose}
      testId="destroy-dialog"
      wide
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            닫기
          </button>
          <button type="button" className="button danger" data-testid="destroy-go" disabled={busy || count === 0 || reason.trim().length < 2} onClick={() => setAsking(true)}>
            {busy ? '파기하는 중…' : `${count}명 파기`}
          </button>
        </>
      }
    >
      {!plan && !error && <p className="muted">불러오는 중…</p>}
      {due && (
        <p data-testid="destroy-summary">
          보유 기간 {due.years}년(마지막 수업 종료일 기준)이 지난 {who} <strong>{count}명</strong> ({formatKoreanDate(plan!.today)} 기준). {erased}
          {objectParticle(erased)} 지우고 변경
          이력의 옛 값도 지웁니다. 수업 기록과 통계의 인원은 남습니다.
        </p>
      )}
      {count > 0 && (
        <table className="data-table" data-testid="destroy-rows">
          <thead>
            <tr>
              <th>이름</th>
              <th>마지막 수업</th>
              <th>파기 예정일</th>
              <th>휴지통</th>
            </tr>
          </thead>
          <tbody>
            {due!.rows.map((r) => (
              <tr key={r.id}>
                <td>{r.name}</td>
                <td>{formatKoreanDate(r.lastActivity)}</td>
                <td>{formatKoreanDate(r.dueOn)}</td>
                <td>{r.deleted ? '예' : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="field">
        <label htmlFor="destroy-reason">파기 사유</label>
        <input id="destroy-reason" data-testid="destroy-reason" value={reason} maxLength={200} onChange={(e) => setReason(e.target.value)} />
        <div className="field-hint">사유와 건수는 접속기록에 남습니다(이름은 남지 않음). 파기는 되돌릴 수 없습니다.</div>
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {asking && (
        <ChoiceDialog
          title="개인정보 파기"
          message={`${who} ${count}명의 개인정보를 파기합니다.\n모든 PC와 서버에서 지워지며 되돌릴 수 없습니다.`}
          choices={[
            { value: 'cancel', label: '취소' },
            { value: 'destroy', label: '파기', kind: 'danger' },
          ]}
          cancelValue="cancel"
          defaultValue="cancel"
          testId="destroy-confirm"
          onAnswer={(v) => (v === 'destroy' ? void destroy() : setAsking(false))}
        />
      )}
    </Dialog>
  );
}
