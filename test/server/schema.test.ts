/** The database across restarts and server versions. */
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/store/open.ts';
import { BACKENDS } from './support/backends.ts';
import { TestClient } from './support/client.ts';
import { runCli } from './support/cli.ts';
import { startTestServer } from './support/server.ts';
import type { TestDb } from './support/backends.ts';

for (const backend of BACKENDS) {
  describe.skipIf(!backend.available)(`스키마 (${backend.name})`, () => {
    let db: TestDb | undefined;
    afterEach(async () => {
      await db?.drop();
      db = undefined;
    });

    it('a restart keeps the server id, the accounts, the records and each PC\'s acknowledged seq', async () => {
      db = await backend.createDb();
      const first = await startTestServer(backend, {}, db);
      await first.addUser('kim');
      const pc = new TestClient(first.url, 'kim');
      await pc.loginOk();
      await pc.push(pc.change('clippings', randomUUID(), { title: '재시작 전' }));
      await first.close();

      const second = await startTestServer(backend, {}, db);
      try {
        expect(second.serverId).toBe(first.serverId);
        const again = new TestClient(second.url, 'kim', undefined, pc.deviceId);
        again.seq = 1;
        await again.loginOk();
        expect((await again.push(again.change('clippings', randomUUID(), { title: '재시작 후' }))).body.ackedSeq).toBe(2);
        expect((await again.pullAll()).records).toHaveLength(2);
      } finally {
        await second.close();
      }
    });

    it('a database written by a newer server is refused, in Korean, by the server and the CLI', async () => {
      db = await backend.createDb();
      const { db: conn } = await openDatabase(db.url);
      await conn.run('INSERT INTO schema_version (version) VALUES (?)', [99]);
      await conn.close();
      await expect(startTestServer(backend, {}, db)).rejects.toThrow(/새 버전에서 만들어졌습니다/);
      const cli = await runCli(['--db', db.url, 'user', 'list']);
      expect(cli.code).toBe(1);
      expect(cli.stderr).toContain('서버 프로그램을 업데이트하세요');
    });
  });
}
