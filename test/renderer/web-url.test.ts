/** Which clipping addresses a click may open in the system browser. */
import { describe, expect, it } from 'vitest';
import { webUrl } from '../../renderer/src/common/webUrl.ts';

describe('webUrl', () => {
  it('opens http and https addresses, and completes a bare address to https://', () => {
    expect(webUrl(' https://www.yna.co.kr/view/AKR2024 ')).toBe('https://www.yna.co.kr/view/AKR2024');
    expect(webUrl('http://news.example.kr/a?id=1#top')).toBe('http://news.example.kr/a?id=1#top');
    expect(webUrl('news.example.kr/view/123')).toBe('https://news.example.kr/view/123');
    expect(webUrl('금천신문.kr/기사')).toMatch(/^https:\/\/xn--/);
  });

  it('refuses every other scheme, credentials, spaces and plain words', () => {
    for (const bad of ['javascript:alert(1)', 'file:///C:/Windows/system32', 'gudesk://app/index.html', 'mailto:a@b.kr', 'ftp://x.kr/a', 'https://user:pw@evil.kr/', 'https://a b.kr', '홍보 기사', '', 'localhost']) {
      expect(webUrl(bad), bad).toBeNull();
    }
  });
});
