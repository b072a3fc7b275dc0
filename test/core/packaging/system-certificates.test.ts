/**
 * The desktop app trusts the PC's own certificate store: a certificate Node alone does not know
 * (here a self-signed one added to the list the store would give) becomes reachable by fetch.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tls from 'node:tls';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { trustSystemCertificates } from '../../../electron/main/system-certificates.ts';

const hasOpenssl = existsSync('/usr/bin/openssl');

describe.skipIf(!hasOpenssl)('system certificates', () => {
  const original = tls.getCACertificates('default');
  afterEach(() => {
    tls.setDefaultCACertificates(original);
    vi.restoreAllMocks();
  });

  it('a server certificate trusted by the system store is accepted after trustSystemCertificates()', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gudesk-ca-'));
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
    const cert = readFileSync(join(dir, 'cert.pem'), 'utf8');
    const server = createServer({ key: readFileSync(join(dir, 'key.pem')), cert }, (_q, r) => r.end('ok')).listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const address = server.address();
    const url = `https://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
    try {
      await expect(fetch(url)).rejects.toThrow();
      const real = tls.getCACertificates.bind(tls);
      vi.spyOn(tls, 'getCACertificates').mockImplementation((type) => (type === 'system' ? [cert] : real(type)));
      trustSystemCertificates();
      expect(await (await fetch(url, { headers: { connection: 'close' } })).text()).toBe('ok');
    } finally {
      server.close();
    }
  });
});
