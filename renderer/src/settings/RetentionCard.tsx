/**
 * 설정 › 개인정보 보유 기간: each personal register's retention in years (1–10, default 3 after the
 * last class), and how many records are past it now. Admins change it (the core checks the same);
 * 파기 itself is done from the register's tab ('파기 대상…'), where the list is shown masked.
 */
import { useEffect, useState } from 'react';
import type { DestroyPlan } from '../../../shared/personal/destroy.ts';
import { api, errorMessage } from '../api/client.ts';
import { useToast } from '../app/toast.tsx';
import { useSyncStatus } from '../sync/syncStore.ts';

export function RetentionCard({ active }: { active: boolean }) {
  const toast = useToast();
  const status = useSyncStatus();
  const admin = !status?.loggedIn || status.role === 'admin';
  const [plan, setPlan] = useState<DestroyPlan | undefined>();
  const [years, setYears] = useState<Record<string, string>>({});
  const [error, setError] = useState('');
  const [busy, setBusy] = useState('');

  const show = (p: DestroyPlan) => {
    setPlan(p);
    setYears(Object.fromEntries(p.registers.map((r) => [r.register, String(r.years)])));
  };
  useEffect(() => {
    if (active) api.invoke('personal.destroyPlan', {}).then(show, (e: unknown) => setError(errorMessage(e)));
  }, [active]);

  const save = async (register: string, label: string) => {
    setBusy(register);
    setError('');
    try {
      show(await api.invoke('personal.setRetention', { register, years: Number(years[register]) }));
      toast.show({ kind: 'success', message: `${label}의 보유 기간을 ${years[register]}년으로 정했습니다.` });
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy('');
    }
  };

  return (
    <section className="card" data-testid="retention-card">
      <h2>개인정보 보유 기간</h2>
      <p className="muted">마지막 수업이 끝난 날부터 정한 햇수가 지나면 파기 대상입니다. 파기는 각 대장 탭의 ‘파기 대상…’에서 사유를 적고 합니다.</p>
      {!plan && !error && <p className="muted">불러오는 중…</p>}
      {plan?.registers.map((r) => (
        <form
          key={r.register}
          className="setting-row"
          onSubmit={(e) => {
            e.preventDefault();
            void save(r.register, r.label);
          }}
        >
          <label htmlFor={`retention-${r.register}`}>{r.label}</label>
          <input
            id={`retention-${r.register}`}
            data-testid={`retention-${r.register}`}
            type="number"
            min={1}
            max={10}
            value={years[r.register] ?? ''}
            disabled={!admin}
            onChange={(e) => setYears((y) => ({ ...y, [r.register]: e.target.value }))}
            style={{ width: '5em' }}
          />
          <span>년</span>
          {admin && (
            <button type="submit" className="button small" disabled={busy !== '' || years[r.register] === String(r.years)}>
              저장
            </button>
          )}
          <span className="muted" data-testid={`retention-due-${r.register}`}>
            지금 파기 대상 {r.count}명
          </span>
        </form>
      ))}
      {!admin && <p className="muted">보유 기간은 관리자 계정만 바꿀 수 있습니다.</p>}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
