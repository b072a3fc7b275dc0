/**
 * 설정 > 예시 데이터 모두 지우기: every live demo record (and the attachments of demo clippings)
 * is deleted in one history batch, so one 실행 취소 brings it all back. A clipping the clerk
 * entered that links to a demo 보도자료 stays and loses the link (its 보도자료 becomes empty) in
 * the same batch: a clerk who removes the examples expects none of them to be named anywhere,
 * and an empty link is what a real clipping without a release has. That unlinking is the
 * clerk's edit of their own record, so it syncs like any other.
 */
import { AppError } from '../../shared/api/errors.ts';
import type { DemoRemoval, DemoSummary } from '../../shared/domain/demo.ts';
import type { Services } from '../api/services.ts';
import { stampNow } from '../records/ids.ts';
import { demoRecords } from './demo-records.ts';

export function demoSummary(s: Services): DemoSummary {
  const live = demoRecords(s.db).live();
  return { clippings: live.clippings.length, releases: live.releases.length, linkedByClerk: live.clerkLinks.length };
}

export function removeDemo(s: Services, actor: string): DemoRemoval {
  const demo = demoRecords(s.db);
  const stamp = stampNow(actor);
  const result = s.db.transaction(() => {
    const live = demo.live();
    const total = live.clippings.length + live.releases.length;
    if (total === 0) throw new AppError('not_found', '지울 예시 데이터가 없습니다. 이미 지웠거나 처음부터 넣지 않았습니다.');
    for (const id of live.clerkLinks) s.stores.clippings.update(id, { releaseId: '' }, stamp);
    for (const id of live.attachments) s.stores.attachments.delete(id, stamp);
    for (const id of live.clippings) s.stores.clippings.delete(id, stamp);
    for (const id of live.releases) s.stores.releases.delete(id, stamp);
    return { clippings: live.clippings.length, releases: live.releases.length, unlinked: live.clerkLinks.length, attachments: live.attachments.length };
  })();
  return {
    count: result.clippings + result.releases + result.unlinked + result.attachments,
    batchId: stamp.batchId,
    clippings: result.clippings,
    releases: result.releases,
    unlinked: result.unlinked,
  };
}
