/**
 * What a clerk reads when a login fails: Korean only (no 'ECONNREFUSED', 'fetch failed'), no
 * promise that work "will be sent when connected" (a failed login queued nothing), and an
 * address typed without https:// completed rather than refused.
 */
import { createServer } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { failure, openTempCore, type TempCore } from '../temp-core.ts';
import { networkCause } from '../../../core/sync/network-failure.ts';

let t: TempCore;
beforeEach(() => {
  t = openTempCore();
});
afterEach(() => t.dispose());

/** A port nothing listens on (taken, then freed). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('a login that fails', () => {
  it('to a server that does not answer says so in Korean, without Node\'s English or a note about sending later', async () => {
    const port = await closedPort();
    const error = await failure(t.core, 'sync.login', { serverUrl: `http://127.0.0.1:${port}`, login: 'minji', password: '비밀번호' });
    expect(error.message).toBe('서버에 연결할 수 없습니다. 주소와 네트워크를 확인하세요. 서버 프로그램이 응답하지 않습니다. 꺼져 있거나 주소의 포트 번호가 다를 수 있습니다.');
    expect((await t.core.call('sync.status', {})).loggedIn).toBe(false);
  });

  it('with an address without https:// tries https:// (the completed address, not a refusal)', async () => {
    const port = await closedPort();
    const error = await failure(t.core, 'sync.login', { serverUrl: `127.0.0.1:${port}`, login: 'minji', password: '비밀번호' });
    // It was tried (https on a closed port): a connection failure, not a refused address.
    expect(error.code).toBe('unavailable');
    expect(error.message).toMatch(/^서버에 연결할 수 없습니다/);
  });

  it('with fields left empty names each field in Korean', async () => {
    const error = await failure(t.core, 'sync.login', { serverUrl: '', login: ' ', password: '' });
    expect(error.details).toEqual({ '서버 주소': '서버 주소를 입력하세요.', 아이디: '아이디를 입력하세요.', 비밀번호: '비밀번호를 입력하세요.' });
    expect(error.message).not.toMatch(/serverUrl|login:|password/);
  });
});

describe('the cause of a network failure', () => {
  it('is named in Korean for the usual Node errors, and left out when unknown', () => {
    const fetchFailed = (code: string, message = 'x') => Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error(message), { code }) });
    expect(networkCause(fetchFailed('ENOTFOUND'))).toBe('서버 주소의 이름을 찾을 수 없습니다.');
    expect(networkCause(fetchFailed('UND_ERR_CONNECT_TIMEOUT'))).toBe('서버의 응답을 기다리다 시간이 지났습니다.');
    expect(networkCause(fetchFailed('DEPTH_ZERO_SELF_SIGNED_CERT'))).toMatch(/보안 인증서/);
    // https:// (completed) to a server that speaks plain http.
    expect(networkCause(fetchFailed('ERR_SSL_WRONG_VERSION_NUMBER', 'SSL routines:tls_validate_record_header:wrong version number'))).toMatch(/^서버가 https로 응답하지 않습니다/);
    // http://127.0.0.1:1 is a well-formed address on a port fetch refuses: not a format error.
    expect(networkCause(Object.assign(new TypeError('fetch failed'), { cause: new Error('bad port') }))).toBe('주소의 포트 번호는 보안상 막혀 있어 쓸 수 없습니다. 동기화 서버의 포트 번호(예: 8787)를 전산 담당자에게 확인하세요.');
    expect(networkCause(Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new TypeError('Invalid URL'), { code: 'ERR_INVALID_URL' }) }))).toMatch(/형식이 올바르지 않습니다/);
    expect(networkCause(new TypeError('fetch failed'))).toBe('');
  });
});
