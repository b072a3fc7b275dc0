/** With --tls-cert/--tls-key the server speaks HTTPS only (not a storage test: SQLite only). */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BACKENDS } from './support/backends.ts';
import { startTestServer } from './support/server.ts';

const hasOpenssl = existsSync('/usr/bin/openssl');

function selfSignedCert(): { certFile: string; keyFile: string } {
  const dir = mkdtempSync(join(tmpdir(), 'gudesk-tls-'));
  const certFile = join(dir, 'cert.pem');
  const keyFile = join(dir, 'key.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', keyFile, '-out', certFile], { stdio: 'ignore' });
  return { certFile, keyFile };
}

function getWithCa(url: string, ca: Buffer): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { ca }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe.skipIf(!hasOpenssl)('TLS', () => {
  it('serves https with the given certificate', async () => {
    const tls = selfSignedCert();
    const server = await startTestServer(BACKENDS[0]!, { tls });
    try {
      expect(server.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
      const res = await getWithCa(`${server.url}/updates/latest.yml`, readFileSync(tls.certFile));
      expect(res.status).toBe(404);
      expect(JSON.parse(res.body)).toEqual({ error: { code: 'bad_request', message: '없는 주소입니다.' } });
      await expect(fetch(server.url.replace('https:', 'http:'))).rejects.toThrow();
    } finally {
      await server.close();
    }
  });
});
