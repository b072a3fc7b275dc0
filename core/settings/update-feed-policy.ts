/**
 * The update feed is the department's policy, set on the sync server (`gudesk-server
 * --update-feed`) and handed to the PC with every session: no page of the app can change it.
 * It is kept beside the settings (so the updater and the 설정 page read it with them) under a key
 * settings.set does not accept. A PC that never logged in has none and checks nothing.
 */
import type { Db } from '../db/open.ts';

export const UPDATE_FEED_POLICY_KEY = 'updateFeedPolicy';

/** A plain http(s) address; anything else from a server is not stored (the last good one stays). */
function isFeedAddress(url: string): boolean {
  return url.length <= 500 && /^https?:\/\/[^\s/]+\/\S*$/i.test(url);
}

export function updateFeedPolicy(db: Db) {
  const upsert = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  return {
    /** From a session reply; an older server that sends none leaves the PC on the server's own feed. */
    save(url: string | undefined): void {
      if (typeof url === 'string' && isFeedAddress(url)) upsert.run(UPDATE_FEED_POLICY_KEY, url);
    },
  };
}
