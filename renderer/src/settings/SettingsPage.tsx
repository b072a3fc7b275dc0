/** 설정: the user name recorded in history, sync with the office server, the update feed (read-only: the server's policy), 매체구분 codes, and app information. */
import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../shared/api/contract.ts';
import { api, errorMessage } from '../api/client.ts';
import { notifyChanged } from '../app/dataBus.ts';
import { useToast } from '../app/toast.tsx';
import { num } from '../common/format.ts';
import { SyncSettingsCard } from '../sync/SyncSettingsCard.tsx';
import { QuarantineCard } from '../sync/QuarantineCard.tsx';
import { CodeListEditor } from './CodeListEditor.tsx';
import { DemoDataCard } from './DemoDataCard.tsx';
import { RetentionCard } from './RetentionCard.tsx';
import { useSyncStatus } from '../sync/syncStore.ts';

type SettingKey = 'actorName' | 'certificateIssuer';

export function SettingsPage({ active, onActorChanged }: { active: boolean; onActorChanged: () => void }) {
  const [settings, setSettings] = useState<Record<string, string> | null>(null);
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState('');
  const sync = useSyncStatus();

  useEffect(() => {
    if (!active) return;
    api.invoke('settings.get', {}).then(setSettings, (e) => setError(errorMessage(e)));
    api.invoke('app.info', {}).then(setInfo, (e) => setError(errorMessage(e)));
  }, [active]);

  return (
    <div className="settings-page">
      <div className="page-header">
        <h1>설정</h1>
      </div>
      {error && <div className="form-error">{error}</div>}
      <div className="settings-body">
        <section className="card">
          <h2>사용자</h2>
          <p className="muted">변경 이력에 기록되는 이름입니다. 보통 본인 이름이나 ‘홍보팀 홍길동’처럼 적습니다.</p>
          {sync?.loggedIn && (
            <p className="muted" data-testid="actor-signed-in">
              지금은 중앙 서버에 로그인한 계정 이름({sync.userName || sync.login})이 기록됩니다. 아래 이름은 로그아웃한 동안 쓰입니다.
            </p>
          )}
          {settings && (
            <SettingInput
              settingKey="actorName"
              label="사용자 이름"
              savedMessage="사용자 이름을 저장했습니다. 이제부터 변경 이력에 이 이름이 기록됩니다."
              initial={settings['actorName'] ?? info?.actor ?? ''}
              placeholder={info?.actor ?? '홍길동'}
              onSaved={onActorChanged}
            />
          )}
        </section>
        <section className="card">
          <h2>수료증</h2>
          <p className="muted">정보화교육 수료증 아래에 들어가는 발급 기관장 이름입니다 (예: 금천구청장). 비워 두면 ‘○○구청장’으로 인쇄됩니다.</p>
          {settings && (
            <SettingInput settingKey="certificateIssuer" label="발급자" savedMessage="수료증 발급자를 저장했습니다." initial={settings['certificateIssuer'] ?? ''} placeholder="○○구청장" />
          )}
        </section>
        <RetentionCard active={active} />
        <SyncSettingsCard />
        <DemoDataCard active={active} />
        <QuarantineCard />
        <section className="card">
          <h2>업데이트</h2>
          <p className="muted">
            새 버전은 부서의 중앙 동기화 서버가 정한 주소에서 받으며, 서명이 확인된 설치 파일만 설치합니다. 주소는 이 화면에서 바꿀 수 없습니다(서버 관리자가
            정합니다).
          </p>
          {settings && (
            <dl className="summary-grid" data-testid="update-feed">
              <dt>업데이트 주소</dt>
              <dd className="path">{settings['updateFeedPolicy'] ?? '아직 없음 — 중앙 서버에 로그인하면 서버가 알려 줍니다.'}</dd>
            </dl>
          )}
        </section>
        <section className="card">
          <h2>매체구분 코드</h2>
          <CodeListEditor />
        </section>
        <section className="card">
          <h2>과목군 코드 (정보화교육)</h2>
          <CodeListEditor list="subjectGroup" />
        </section>
        <section className="card">
          <h2>프로그램 정보</h2>
          {info ? (
            <dl className="summary-grid" data-testid="app-info">
              <dt>버전</dt>
              <dd data-testid="app-version">{info.version}</dd>
              <dt>데이터 폴더</dt>
              <dd className="path" data-testid="app-data-dir">
                {info.dataDir}
              </dd>
              <dt>데이터베이스 버전</dt>
              <dd>{info.schemaVersion}</dd>
              <dt>언론보도</dt>
              <dd>{num(info.counts.clippings ?? 0)}건</dd>
              <dt>보도자료</dt>
              <dd>{num(info.counts.releases ?? 0)}건</dd>
            </dl>
          ) : (
            <p className="muted">불러오는 중…</p>
          )}
        </section>
      </div>
    </div>
  );
}

function SettingInput(p: { settingKey: SettingKey; label: string; savedMessage: string; initial: string; placeholder?: string; onSaved?: () => void }) {
  const toast = useToast();
  const [value, setValue] = useState(p.initial);
  const [saved, setSaved] = useState(p.initial);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    setError('');
    try {
      const all = await api.invoke('settings.set', { key: p.settingKey, value });
      const v = all[p.settingKey] ?? value.trim();
      setValue(v);
      setSaved(v);
      toast.show({ kind: 'success', message: p.savedMessage });
      notifyChanged([], 'settings');
      p.onSaved?.();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className="setting-row"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label htmlFor={`setting-${p.settingKey}`} className="form-label">
        {p.label}
      </label>
      <input
        id={`setting-${p.settingKey}`}
        data-testid={`setting-${p.settingKey}`}
        value={value}
        maxLength={500}
        placeholder={p.placeholder}
        onChange={(e) => setValue(e.target.value)}
      />
      <button type="submit" className="button primary" data-testid={`setting-${p.settingKey}-save`} disabled={busy || value === saved}>
        저장
      </button>
      {error && (
        <div className="field-error" role="alert">
          {error}
        </div>
      )}
    </form>
  );
}
