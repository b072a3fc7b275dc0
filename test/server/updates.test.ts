/** The update feed: an admin publishes a release, office PCs download it (with Range requests). */
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BACKENDS } from './support/backends.ts';
import { TestClient } from './support/client.ts';
import { runCli } from './support/cli.ts';
import { PASSWORD, startTestServer } from './support/server.ts';
import type { TestServer } from './support/server.ts';

const INSTALLER = 'GuDesk Setup 0.2.0.exe';

function releaseFiles(): { dir: string; exe: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'gudesk-release-'));
  const exe = Buffer.from(Array.from({ length: 100_000 }, (_, i) => i % 251));
  writeFileSync(join(dir, INSTALLER), exe);
  writeFileSync(join(dir, `${INSTALLER}.blockmap`), 'blockmap');
  writeFileSync(join(dir, 'latest.yml'), `version: 0.2.0\npath: ${INSTALLER}\n`);
  return { dir, exe };
}

for (const backend of BACKENDS) {
  describe.skipIf(!backend.available)(`업데이트 배포 (${backend.name})`, () => {
    let server: TestServer | undefined;
    afterEach(async () => {
      await server?.close();
      server = undefined;
    });

    it('the login reply names the department\'s update feed: the server\'s own /updates/, or the --update-feed policy', async () => {
      server = await startTestServer(backend);
      await server.addUser('kim');
      const own = await new TestClient(server.url, 'kim').loginOk();
      expect(own.updateFeedUrl).toBe(`${server.url}/updates/`);
      await server.close();
      server = await startTestServer(backend, { updateFeedUrl: 'https://update.gu.go.kr/gudesk/' });
      await server.addUser('kim');
      const pc = new TestClient(server.url, 'kim');
      expect((await pc.loginOk()).updateFeedUrl).toBe('https://update.gu.go.kr/gudesk/');
    });

    it('an admin publishes with the CLI; PCs fetch latest.yml and the installer, in ranges too', async () => {
      server = await startTestServer(backend);
      await server.addUser('admin', '전산팀', 'admin');
      const { dir, exe } = releaseFiles();
      const files = ['latest.yml', INSTALLER, `${INSTALLER}.blockmap`].map((f) => join(dir, f));
      const publish = await runCli(['update', 'publish', '--server', server.url, '--user', 'admin', '--password-stdin', ...files], `${PASSWORD}\n`);
      expect(publish.stderr).toBe('');
      expect(publish.code).toBe(0);
      // Installers first, latest.yml last.
      expect(publish.stdout.indexOf('latest.yml')).toBeGreaterThan(publish.stdout.indexOf(INSTALLER));

      const yml = await fetch(`${server.url}/updates/latest.yml`);
      expect(yml.status).toBe(200);
      expect(yml.headers.get('content-type')).toMatch(/yaml/);
      expect(await yml.text()).toContain('version: 0.2.0');

      const url = `${server.url}/updates/${encodeURIComponent(INSTALLER)}`;
      const whole = await fetch(url);
      expect(Buffer.from(await whole.arrayBuffer()).equals(exe)).toBe(true);
      const part = await fetch(url, { headers: { range: 'bytes=1000-1999' } });
      expect(part.status).toBe(206);
      expect(part.headers.get('content-range')).toBe(`bytes 1000-1999/${exe.length}`);
      expect(Buffer.from(await part.arrayBuffer()).equals(exe.subarray(1000, 2000))).toBe(true);
      expect((await fetch(`${url}.blockmap`)).status).toBe(200);
    });

    it('only an admin may upload, only feed file names are accepted, nothing outside the feed is served', async () => {
      server = await startTestServer(backend);
      await server.addUser('admin', '전산팀', 'admin');
      await server.addUser('kim');
      const member = new TestClient(server.url, 'kim');
      const admin = new TestClient(server.url, 'admin');
      await member.loginOk();
      await admin.loginOk();
      const put = (name: string, token?: string) =>
        fetch(`${server!.url}/api/v1/admin/updates/${encodeURIComponent(name)}`, {
          method: 'PUT',
          headers: { 'content-type': 'application/octet-stream', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: 'version: 9.9.9\n',
        });
      expect((await put('latest.yml')).status).toBe(401);
      const refused = await put('latest.yml', member.session!.accessToken);
      expect(refused.status).toBe(403);
      expect(((await refused.json()) as { error: { message: string } }).error.message).toContain('관리자 계정만');
      expect((await put('../gudesk-server.sqlite', admin.session!.accessToken)).status).toBe(400);
      expect((await put('.hidden.yml', admin.session!.accessToken)).status).toBe(400);
      expect((await put('notes.txt', admin.session!.accessToken)).status).toBe(400);
      expect(existsSync(join(server.db.dataDir, 'updates', 'latest.yml'))).toBe(false);
      expect((await put('latest.yml', admin.session!.accessToken)).status).toBe(200);
      expect(readFileSync(join(server.db.dataDir, 'updates', 'latest.yml'), 'utf8')).toBe('version: 9.9.9\n');

      writeFileSync(join(server.db.dataDir, 'secret.yml'), 'x');
      for (const path of ['/updates/../secret.yml', '/updates/%2e%2e/secret.yml', '/updates/%2e%2e%2fsecret.yml', '/updates/']) {
        const res = await fetch(server.url + path);
        expect(res.status, path).toBeGreaterThanOrEqual(400);
      }
    });

    it('publishing on the server machine itself writes into <data-dir>/updates', async () => {
      server = await startTestServer(backend);
      const { dir } = releaseFiles();
      const r = await runCli(['update', 'publish', '--data-dir', server.db.dataDir, join(dir, 'latest.yml'), join(dir, INSTALLER)]);
      expect(r.code).toBe(0);
      expect((await fetch(`${server.url}/updates/latest.yml`)).status).toBe(200);
      const bad = await runCli(['update', 'publish', '--data-dir', server.db.dataDir, join(dir, 'nope.exe')]);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain('파일이 없습니다');
    });
  });
}
