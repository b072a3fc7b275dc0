import { describe, expect, it } from 'vitest';
import { updateFeedUrl } from '../../../shared/sync/update-feed.ts';

describe('where the desktop app looks for updates', () => {
  it('uses the 업데이트 주소 IT staff set, even when logged in to a sync server', () => {
    expect(updateFeedUrl(' https://update.example.go.kr/gudesk/ ', 'http://10.1.2.3:8787')).toBe('https://update.example.go.kr/gudesk/');
  });
  it('falls back to the sync server it is logged in to, which hosts the feed', () => {
    expect(updateFeedUrl('', 'http://10.1.2.3:8787/')).toBe('http://10.1.2.3:8787/updates/');
    expect(updateFeedUrl(undefined, 'https://sync.gu.go.kr')).toBe('https://sync.gu.go.kr/updates/');
  });
  it('checks nowhere on a PC with neither (fully offline)', () => {
    expect(updateFeedUrl('', null)).toBe('');
  });
});
