/** The bottom status line. 동기화 (sync with the office server) arrives in a later version. */
import type { AppInfo } from '../../../shared/api/contract.ts';

export function StatusBar({ info, mode }: { info: AppInfo | null; mode: string }) {
  return (
    <footer className="status-bar" data-testid="status-bar">
      <span className="status-item" data-testid="sync-status" title="중앙 서버와의 동기화는 다음 버전에서 제공됩니다.">
        <span className="status-dot off" aria-hidden /> 동기화: 사용 안 함
      </span>
      <span className="status-item">{mode}</span>
      {info && (
        <>
          <span className="status-item path" title={info.dataDir}>
            데이터: {info.dataDir}
          </span>
          <span className="spacer" />
          <span className="status-item">버전 {info.version}</span>
        </>
      )}
    </footer>
  );
}
