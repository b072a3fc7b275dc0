/**
 * Status-bar entries for what needs a person besides 충돌: 확인할 항목 (twins and dangling links,
 * opens the review view) and records set aside from a sync (격리, opens 설정 where admins clear them).
 */
import { useState } from 'react';
import { num } from '../common/format.ts';
import { ReviewDialog } from './ReviewDialog.tsx';
import { useReviewCount } from './reviewStore.ts';
import { useSyncStatus } from './syncStore.ts';

export function ReviewStatusItem({ onOpenSettings }: { onOpenSettings: () => void }) {
  const count = useReviewCount();
  const status = useSyncStatus();
  const [open, setOpen] = useState(false);
  const quarantined = status?.quarantined ?? 0;
  return (
    <>
      {count > 0 && (
        <button type="button" className="status-item status-link warn" data-testid="review-status" title="여러 PC의 자료를 합치다 생긴 같은 기록, 끊긴 연결" onClick={() => setOpen(true)}>
          확인할 항목 {num(count)}건
        </button>
      )}
      {quarantined > 0 && (
        <button type="button" className="status-item status-link warn" data-testid="quarantine-status" title="규칙에 맞지 않아 적용하지 않고 따로 둔 받은 기록입니다. 설정에서 볼 수 있습니다." onClick={onOpenSettings}>
          격리 {num(quarantined)}건
        </button>
      )}
      {open && <ReviewDialog onClose={() => setOpen(false)} />}
    </>
  );
}
