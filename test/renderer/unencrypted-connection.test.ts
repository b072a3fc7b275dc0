/** The status bar says so when the PC's server connection is plain HTTP to another machine. */
import { describe, expect, it } from 'vitest';
import { unencryptedConnectionNotice } from '../../renderer/src/sync/connection-notice.ts';

describe('암호화되지 않은 연결 (status bar)', () => {
  it('warns, saying what to do, for http:// to another machine', () => {
    const notice = unencryptedConnectionNotice('http://10.1.2.3:8787');
    expect(notice?.text).toBe('암호화되지 않은 연결');
    expect(notice?.title).toContain('https:// 로 시작하는 서버 주소를 받아 다시 로그인하세요');
  });

  it('says nothing for https, for this machine, or with no server', () => {
    expect(unencryptedConnectionNotice('https://sync.gu.go.kr:8787')).toBeNull();
    expect(unencryptedConnectionNotice('http://127.0.0.1:8787')).toBeNull();
    expect(unencryptedConnectionNotice(null)).toBeNull();
  });
});
