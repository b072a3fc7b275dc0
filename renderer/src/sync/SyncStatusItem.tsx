/**
 * The sync part of the status bar: when the last sync finished, changes not yet sent, the last
 * error in Korean, a warning when the connection is not encrypted, records flagged for a person
 * (opens the conflicts view), and 지금 동기화.
 */
import { useEffect, useState } from 'react';
import { syncReportText, type SyncStatus } from '../../../shared/domain/sync.ts';
import { useToast } from '../app/toast.tsx';
import { formatDateTime, formatSince, num } from '../common/format.ts';
import { ConflictsDialog } from './ConflictsDialog.tsx';
import { syncNow, useSyncStatus } from './syncStore.ts';
import { UnencryptedConnectionItem } from './UnencryptedConnectionItem.tsx';

/** Re-renders every 30 s so '5분 전' stays true. */
function useMinuteTick(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(t);
  }, []);
  return now;
}

function summary(s: SyncStatus, now: number): { dot: string; text: string; title: string } {
  if (s.running) return { dot: 'busy', text: '동기화 중…', title: `${s.serverUrl ?? ''} 와 자료를 주고받는 중입니다.` };
  if (s.lastError) return { dot: 'error', text: `동기화 실패: ${s.lastError}`, title: s.lastError };
  if (!s.lastSyncAt) return { dot: 'busy', text: '동기화: 아직 안 함', title: '곧 중앙 서버와 자료를 맞춥니다.' };
  return { dot: 'ok', text: `동기화: ${formatSince(s.lastSyncAt, now)}`, title: `마지막 동기화 ${formatDateTime(s.lastSyncAt)} · ${s.serverUrl ?? ''}` };
}

export function SyncStatusItem({ onOpenSettings }: { onOpenSettings: () => void }) {
  const status = useSyncStatus();
  const toast = useToast();
  const now = useMinuteTick();
  const [showConflicts, setShowConflicts] = useState(false);

  if (!status?.loggedIn) {
    return (
      <button type="button" className="status-item status-link" data-testid="sync-status" title="설정에서 중앙 서버에 로그인하면 다른 PC와 자료를 맞춥니다." onClick={onOpenSettings}>
        <span className="status-dot off" aria-hidden /> 동기화: 사용 안 함
      </button>
    );
  }

  const s = summary(status, now);
  const run = async () => {
    try {
      const r = await syncNow();
      toast.show({ kind: 'success', message: `동기화했습니다: ${syncReportText(r)}.` });
    } catch (e) {
      toast.error(e);
    }
  };
  return (
    <>
      <span className={status.lastError ? 'status-item sync-error' : 'status-item'} data-testid="sync-status" title={s.title}>
        <span className={`status-dot ${s.dot}`} aria-hidden /> {s.text}
      </span>
      <UnencryptedConnectionItem serverUrl={status.serverUrl} />
      {status.pending > 0 && (
        <span className="status-item" data-testid="sync-pending" title="이 PC에서 바꾸었지만 아직 서버에 보내지 않은 변경입니다. 다음 동기화 때 보냅니다.">
          보낼 변경 {num(status.pending)}건
        </span>
      )}
      {status.conflicts > 0 && (
        <button type="button" className="status-item status-link warn" data-testid="sync-conflicts" onClick={() => setShowConflicts(true)}>
          확인할 충돌 {num(status.conflicts)}건
        </button>
      )}
      {status.parked > 0 && (
        <span className="status-item" title="새 버전의 GuDesk에서 만든 자료입니다. 이 PC의 GuDesk를 업데이트하면 반영됩니다.">
          보류 {num(status.parked)}건
        </span>
      )}
      <button type="button" className="status-button" data-testid="sync-now" disabled={status.running} onClick={() => void run()}>
        지금 동기화
      </button>
      {showConflicts && <ConflictsDialog onClose={() => setShowConflicts(false)} />}
    </>
  );
}
