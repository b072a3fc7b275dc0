/**
 * Browser mode's own refusals: whatever reaches the port (garbage, an undecodable URL, a body
 * that is not JSON or far too big, oversized headers, a bad token, an unknown path), the answer
 * is the Korean Envelope with the security headers, never fastify's or Node's English page.
 * An unexpected failure is logged in full and shown only as the Korean sentence.
 */
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../../../core/web/server.ts';
import { SECURITY_HEADERS } from '../../../shared/api/security-headers.ts';
import { TOKEN_HEADER } from '../../../shared/api/http.ts';

const logged: Array<{ where: string; detail: string }> = [];
let server: WebServer;

beforeAll(async () => {
  server = await startWebServer({
    core: {
      async invoke(op) {
        if (op === 'app.info') throw new Error('Maximum call stack size exceeded');
        return { ok: true, value: null };
      },
    },
    port: 0,
    warn: () => {},
    log: (where, err) => logged.push({ where, detail: err instanceof Error ? err.message : String(err) }),
  });
});
afterAll(() => server.close());

interface RawReply {
  status: number;
  headers: Record<string, string>;
  body: { ok: boolean; error?: { code: string; message: string } };
}

/** Sends bytes as they are (fetch would refuse to send most of these) and parses the reply. */
function raw(request: string): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const socket = connect(server.port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (d: Buffer) => chunks.push(d));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const [head = '', ...rest] = text.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
      try {
        resolve({ status: Number(statusLine.split(' ')[1]), headers, body: JSON.parse(rest.join('\r\n')) as RawReply['body'] });
      } catch (err) {
        reject(new Error(`not JSON: ${text.slice(0, 300)} (${String(err)})`));
      }
    });
    socket.write(request);
  });
}

const host = () => `Host: 127.0.0.1:${server.port}\r\nConnection: close\r\n`;
const post = (path: string, headers: string, body: string) =>
  raw(`POST ${path} HTTP/1.1\r\n${host()}${TOKEN_HEADER}: ${server.token}\r\n${headers}Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);

function expectKoreanRefusal(reply: RawReply, status: number, message: RegExp): void {
  expect(reply.status).toBe(status);
  expect(reply.body.ok).toBe(false);
  expect(reply.body.error?.message).toMatch(message);
  expect(reply.body.error?.message).not.toMatch(/error|bad request|client|unsupported|failed|exceeded|maximum|invalid/i);
  for (const name of Object.keys(SECURITY_HEADERS)) expect(reply.headers[name.toLowerCase()], name).toBe(SECURITY_HEADERS[name]);
}

describe('browser mode replies', () => {
  it('answers a request Node cannot parse', async () => {
    expectKoreanRefusal(await raw('GARBAGE\r\n\r\n'), 400, /^요청을 읽을 수 없습니다\. 브라우저 화면을 새로 고친 뒤/);
  });

  it('answers oversized headers', async () => {
    expectKoreanRefusal(await raw(`GET / HTTP/1.1\r\n${host()}X-Big: ${'a'.repeat(20_000)}\r\n\r\n`), 431, /^요청 머리글이 너무 큽니다/);
  });

  it('answers a URL that cannot be decoded', async () => {
    expectKoreanRefusal(await post('/api/%zz', 'Content-Type: application/json\r\n', '{}'), 400, /^요청 주소가 올바르지 않습니다/);
  });

  it('answers a body that is not JSON, broken JSON and an empty JSON body', async () => {
    expectKoreanRefusal(await post('/api/app.info', 'Content-Type: text/plain\r\n', '{}'), 415, /^요청 형식이 올바르지 않습니다\(JSON으로만 받습니다\)/);
    expectKoreanRefusal(await post('/api/app.info', 'Content-Type: application/json\r\n', '{"a":'), 400, /^요청 내용이 올바른 JSON 형식이 아닙니다/);
    expectKoreanRefusal(await post('/api/app.info', 'Content-Type: application/json\r\n', ''), 400, /^요청 내용이 올바른 JSON 형식이 아닙니다/);
  });

  it('answers a body over the limit before reading it', async () => {
    const reply = await raw(`POST /api/app.info HTTP/1.1\r\n${host()}${TOKEN_HEADER}: ${server.token}\r\nContent-Type: application/json\r\nContent-Length: ${300 * 1024 * 1024}\r\n\r\n{`);
    expectKoreanRefusal(reply, 413, /^요청이 너무 큽니다\. 파일은 150MB 이하만/);
  });

  it('answers a missing token and an unknown path', async () => {
    expectKoreanRefusal(await raw(`POST /api/app.info HTTP/1.1\r\n${host()}Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{}`), 401, /^접근 권한이 없습니다/);
    expectKoreanRefusal(await post('/api/nothing/here', 'Content-Type: application/json\r\n', '{}'), 404, /^알 수 없는 요청입니다\./);
  });

  it('logs an unexpected failure in full and shows only Korean', async () => {
    const reply = await post('/api/app.info', 'Content-Type: application/json\r\n', '{}');
    expectKoreanRefusal(reply, 500, /^처리 중 예기치 않은 오류가 발생했습니다\. .*logs\/gudesk\.log/);
    expect(logged).toContainEqual({ where: 'browser-mode app.info', detail: 'Maximum call stack size exceeded' });
  });
});
