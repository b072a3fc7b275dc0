/**
 * Plain HTTP stays on this machine unless the administrator says otherwise: beyond 127.0.0.1 the
 * server wants a certificate or an explicit --insecure-http, and then it warns (real processes).
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './support/cli.ts';

const root = join(import.meta.dirname, '../..');

/** Starts the server CLI, waits for its address line, then stops it with SIGTERM. */
function serveUntilListening(args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(join(root, 'node_modules/.bin/node'), [join(root, 'bin/gudesk-server.mjs'), ...args], { cwd: root });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (stdout.includes('요청을 기다립니다')) child.kill('SIGTERM');
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ stdout, stderr, code: code ?? -1 });
    });
  });
}

describe('서버의 전송 보안', () => {
  it('refuses to listen on 0.0.0.0 over plain HTTP without --insecure-http (Korean, exit code 2)', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'gudesk-transport-'));
    const r = await runCli(['--host', '0.0.0.0', '--port', '0', '--data-dir', dataDir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('0.0.0.0 에서 받으려면 HTTPS가 필요합니다');
    expect(r.stderr).toContain('--insecure-http');
    expect(r.stdout).not.toContain('요청을 기다립니다');
  });

  it('with --insecure-http it listens and warns that the connection is not encrypted', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'gudesk-transport-'));
    const r = await serveUntilListening(['--host', '0.0.0.0', '--port', '0', '--data-dir', dataDir, '--insecure-http']);
    expect(r.stdout).toMatch(/요청을 기다립니다/);
    expect(r.stderr).toContain('경고: 암호화되지 않은 HTTP로 다른 PC의 요청을 받습니다');
  });

  it('by default it listens on 127.0.0.1 only, with no warning', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'gudesk-transport-'));
    const r = await serveUntilListening(['--port', '0', '--data-dir', dataDir]);
    expect(r.stdout).toMatch(/http:\/\/127\.0\.0\.1:\d+ 에서 요청을 기다립니다/);
    expect(r.stderr).toBe('');
  });

  it.skipIf(!existsSync('/usr/bin/openssl'))('with a certificate it listens on 0.0.0.0 over HTTPS, no flag and no warning needed', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'gudesk-transport-'));
    const certFile = join(dataDir, 'cert.pem');
    const keyFile = join(dataDir, 'key.pem');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-keyout', keyFile, '-out', certFile], { stdio: 'ignore' });
    const r = await serveUntilListening(['--host', '0.0.0.0', '--port', '0', '--data-dir', dataDir, '--tls-cert', certFile, '--tls-key', keyFile]);
    expect(r.stdout).toMatch(/https:\/\/127\.0\.0\.1:\d+ 에서 요청을 기다립니다/);
    expect(r.stderr).toBe('');
  });
});
