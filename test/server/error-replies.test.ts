/**
 * The server's own refusals (bad JSON, wrong content type, unknown address, a bad URL, bytes that
 * are not HTTP at all) are Korean `{ error: { code, message } }` bodies with the security headers,
 * and never carry fastify's or Node's English detail.
 */
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SYNC_ROUTES } from '../../shared/sync/protocol.ts';
import { BACKENDS } from './support/backends.ts';
import { TestClient } from './support/client.ts';
import { startTestServer } from './support/server.ts';
import type { TestServer } from './support/server.ts';

const KOREAN = /[가-힣]/;

function expectSecurityHeaders(headers: Headers): void {
  expect(headers.get('x-content-type-options')).toBe('nosniff');
  expect(headers.get('content-security-policy')).toContain("default-src 'none'");
  expect(headers.get('cache-control')).toBe('no-store');
}

async function expectKoreanRefusal(res: Response, status: number): Promise<string> {
  expect(res.status).toBe(status);
  expectSecurityHeaders(res.headers);
  const body = (await res.json()) as { error: { code: string; message: string } };
  expect(Object.keys(body)).toEqual(['error']);
  expect(body.error.code).toBe('bad_request');
  expect(body.error.message).toMatch(KOREAN);
  return body.error.message;
}

/** Sends raw bytes and returns whatever comes back before the server closes the connection. */
function rawExchange(url: string, bytes: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(bytes));
    let answer = '';
    socket.on('data', (d: Buffer) => (answer += d.toString()));
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
  });
}

describe('서버 자체의 오류 응답', () => {
  let server: TestServer;
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  beforeAll(async () => {
    server = await startTestServer(BACKENDS[0]!);
  });
  afterAll(async () => {
    await server.close();
    warn.mockRestore();
  });

  const login = () => `${server.url}${SYNC_ROUTES.login}`;

  it('a successful reply carries the security headers too', async () => {
    await server.addUser('kim');
    const res = await fetch(login(), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ protocol: 1, login: 'kim', password: 'correct horse 123', deviceId: crypto.randomUUID(), deviceName: 'PC', clientVersion: new TestClient(server.url, 'kim').clientVersion }),
    });
    expect(res.status).toBe(200);
    expectSecurityHeaders(res.headers);
  });

  it('broken JSON, a forbidden __proto__ key, an empty body: Korean, and the English detail goes to the log only', async () => {
    warn.mockClear();
    const post = (body: string) => fetch(login(), { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(await expectKoreanRefusal(await post('{"protocol":1,'), 400)).toBe('요청 본문이 올바른 JSON이 아닙니다.');
    const proto = await expectKoreanRefusal(await post('{"__proto__":{"admin":true}}'), 400);
    expect(proto).not.toMatch(/prototype/i);
    expect(await expectKoreanRefusal(await post(''), 400)).toBe('요청 본문이 비어 있습니다.');
    expect(warn.mock.calls.flat().join('\n')).toContain('FST_ERR_CTP_INVALID_JSON_BODY');
  });

  it('a wrong content type, an unknown address, a method a route does not take, a bad URL', async () => {
    const text = await fetch(login(), { method: 'POST', headers: { 'content-type': 'application/xml' }, body: '<login/>' });
    expect(await expectKoreanRefusal(text, 415)).toContain('application/json');
    expect(await expectKoreanRefusal(await fetch(`${server.url}/api/v1/nothing-here`), 404)).toBe('없는 주소입니다.');
    expect(await expectKoreanRefusal(await fetch(login()), 404)).toBe('없는 주소입니다.');
    expect(await expectKoreanRefusal(await fetch(`${server.url}/api/v1/%zz`), 400)).toBe('요청 주소가 올바르지 않습니다.');
  });

  it('bytes that are not HTTP get a Korean JSON answer with the security headers, not fastify\'s English one', async () => {
    const answer = await rawExchange(server.url, 'THIS IS NOT HTTP\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    const [head, body] = answer.split('\r\n\r\n') as [string, string];
    expect(head.toLowerCase()).toContain('x-content-type-options: nosniff');
    expect(head.toLowerCase()).toContain("content-security-policy: default-src 'none'");
    expect(JSON.parse(body)).toEqual({ error: { code: 'bad_request', message: '요청을 처리할 수 없습니다. 요청 형식을 확인하세요.' } });
    expect(body).not.toContain('Client Error');
  });
});
