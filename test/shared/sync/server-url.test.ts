/** The sync server's address as a clerk types it in 설정 or `gudesk login --server`. */
import { describe, expect, it } from 'vitest';
import { syncLoginSchema } from '../../../shared/domain/sync.ts';

const parse = (serverUrl: string) => syncLoginSchema.safeParse({ serverUrl, login: 'minji', password: '비밀' });
const address = (typed: string) => {
  const r = parse(typed);
  return r.success ? r.data.serverUrl : r.error.issues.map((i) => i.message).join(' ');
};

describe('the server address', () => {
  it('is completed with https:// when typed without a scheme, and http:// is kept only when typed', () => {
    expect(address('10.1.2.3:8787')).toBe('https://10.1.2.3:8787');
    expect(address(' gudesk.guchung.go.kr/ ')).toBe('https://gudesk.guchung.go.kr');
    expect(address('http://127.0.0.1:8787')).toBe('http://127.0.0.1:8787');
    expect(address('https://10.1.2.3:8787/')).toBe('https://10.1.2.3:8787');
  });

  it('that cannot be a server is refused with a Korean sentence naming what to fix', () => {
    expect(address('')).toBe('서버 주소를 입력하세요.');
    expect(address('ftp://10.1.2.3')).toBe('서버 주소는 https:// 로 시작합니다(예: https://10.1.2.3:8787).');
    expect(address('10.1.2.3:99999')).toBe('서버 주소의 포트 번호 99999은(는) 쓸 수 없습니다. 1~65535 사이입니다(예: https://10.1.2.3:8787).');
    expect(address('10.1.2 .3')).toBe('서버 주소에 빈칸이 있습니다. 서버 주소의 형식이 올바르지 않습니다(예: https://10.1.2.3:8787).');
    // zod's and URL's English never reaches the clerk.
    for (const typed of ['1.2.3.4:0', 'https://', 'http://[::1']) expect(address(typed)).toMatch(/^서버 주소.*[가-힣]/);
  });
});
