/** The status-bar warning of connection-notice.ts, shown only while the connection is plain HTTP to another machine. */
import { unencryptedConnectionNotice } from './connection-notice.ts';

export function UnencryptedConnectionItem({ serverUrl }: { serverUrl: string | null }) {
  const notice = unencryptedConnectionNotice(serverUrl);
  if (!notice) return null;
  return (
    <span className="status-item sync-error" data-testid="sync-unencrypted" role="status" title={notice.title}>
      <span aria-hidden>⚠</span> {notice.text}
    </span>
  );
}
