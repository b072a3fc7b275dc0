/** The bottom status line: sync with the office server, browser or desktop mode, data folder, version. */
import type { AppInfo } from '../../../shared/api/contract.ts';
import { SyncStatusItem } from '../sync/SyncStatusItem.tsx';
import { ReviewStatusItem } from '../sync/ReviewStatusItem.tsx';

export function StatusBar({ info, mode, onOpenSettings }: { info: AppInfo | null; mode: string; onOpenSettings: () => void }) {
  return (
    <footer className="status-bar" data-testid="status-bar">
      <SyncStatusItem onOpenSettings={onOpenSettings} />
      <ReviewStatusItem onOpenSettings={onOpenSettings} />
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
