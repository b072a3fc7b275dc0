import { describe, expect, it } from 'vitest';
import { isLoopbackHost, isUnencryptedRemote } from '../../../shared/connection/encryption.ts';

describe('transport', () => {
  it('only this machine counts as loopback', () => {
    for (const h of ['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]', 'LOCALHOST']) expect(isLoopbackHost(h)).toBe(true);
    for (const h of ['0.0.0.0', '::', '10.1.2.3', 'sync.gu.go.kr', '127.0.0.1.example.com']) expect(isLoopbackHost(h)).toBe(false);
  });

  it('http to another machine is unencrypted; https, loopback and no server are not flagged', () => {
    expect(isUnencryptedRemote('http://10.1.2.3:8787')).toBe(true);
    expect(isUnencryptedRemote('http://sync.gu.go.kr:8787/')).toBe(true);
    expect(isUnencryptedRemote('https://sync.gu.go.kr:8787')).toBe(false);
    expect(isUnencryptedRemote('http://127.0.0.1:8787')).toBe(false);
    expect(isUnencryptedRemote('http://[::1]:8787')).toBe(false);
    expect(isUnencryptedRemote(null)).toBe(false);
    expect(isUnencryptedRemote('not a url')).toBe(false);
  });
});
