/** The database across restarts and server versions. */
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { newToken, tokenHash } from '../../server/auth/tokens.ts';
import { hashPassword } from '../../server/auth/password.ts';
import { MIGRATIONS } from '../../server/store/migrations.ts';
import { driverFor, openDatabase } from '../../server/store/open.ts';
import { formatHlc } from '../../shared/sync/hlc.ts';
import { PROTOCOL_VERSION, SYNC_ROUTES, packStamps, stampOf } from '../../shared/sync/protocol.ts';
import { PASSWORD } from './support/server.ts';
import { BACKENDS } from './support/backends.ts';
import { TestClient, postJson } from './support/client.ts';
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

    it('migration 2 keeps the sessions of PCs logged in before it, and a replayed refresh token still signs the PC out', async () => {
      db = await backend.createDb();
      // A database as the first server version left it: schema 1, one PC logged in.
      const conn = driverFor(db.url);
      const [access, refresh] = [newToken(), newToken()];
      const deviceId = randomUUID();
      const now = Date.now();
      await conn.transaction(async (tx) => {
        await tx.exec('CREATE TABLE schema_version (version INTEGER NOT NULL)');
        await tx.exec(MIGRATIONS[0]!.sql[conn.dialect]);
        await tx.run('INSERT INTO schema_version (version) VALUES (1)');
        await tx.run('INSERT INTO users (login, name, team, role, password_hash, created_at, disabled) VALUES (?, ?, ?, ?, ?, ?, 0)', ['kim', '김민지', '홍보팀', 'member', await hashPassword(PASSWORD), now]);
        await tx.run('INSERT INTO devices (id, login, name, last_seq, created_at, last_seen_at) VALUES (?, ?, ?, 0, ?, ?)', [deviceId, 'kim', 'PC-1', now, now]);
        await tx.run('INSERT INTO access_tokens (token_hash, device_id, expires_at) VALUES (?, ?, ?)', [tokenHash(access), deviceId, now + 600_000]);
        await tx.run('INSERT INTO refresh_tokens (token_hash, device_id, created_at, expires_at, used_at) VALUES (?, ?, ?, ?, NULL)', [tokenHash(refresh), deviceId, now, now + 86_400_000]);
      });
      await conn.close();

      const server = await startTestServer(backend, {}, db);
      try {
        const pc = new TestClient(server.url, 'kim', PASSWORD, deviceId);
        pc.session = { accessToken: access, refreshToken: refresh } as typeof pc.session;
        expect((await pc.pull()).status).toBe(200);
        const refreshOnce = () => postJson(server.url + SYNC_ROUTES.refresh, { protocol: PROTOCOL_VERSION, deviceId, refreshToken: refresh, clientVersion: pc.clientVersion });
        const rotated = await refreshOnce();
        expect(rotated.status).toBe(200);
        pc.session = rotated.body as typeof pc.session;
        expect((await pc.pull()).status).toBe(200);
        // The new tokens were used: the old refresh token presented again is a copy.
        expect((await refreshOnce()).status).toBe(401);
        expect((await pc.pull()).status).toBe(401);
      } finally {
        await server.close();
      }
    });

    it('migration 3 keeps op ids only from each device\'s next seq, so its earlier resends are still acknowledged', async () => {
      db = await backend.createDb();
      // A database as the second server version left it: one PC that had sent 5 ops.
      const conn = driverFor(db.url);
      const deviceId = randomUUID();
      const now = Date.now();
      await conn.transaction(async (tx) => {
        await tx.exec('CREATE TABLE schema_version (version INTEGER NOT NULL)');
        for (const m of MIGRATIONS.slice(0, 2)) {
          await tx.exec(m.sql[conn.dialect]);
          await tx.run('INSERT INTO schema_version (version) VALUES (?)', [m.version]);
        }
        await tx.run('INSERT INTO users (login, name, team, role, password_hash, created_at, disabled) VALUES (?, ?, ?, ?, ?, ?, 0)', ['kim', '김민지', '홍보팀', 'member', await hashPassword(PASSWORD), now]);
        await tx.run('INSERT INTO devices (id, login, name, last_seq, created_at, last_seen_at) VALUES (?, ?, ?, 5, ?, ?)', [deviceId, 'kim', 'PC-1', now, now]);
      });
      await conn.close();

      const server = await startTestServer(backend, {}, db);
      try {
        const check = driverFor(db.url);
        const device = await check.get<{ last_seq: number; ops_from: number }>('SELECT last_seq, ops_from FROM devices WHERE id = ?', [deviceId]);
        expect([Number(device?.last_seq), Number(device?.ops_from)]).toEqual([5, 6]);
        await check.close();
        const pc = new TestClient(server.url, 'kim', PASSWORD, deviceId);
        await pc.loginOk();
        pc.seq = 4;
        // Seq 5 from before the upgrade comes again (its reply was lost): acknowledged as it always was.
        expect((await pc.push(pc.change('clippings', randomUUID(), { title: '업그레이드 전' }))).body.ackedSeq).toBe(5);
        expect((await pc.push(pc.change('clippings', randomUUID(), { title: '업그레이드 뒤' }))).body.ackedSeq).toBe(6);
        pc.seq = 5;
        const reused = await pc.push(pc.change('clippings', randomUUID(), { title: '같은 번호의 다른 변경' }));
        expect(reused.body.error?.code).toBe('sequence_reused');
      } finally {
        await server.close();
      }
    });

    it('migration 4 keeps each record\'s fields, stamps and long-text bases, now stored once', async () => {
      db = await backend.createDb();
      // A database as the third server version left it: a 요약 rewritten on top of an earlier one.
      const conn = driverFor(db.url);
      const id = randomUUID();
      const stamp = (ago: number) => formatHlc({ millis: Date.now() - ago, counter: 0, node: '00000000000000aa' });
      const [first, second] = [stamp(2000), stamp(1000)];
      const fields = { publishedOn: '2024-09-02', outlet: 'KBS', title: '구정 소식', summary: '고쳐 쓴 요약' };
      const hlcs = { publishedOn: first, outlet: first, title: first, summary: second };
      await conn.transaction(async (tx) => {
        await tx.exec('CREATE TABLE schema_version (version INTEGER NOT NULL)');
        for (const m of MIGRATIONS.slice(0, 3)) {
          await tx.exec(m.sql[conn.dialect]);
          await tx.run('INSERT INTO schema_version (version) VALUES (?)', [m.version]);
        }
        await tx.run("INSERT INTO server_state (id, server_id, clock, last_seq, checked_rules) VALUES (1, ?, ?, 1, '')", [randomUUID(), second]);
        await tx.run('INSERT INTO records (register, record_id, team, seq, schema, state, pulled) VALUES (?, ?, ?, 1, 1, ?, ?)', [
          'clippings', id, '홍보팀',
          JSON.stringify({ fields, hlcs, bases: { summary: first } }),
          JSON.stringify({ register: 'clippings', recordId: id, schema: 1, ...packStamps(hlcs), fields }),
        ]);
      });
      await conn.close();

      const server = await startTestServer(backend, {}, db);
      try {
        await server.addUser('kim');
        const pc = new TestClient(server.url, 'kim');
        await pc.loginOk();
        const [held] = (await pc.pullAll()).records;
        expect(held?.fields).toEqual(fields);
        expect(Object.fromEntries(Object.keys(fields).map((f) => [f, stampOf(held!, f)]))).toEqual(hlcs);
        // The first 요약 arrives late from the PC that wrote it: the stored base says the second
        // was written on top of it, so it is simply older, not a conflict.
        const late = await pc.push(pc.change('clippings', id, { summary: '처음 요약' }, { hlc: first }));
        expect(late.body.conflicts).toBe(0);
        // A rewrite on top of the second 요약: its stamp was kept, so this is no conflict either.
        const next = await pc.push(pc.change('clippings', id, { summary: '세 번째 요약' }, { bases: { summary: second } }));
        expect(next.body.conflicts).toBe(0);
        const [after] = (await pc.pullAll()).records;
        expect(after?.fields['summary']).toBe('세 번째 요약');
        expect(Object.keys(after!.fields).some((f) => f.startsWith('_conflict'))).toBe(false);
      } finally {
        await server.close();
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
