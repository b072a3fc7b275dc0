/**
 * Personal records on the server (docs/PERSONAL-DATA.md): 장애 여부 is sealed with the server's
 * own key file (its database holds no plaintext), opened for the team that runs the register and
 * admins, masked for a 조회 전용 account; another team sees nothing; a push that sends a masked copy
 * back over the real value is refused in Korean and changes nothing.
 */
import { randomUUID } from 'node:crypto';
import { statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/store/open.ts';
import { BACKENDS } from './support/backends.ts';
import { TestClient } from './support/client.ts';
import { startTestServer, type TestServer } from './support/server.ts';

const trainee = { name: '김철용', phone: '010-1234-5678', birthDate: '1958-07-21', kind: '구민', address: '서초동', disability: true, consentOn: '2026-03-02' };

for (const backend of BACKENDS) {
  describe.skipIf(!backend.available)(`personal records on the server (${backend.name})`, () => {
    let server: TestServer | undefined;
    afterEach(async () => {
      await server?.close();
      server = undefined;
    });

    async function client(login: string): Promise<TestClient> {
      const c = new TestClient(server!.url, login);
      await c.loginOk();
      return c;
    }

    async function storedPulled(): Promise<string[]> {
      const { db } = await openDatabase(server!.db.url);
      try {
        return (await db.all<{ pulled: string }>("SELECT pulled FROM records WHERE register = 'trainees'")).map((r) => r.pulled);
      } finally {
        await db.close();
      }
    }

    it('stores 장애 여부 sealed with a key file made 0600 beside nothing in the database, and opens it for the team and admins only', async () => {
      server = await startTestServer(backend);
      const keyFile = join(server.db.dataDir, 'gudesk-field.key');
      expect(existsSync(keyFile)).toBe(true);
      if (process.platform !== 'win32') expect(statSync(keyFile).mode & 0o777).toBe(0o600);
      await server.addUser('kim', '정보화팀');
      await server.addUser('lee', '정보화팀');
      await server.addUser('park', '홍보팀');
      await server.addUser('boss', '총무팀', 'admin');
      await server.addUser('view', '정보화팀', 'viewer');
      const kim = await client('kim');
      const id = randomUUID();
      expect((await kim.push(kim.change('trainees', id, trainee))).status).toBe(200);

      const stored = await storedPulled();
      expect(stored).toHaveLength(1);
      expect(stored[0]).toMatch(/"disability":"enc1:/);
      expect(stored[0]).not.toMatch(/"disability":true/);

      const fields = async (login: string) => (await (await client(login)).pullAll()).records.find((r) => r.recordId === id)?.fields;
      expect(await fields('lee')).toMatchObject(trainee);
      // An admin of another team sees every team's personal records.
      expect(await fields('boss')).toMatchObject(trainee);
      // Another team's member: not at all.
      expect(await fields('park')).toBeUndefined();
      // A viewer of the team: masked, 장애 여부 and the date as never received (false / '': ●●● / blank on the PC).
      expect(await fields('view')).toMatchObject({ name: '김*용', phone: '010-1234-****', address: '서초동', birthDate: '', disability: false, kind: '구민' });
    });

    it('opens sealed values for the merge: a later edit of another field keeps 장애 여부, and an admin may edit another team’s record', async () => {
      server = await startTestServer(backend);
      await server.addUser('kim', '정보화팀');
      await server.addUser('boss', '총무팀', 'admin');
      const kim = await client('kim');
      const id = randomUUID();
      await kim.push(kim.change('trainees', id, trainee));
      await kim.push(kim.change('trainees', id, { address: '양재동' }));
      const boss = await client('boss');
      expect((await boss.push(boss.change('trainees', id, { disability: false }))).status).toBe(200);
      const got = (await kim.pullAll()).records.find((r) => r.recordId === id)!.fields;
      expect(got).toMatchObject({ address: '양재동', disability: false, name: '김철용' });
      expect((await storedPulled())[0]).not.toMatch(/"disability":(true|false)/);
    });

    it('refuses a push that writes the masked form over the stored value, and a viewer’s push, changing nothing', async () => {
      server = await startTestServer(backend);
      await server.addUser('kim', '정보화팀');
      await server.addUser('view', '정보화팀', 'viewer');
      const kim = await client('kim');
      const id = randomUUID();
      await kim.push(kim.change('trainees', id, trainee));
      const echo = await kim.push(kim.change('trainees', id, { name: '김*용', phone: '010-1234-****' }));
      expect(echo.status).toBe(400);
      expect(JSON.stringify(echo.body)).toContain('가려진 값(김*용)');
      const view = await client('view');
      const refused = await view.push(view.change('trainees', id, { address: '역삼동' }));
      expect(refused.status).toBe(403);
      expect(JSON.stringify(refused.body)).toContain('조회 전용');
      expect((await kim.pullAll()).records.find((r) => r.recordId === id)!.fields).toMatchObject({ name: '김철용', phone: '010-1234-5678', address: '서초동' });
    });

    it('refuses to start with a damaged key file, saying what it must be', async () => {
      const { writeFileSync, mkdtempSync } = await import('node:fs');
      const { tmpdir } = await import('node:os');
      const bad = join(mkdtempSync(join(tmpdir(), 'gudesk-key-')), 'field.key');
      writeFileSync(bad, 'not a key\n', { mode: 0o600 });
      await expect(startTestServer(backend, { fieldKeyFile: bad })).rejects.toThrow('민감정보 암호 키 파일');
    });
  });
}
