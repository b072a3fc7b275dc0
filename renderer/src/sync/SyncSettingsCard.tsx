/**
 * 설정 › 중앙 서버 동기화: log this PC in to the department's GuDesk server (address, 아이디,
 * 비밀번호 as the administrator gave them), see who is logged in and when the last sync ran,
 * sync now, and log out. The password is sent once and never stored: the PC keeps a device token.
 */
import { useEffect, useState } from 'react';
import { roleLabel, syncReportText } from '../../../shared/domain/sync.ts';
import { api, errorMessage } from '../api/client.ts';
import { DemoNotSentNote, loginFieldErrors, LoginFieldError, validLogin, type LoginField, type LoginFieldErrors } from './loginForm.tsx';
import { useToast } from '../app/toast.tsx';
import { formatDateTime, num } from '../common/format.ts';
import { askConfirm } from '../common/ask.tsx';
import { ConflictsDialog } from './ConflictsDialog.tsx';
import { setSyncStatus, syncNow, useSyncStatus } from './syncStore.ts';

const FIELD_IDS: Record<LoginField, string> = { serverUrl: 'sync-server', login: 'sync-user', password: 'sync-password' };
const describedBy = (field: LoginField) => `sync-error-${field}`;

export function SyncSettingsCard() {
  const status = useSyncStatus();
  const toast = useToast();
  const [serverUrl, setServerUrl] = useState('');
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [showConflicts, setShowConflicts] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<LoginFieldErrors>({});
  // The first field in error takes the cursor, as in every form of GuDesk.
  useEffect(() => {
    const first = (['serverUrl', 'login', 'password'] as const).find((f) => fieldErrors[f]);
    if (first) document.getElementById(FIELD_IDS[first])?.focus();
  }, [fieldErrors]);

  const act = async (fn: () => Promise<void>) => {
    setBusy(true);
    setError('');
    try {
      await fn();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const doLogin = async () => {
    setFieldErrors({});
    setError('');
    const checked = validLogin({ serverUrl, login, password });
    if (!checked.ok) return setFieldErrors(checked.errors);
    // The completed address (https:// added) is what the clerk sees in the field from now on.
    setServerUrl(checked.value.serverUrl);
    setBusy(true);
    try {
      const s = await api.invoke('sync.login', checked.value);
      setPassword('');
      setSyncStatus(s);
      toast.show({ kind: 'success', message: `${s.userName ?? login}(${s.team ?? ''}) 계정으로 로그인했습니다. 이제 자동으로 동기화합니다.` });
    } catch (e) {
      const byField = loginFieldErrors(e);
      if (byField) setFieldErrors(byField);
      else setError(errorMessage(e));
      return;
    } finally {
      setBusy(false);
    }
    // Logged in: a failure of the first sync is the status's, shown below the account.
    await act(async () => {
      const r = await syncNow();
      toast.show({ kind: 'success', message: `첫 동기화를 마쳤습니다: ${syncReportText(r)}.` });
    });
  };
  const doLogout = () =>
    act(async () => {
      const pending = status?.pending ?? 0;
      const ask = pending > 0 ? `아직 보내지 않은 변경 ${num(pending)}건이 있습니다. 이 PC에 그대로 남고, 다시 로그인하면 보냅니다.\n로그아웃할까요?` : '로그아웃하면 자동 동기화를 멈춥니다. 로그아웃할까요?';
      if (!(await askConfirm({ title: '로그아웃', message: ask, confirmLabel: '로그아웃' }))) return;
      setSyncStatus(await api.invoke('sync.logout', {}));
    });
  const doSync = () =>
    act(async () => {
      const r = await syncNow();
      toast.show({ kind: 'success', message: `동기화했습니다: ${syncReportText(r)}.` });
    });

  return (
    <section className="card" data-testid="sync-settings">
      <h2>중앙 서버 동기화</h2>
      {status?.loggedIn ? (
        <>
          <dl className="summary-grid" data-testid="sync-account">
            <dt>서버</dt>
            <dd className="path">{status.serverUrl}</dd>
            <dt>사용자</dt>
            <dd>
              {status.userName} ({status.login}) · {status.team} · {roleLabel(status.role)}
            </dd>
            <dt>마지막 동기화</dt>
            <dd data-testid="sync-last">{status.lastSyncAt ? formatDateTime(status.lastSyncAt) : '아직 안 함'}</dd>
            <dt>보낼 변경</dt>
            <dd>{num(status.pending)}건</dd>
            {status.lastError && (
              <>
                <dt>최근 오류</dt>
                <dd className="field-error">{status.lastError}</dd>
              </>
            )}
          </dl>
          <div className="conflict-actions">
            <button type="button" className="button primary" disabled={busy || status.running} data-testid="sync-settings-now" onClick={() => void doSync()}>
              지금 동기화
            </button>
            {status.conflicts > 0 && (
              <button type="button" className="button" onClick={() => setShowConflicts(true)}>
                충돌 확인 ({num(status.conflicts)}건)
              </button>
            )}
            <button type="button" className="button" disabled={busy} data-testid="sync-logout" onClick={() => void doLogout()}>
              로그아웃
            </button>
          </div>
        </>
      ) : (
        <form
          className="sync-login"
          data-testid="sync-login-form"
          onSubmit={(e) => {
            e.preventDefault();
            void doLogin();
          }}
        >
          <p className="muted">여러 PC가 같은 대장을 쓰려면 부서의 GuDesk 서버에 로그인하세요. 주소와 아이디는 전산 담당자가 알려 줍니다. 네트워크가 끊겨도 이 PC에서 계속 일할 수 있고, 다시 연결되면 자동으로 맞춥니다.</p>
          <DemoNotSentNote />
          <label className="form-label" htmlFor="sync-server">서버 주소</label>
          <input id="sync-server" data-testid="sync-server" value={serverUrl} placeholder="https://10.1.2.3:8787" autoComplete="url" aria-invalid={!!fieldErrors.serverUrl} aria-describedby={describedBy('serverUrl')} onChange={(e) => setServerUrl(e.target.value)} />
          <LoginFieldError field="serverUrl" errors={fieldErrors} />
          <label className="form-label" htmlFor="sync-user">아이디</label>
          <input id="sync-user" data-testid="sync-user" value={login} autoComplete="username" aria-invalid={!!fieldErrors.login} aria-describedby={describedBy('login')} onChange={(e) => setLogin(e.target.value)} />
          <LoginFieldError field="login" errors={fieldErrors} />
          <label className="form-label" htmlFor="sync-password">비밀번호</label>
          <input id="sync-password" data-testid="sync-password" type="password" value={password} autoComplete="current-password" aria-invalid={!!fieldErrors.password} aria-describedby={describedBy('password')} onChange={(e) => setPassword(e.target.value)} />
          <LoginFieldError field="password" errors={fieldErrors} />
          <div>
            <button type="submit" className="button primary" data-testid="sync-login" disabled={busy}>
              {busy ? '로그인 중…' : '로그인'}
            </button>
          </div>
        </form>
      )}
      {error && (
        <div className="form-error" role="alert" data-testid="sync-error">
          {error}
        </div>
      )}
      {showConflicts && <ConflictsDialog onClose={() => setShowConflicts(false)} />}
    </section>
  );
}
