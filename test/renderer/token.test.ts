import { describe, expect, it } from 'vitest';
import { initToken, takeTokenFromHash, TOKEN_STORAGE_KEY } from '../../renderer/src/api/token.ts';

describe('browser-mode token in the address fragment', () => {
  it('takes the token and keeps other fragment parts', () => {
    expect(takeTokenFromHash('#token=abc')).toEqual({ token: 'abc', rest: '' });
    expect(takeTokenFromHash('#token=abc&view=2')).toEqual({ token: 'abc', rest: '#view=2' });
    expect(takeTokenFromHash('')).toEqual({ token: null, rest: '' });
    expect(takeTokenFromHash('#other=1')).toEqual({ token: null, rest: '#other=1' });
  });

  it('stores the token for the tab and removes it from the address bar', () => {
    const stored = new Map<string, string>();
    const replaced: string[] = [];
    const env = {
      location: { hash: '#token=s3cr3t', pathname: '/', search: '' },
      history: { replaceState: (_d: unknown, _u: string, url?: string) => void replaced.push(url ?? '') },
      storage: { getItem: (k: string) => stored.get(k) ?? null, setItem: (k: string, v: string) => void stored.set(k, v) },
    };
    expect(initToken(env)).toBe('s3cr3t');
    expect(stored.get(TOKEN_STORAGE_KEY)).toBe('s3cr3t');
    expect(replaced).toEqual(['/']);
    // A reload has no fragment any more: the tab's stored token is used.
    env.location.hash = '';
    expect(initToken(env)).toBe('s3cr3t');
    expect(replaced).toHaveLength(1);
  });
});
