/** The 확인할 항목 operations of the contract. */
import type { HandlerMap } from '../api/handler-types.ts';
import type { Services } from '../api/services.ts';
import { reviewService } from './review-service.ts';

export function reviewHandlers(s: Services): HandlerMap<'review.list' | 'review.mergeTwins'> {
  const attachmentsOf = s.db.prepare<[string, string], { id: string; sha256: string; release_id: string | null }>(
    'SELECT id, sha256, release_id FROM attachments WHERE (clipping_id = ? OR release_id = ?) AND deleted_at IS NULL',
  );
  // The registers only: a code list's records are named by their text, so they cannot be twins,
  // and attachments follow their clipping.
  const { codes: _codes, attachments, ...registers } = s.stores;
  const review = reviewService(s.db, registers, (from, to, stamp) => {
    // Attachments belong to a clipping or a release; ids are unique across registers, so the
    // twin's id finds its own. Moved as edits of their rows, so the move travels to the other PCs
    // with the merge. The same file on both twins stays once.
    const kept = new Set(attachmentsOf.all(to, to).map((a) => a.sha256));
    for (const a of attachmentsOf.all(from, from)) {
      if (kept.has(a.sha256)) attachments.delete(a.id, stamp);
      else attachments.update(a.id, a.release_id === from ? { releaseId: to } : { clippingId: to }, stamp);
      kept.add(a.sha256);
    }
  }, s.kernel.rules);
  return {
    'review.list': () => review.list(),
    'review.mergeTwins': ({ register, keepId, ids }, ctx) => review.mergeTwins(register, keepId, ids, ctx.actor),
  };
}
