/** Which clipping addresses a click may open in the system browser. */
import { describe, expect, it } from 'vitest';
import { completedUrl, webUrl, withCompletedUrls } from '../../renderer/src/common/webUrl.ts';

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

describe('completedUrl (a URL field before it is checked)', () => {
  it('puts https:// before a bare address and leaves the rest for the field check', () => {
    expect(completedUrl('www.geumcheon.go.kr/news/1')).toBe('https://www.geumcheon.go.kr/news/1');
    expect(completedUrl(' news.example.kr ')).toBe('https://news.example.kr');
    for (const kept of ['', 'http://a.kr', 'https://a.kr/x', '홍보 기사', 'javascript:alert(1)', 'localhost']) expect(completedUrl(kept), kept).toBe(kept);
  });

  it('completes only the url-kind fields of a record', () => {
    const spec = { fields: [{ key: 'url', kind: 'url' }, { key: 'title', kind: 'text' }] };
    expect(withCompletedUrls(spec, { url: 'www.a.kr/1', title: 'www.b.kr' })).toEqual({ url: 'https://www.a.kr/1', title: 'www.b.kr' });
    const same = { url: 'https://a.kr' };
    expect(withCompletedUrls(spec, same)).toBe(same);
  });
});
