/** The 확인할 항목 operations of the contract. */
import type { HandlerMap } from '../api/handler-types.ts';
import type { Services } from '../api/services.ts';
import { reviewService } from './review-service.ts';

export function reviewHandlers(s: Services): HandlerMap<'review.list' | 'review.mergeTwins'> {
  const moveAttachments = s.db.prepare<[string, string]>('UPDATE attachments SET clipping_id = ? WHERE clipping_id = ?');
  // The registers only: a code list's records are named by their text, so they cannot be twins.
  const { codes: _codes, ...registers } = s.stores;
  const review = reviewService(s.db, registers, (from, to) => {
    // Attachments belong to clippings only; another register's ids never match a clipping id.
    moveAttachments.run(to, from);
  });
  return {
    'review.list': () => review.list(),
    'review.mergeTwins': ({ register, keepId, ids }, ctx) => review.mergeTwins(register, keepId, ids, ctx.actor),
  };
}
