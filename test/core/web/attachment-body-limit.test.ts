/**
 * Browser mode takes an attachment request up to the one attachment limit (MAX_ATTACHMENT_BYTES
 * as base64, plus framing) and refuses a larger one in Korean before reading it, naming the limit;
 * other requests (an import of a large workbook) keep their own, larger limit.
 */
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ATTACHMENT_BODY_LIMIT, BODY_LIMIT, startWebServer, type WebServer } from '../../../core/web/server.ts';
import { TOKEN_HEADER } from '../../../shared/api/http.ts';
import { MAX_ATTACHMENT_BYTES } from '../../../shared/domain/attachments.ts';

let server: WebServer;
const reached: string[] = [];

beforeAll(async () => {
  server = await startWebServer({
    core: {
      async invoke(op) {
        reached.push(op);
        return { ok: true, value: null };
      },
    },
    port: 0,
    warn: () => {},
  });
});
afterAll(() => server.close());

/** Announces a body of `length` bytes and sends only its first byte: the reply comes from the limit. */
function announce(path: string, length: number): Promise<{ status: number; message: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(server.port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (d: Buffer) => chunks.push(d));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const [head = '', ...rest] = text.split('\r\n\r\n');
      try {
        const body = JSON.parse(rest.join('\r\n')) as { error?: { message: string } };
        resolve({ status: Number(head.split(' ')[1]), message: body.error?.message ?? '' });
      } catch {
        reject(new Error(`not JSON: ${text.slice(0, 200)}`));
      }
    });
    socket.write(
      `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nConnection: close\r\n${TOKEN_HEADER}: ${server.token}\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n\r\n{`,
    );
    // A body under the limit is waited for: end the wait after a moment.
    setTimeout(() => socket.end(), 300);
  });
}

describe('browser mode attachment requests', () => {
  it('fits the limit: base64 of the largest file is under it, and a larger body is refused in Korean naming 20MB', async () => {
    expect(ATTACHMENT_BODY_LIMIT).toBeGreaterThan(Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4 + 1024);
    expect(ATTACHMENT_BODY_LIMIT).toBeLessThan(MAX_ATTACHMENT_BYTES * 1.5);
    const refused = await announce('/api/attachments.add', ATTACHMENT_BODY_LIMIT + 1);
    expect(refused).toEqual({ status: 413, message: '첨부 파일이 너무 커서 받지 않았습니다. 첨부 파일은 한 파일에 20MB까지입니다.' });
    expect(reached).toEqual([]);
  });

  it('keeps the larger limit for other requests', async () => {
    const other = await announce('/api/clippings.importPreview', ATTACHMENT_BODY_LIMIT + 1);
    expect(other.status).not.toBe(413);
    expect((await announce('/api/clippings.importPreview', BODY_LIMIT + 1)).status).toBe(413);
  });
});
