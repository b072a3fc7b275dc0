/**
 * Browser mode's HTTP server, started in-process on a random port. A stranger (no token, wrong
 * token, foreign Host or Origin) gets a Korean refusal and nothing reaches the core; the clerk's
 * own tab gets the core's Envelope and the renderer with its security headers.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer, type InvokeOnly, type WebServer } from '../../../core/web/server.ts';
import type { Envelope } from '../../../shared/api/errors.ts';
import { isOpName } from '../../../shared/api/contract.ts';
import { TOKEN_HEADER } from '../../../shared/api/http.ts';

/** Records what reaches it; `settings.set` stands for any write. */
function fakeCore() {
  const settings: Record<string, string> = { actorName: '홍길동' };
  const calls: string[] = [];
  const core: InvokeOnly = {
    async invoke(op, raw) {
      calls.push(op);
      if (!isOpName(op)) return { ok: false, error: { code: 'unknown_operation', message: `알 수 없는 작업입니다: ${op}` } };
      if (op === 'settings.get') return { ok: true, value: { ...settings } };
      if (op === 'settings.set') {
        const { key, value } = raw as { key: string; value: string };
        if (typeof key !== 'string') return { ok: false, error: { code: 'invalid_input', message: '설정 이름이 필요합니다.' } };
        settings[key] = value;
        return { ok: true, value: { ...settings } };
      }
      return { ok: false, error: { code: 'not_found', message: '없습니다.' } };
    },
  };
  return { core, calls, settings };
}

let server: WebServer;
let staticDir: string;
const fake = fakeCore();

beforeAll(async () => {
  staticDir = mkdtempSync(path.join(os.tmpdir(), 'gudesk-web-'));
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>구데스크</title><div id="root"></div>');
  server = await startWebServer({ core: fake.core, port: 0, staticDir });
});
afterAll(async () => {
  await server.close();
  rmSync(staticDir, { recursive: true, force: true });
});

async function post(op: string, body: unknown, headers: Record<string, string> = { [TOKEN_HEADER]: server.token }) {
  const res = await fetch(`${server.url}/api/${op}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, envelope: (await res.json()) as Envelope<unknown> };
}

describe('browser mode server', () => {
  it('prints an address on 127.0.0.1 carrying a long random token in the fragment', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    expect(server.address).toBe(`${server.url}/#token=${server.token}`);
    expect(server.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('runs a valid call and returns the Envelope', async () => {
    const { status, envelope } = await post('settings.get', {});
    expect(status).toBe(200);
    expect(envelope).toEqual({ ok: true, value: { actorName: '홍길동' } });
  });

  it('refuses a missing or wrong token with 401, a Korean message, and no write', async () => {
    fake.calls.length = 0;
    const write = { key: 'actorName', value: '침입자' };
    const attempts: Array<Record<string, string>> = [{}, { [TOKEN_HEADER]: 'wrong' }, { [TOKEN_HEADER]: `${server.token}x` }];
    for (const headers of attempts) {
      const { status, envelope } = await post('settings.set', write, headers);
      expect(status).toBe(401);
      expect(envelope.ok).toBe(false);
      if (!envelope.ok) expect(envelope.error.message).toMatch(/접근 권한이 없습니다/);
    }
    expect(fake.calls).toEqual([]);
    expect(fake.settings.actorName).toBe('홍길동');
  });

  it('refuses a foreign Host (DNS rebinding) and a foreign Origin, even with the token', async () => {
    fake.calls.length = 0;
    // fetch() will not let us forge Host, so speak HTTP directly.
    const { request } = await import('node:http');
    const raw = (headers: Record<string, string>) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = request(
          { host: '127.0.0.1', port: server.port, path: '/api/settings.set', method: 'POST', headers },
          (res) => {
            let body = '';
            res.setEncoding('utf8');
            res.on('data', (c: string) => (body += c));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
          },
        );
        req.on('error', reject);
        req.end(JSON.stringify({ key: 'actorName', value: '침입자' }));
      });
    const base = { 'content-type': 'application/json', [TOKEN_HEADER]: server.token };
    const evil = await raw({ ...base, host: `evil.example:${server.port}` });
    expect(evil.status).toBe(403);
    expect(JSON.parse(evil.body).error.message).toMatch(/허용되지 않은 주소/);
    const otherPort = await raw({ ...base, host: `127.0.0.1:${server.port + 1}` });
    expect(otherPort.status).toBe(403);
    const origin = await raw({ ...base, host: `127.0.0.1:${server.port}`, origin: 'http://evil.example' });
    expect(origin.status).toBe(403);
    expect(fake.calls).toEqual([]);
    const own = await raw({ ...base, host: `localhost:${server.port}`, origin: `http://localhost:${server.port}` });
    expect(own.status).toBe(200);
  });

  it('answers an unknown operation with a 404 envelope', async () => {
    const { status, envelope } = await post('nope.nothing', {});
    expect(status).toBe(404);
    expect(envelope).toMatchObject({ ok: false, error: { code: 'unknown_operation' } });
    const deeper = await post('a/b', {});
    expect(deeper.status).toBe(404);
    expect(deeper.envelope).toMatchObject({ ok: false, error: { code: 'unknown_operation' } });
  });

  it('maps error codes to HTTP statuses and rejects broken JSON in Korean', async () => {
    expect((await post('settings.set', {})).status).toBe(400);
    expect((await post('clippings.get', { id: 'x' })).status).toBe(404);
    const res = await fetch(`${server.url}/api/settings.get`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: server.token },
      body: '{not json',
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/JSON/);
  });

  it('serves the renderer with CSP and other security headers', async () => {
    const res = await fetch(`${server.url}/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('구데스크');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    for (const probe of ['/..%2f..%2f..%2fetc%2fpasswd', '/%2e%2e/%2e%2e/etc/passwd', '/.env']) {
      const probeRes = await fetch(`${server.url}${probe}`);
      expect([403, 404]).toContain(probeRes.status);
      expect(await probeRes.text()).not.toContain('root:');
    }
  });

  it('falls back to a free port when the wanted one is busy', async () => {
    const second = await startWebServer({ core: fake.core, port: server.port, staticDir, warn: () => {} });
    try {
      expect(second.port).not.toBe(server.port);
      await expect(startWebServer({ core: fake.core, port: server.port, strictPort: true, warn: () => {} })).rejects.toThrow(
        /이미 다른 프로그램/,
      );
    } finally {
      await second.close();
    }
  });

  it('tells the clerk to build when the renderer is missing', async () => {
    const lines: string[] = [];
    const bare = await startWebServer({ core: fake.core, port: 0, staticDir: path.join(staticDir, 'missing'), warn: (l) => lines.push(l) });
    try {
      expect(lines.join('\n')).toContain('npm run build');
      const res = await fetch(`${bare.url}/`);
      expect(await res.text()).toContain('npm run build');
      expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    } finally {
      await bare.close();
    }
  });
});
