/**
 * The server trusts no client: the hostile pushes are refused in Korean naming the field,
 * none of it is stored, and honest PCs keep syncing — also after a restart, and also on a
 * database that already holds such records from before pushes were checked.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { formatHlc, parseHlc } from '../../shared/sync/hlc.ts';
import { MAX_CLOCK_SKEW_MS, PROTOCOL_VERSION, SYNC_ROUTES } from '../../shared/sync/protocol.ts';
import type { QuarantineResponse } from '../../shared/sync/protocol.ts';
import { driverFor } from '../../server/store/open.ts';
import { HOSTILE_EXPECTED, HOSTILE_KINDS, YEAR_5138, hostileChange, hostileLogin, hostilePush, hostileStamp, pushHostile } from '../core/sync/hostile-client.ts';
import { BACKENDS } from './support/backends.ts';
import { TestClient, postJson } from './support/client.ts';
import { runCli } from './support/cli.ts';
import { PASSWORD, startTestServer } from './support/server.ts';
import type { TestDb } from './support/backends.ts';
import type { TestServer } from './support/server.ts';

for (const backend of BACKENDS) {
  describe.skipIf(!backend.available)(`hostile client (${backend.name})`, () => {
    let server: TestServer | undefined;
    let db: TestDb | undefined;
    afterEach(async () => {
      await server?.close();
      await db?.drop();
      server = undefined;
      db = undefined;
    });

    async function honest(s: TestServer, login: string, deviceId?: string): Promise<TestClient> {
      const pc = new TestClient(s.url, login, PASSWORD, deviceId);
      await pc.loginOk();
      return pc;
    }

    it("refuses every hostile op of the issue in Korean naming the field, stores none of it, and honest PCs still sync, also after a restart", async () => {
      db = await backend.createDb();
      server = await startTestServer(backend, {}, db);
      await server.addUser('kim');
      await server.addUser('lee');
      const hostile = await hostileLogin(server.url, 'kim', PASSWORD);
      const pc = await honest(server, 'lee');
      const shared = randomUUID();
      expect((await pc.push(pc.change('clippings', shared, { publishedOn: '2024-09-02', outlet: '연합뉴스', title: '정상 기사', tone: '중립' }))).status).toBe(200);

      for (const kind of HOSTILE_KINDS) {
        const r = await pushHostile(hostile, kind, Date.now(), kind === 'badTone' ? shared : undefined);
        const expected = HOSTILE_EXPECTED[kind];
        expect(r.status, kind).toBe(expected.status);
        expect(r.body.error?.code, kind).toBe(expected.code);
        if (expected.field !== undefined) expect(r.body.error?.field, kind).toBe(expected.field);
        expect(r.body.error?.message, kind).toMatch(/[가-힣]/);
        expect(r.body.error?.message, kind).not.toMatch(/CHECK|constraint|Error/);
      }
      const tone = await pushHostile(hostile, 'badTone', Date.now(), shared);
      expect(tone.body.error?.message).toBe(
        "보낸 변경을 받지 않았습니다: 언론보도의 논조 값 '악의'는 허용되지 않습니다(긍정, 중립, 부정). 이번에 보낸 변경은 하나도 저장하지 않았습니다. 이 메시지가 계속 나오면 관리자에게 알리세요.");
      expect((await pushHostile(hostile, 'hugeTitle')).body.error?.message).toContain('언론보도의 제목은 300자 이내여야 합니다(받은 값 20,000자).');
      expect((await pushHostile(hostile, 'notADate')).body.error?.message).toContain("언론보도의 보도일자 값 'not-a-date'은(는) 2024-09-02 형식의 실제 날짜가 아닙니다.");
      const etc = await pushHostile(hostile, 'unknownRegister');
      expect(etc.body.error?.message).toContain("알 수 없는 대장 '../../etc'");
      expect(JSON.stringify(etc.body)).not.toContain('1234567');
      const future = await pushHostile(hostile, 'farFutureStamp');
      expect(future.body.error?.message).toContain('5138. 1. 1.');
      expect(future.body.error?.stampTime).toBe(YEAR_5138);

      // One bad op in a batch refuses the batch: the good op before it is not stored either.
      const mixed = await hostilePush(hostile, [
        { register: 'clippings', recordId: randomUUID(), hlc: hostileStamp(hostile, Date.now()), schema: 1, fields: { title: '같이 보낸 정상 기사' } },
        hostileChange(hostile, 'badTone', Date.now()),
      ]);
      expect(mixed.status).toBe(400);
      expect(hostile.seq).toBe(0);

      // Nothing of it reached the server: honest PCs see only honest records, and keep editing them.
      const seen = await pc.pullAll(null, 2000, true);
      expect(seen.records.map((r) => r.recordId)).toEqual([shared]);
      expect(seen.records[0]!.fields.tone).toBe('중립');
      expect(Math.max(...seen.records.map((r) => parseHlc(r.hlc)!.millis))).toBeLessThan(Date.now() + MAX_CLOCK_SKEW_MS);
      expect((await pc.push(pc.change('clippings', shared, { reporter: '홍길동' }))).status).toBe(200);
      // The hostile account may still push honest values: its sequence was never moved.
      expect((await hostilePush(hostile, [{ register: 'clippings', recordId: randomUUID(), hlc: hostileStamp(hostile, Date.now()), schema: 1, fields: { title: '정직한 기사' } }])).body.ackedSeq).toBe(1);

      await server.close();
      server = await startTestServer(backend, {}, db);
      const after = await honest(server, 'lee', pc.deviceId);
      after.seq = pc.seq;
      expect((await after.push(after.change('clippings', shared, { page: '3면' }))).status).toBe(200);
      const again = await after.pullAll();
      expect(again.records).toHaveLength(2);
      expect(again.records.find((r) => r.recordId === shared)?.fields).toMatchObject({ reporter: '홍길동', page: '3면', tone: '중립' });
    });

    it('stores an op stamped at the end of a millisecond\'s counter: the server clock moves on instead of failing', async () => {
      server = await startTestServer(backend);
      await server.addUser('kim');
      const a = await honest(server, 'kim');
      const b = await honest(server, 'kim');
      const id = randomUUID();
      const millis = Date.now() + 60_000;
      // Two concurrent 요약 rewrites at the counter's end: the server ticks its own clock for the mark.
      const first = await a.push({ register: 'clippings', recordId: id, hlc: formatHlc({ millis, counter: 0xffff, node: '00000000000000aa' }), schema: 1, fields: { summary: 'A' }, bases: { summary: null } });
      expect(first.status).toBe(200);
      const second = await b.push({ register: 'clippings', recordId: id, hlc: formatHlc({ millis, counter: 0xffff, node: '00000000000000bb' }), schema: 1, fields: { summary: 'B' }, bases: { summary: null } });
      expect(second.status).toBe(200);
      expect(second.body.conflicts).toBe(1);
      const rec = (await a.pullAll()).records[0]!;
      const mark = parseHlc(rec.hlcs?.['_conflict:summary'] ?? rec.hlc)!;
      expect(mark.millis).toBe(millis + 1);
    });

    it('a database holding bad records from before pushes were checked: they are left out of pulls, listed and cleared by `quarantine`, and pushes work after the year-5138 clock', async () => {
      db = await backend.createDb();
      server = await startTestServer(backend, {}, db);
      await server.addUser('kim');
      const pc = await honest(server, 'kim');
      const good = randomUUID();
      await pc.push(pc.change('clippings', good, { title: '정상 기사', summary: '처음 요약' }, { bases: { summary: null } }));
      await server.close();
      server = undefined;

      // What an unchecked server stored: a 논조 of '악의', a register named '../../etc', a stamp in 5138, and its clock there too.
      const [badTone, etc, future] = [randomUUID(), randomUUID(), randomUUID()];
      const now = Date.now();
      const ok = formatHlc({ millis: now, counter: 0, node: '00000000000000cc' });
      const year5138 = formatHlc({ millis: YEAR_5138, counter: 0xffff, node: '00000000000000cc' });
      const conn = driverFor(db.url);
      await conn.transaction(async (tx) => {
        const row = (register: string, id: string, seq: number, fields: Record<string, unknown>, hlc: string) => {
          const pulled = { register, recordId: id, schema: 1, hlc, fields };
          return tx.run("INSERT INTO records (register, record_id, team, seq, schema, bases, pulled) VALUES (?, ?, ?, ?, 1, '{}', ?)",
            [register, id, '홍보팀', seq, JSON.stringify(pulled)]);
        };
        await row('clippings', badTone, 101, { title: '악의적인 논조', tone: '악의' }, ok);
        await row('../../etc', etc, 102, { 주민등록번호: '900101-1234567' }, ok);
        await row('clippings', future, 103, { title: '5138년의 기사' }, year5138);
        await tx.run("UPDATE server_state SET clock = ?, last_seq = 103, checked_rules = ''", [year5138]);
      });
      await conn.close();

      server = await startTestServer(backend, {}, db);
      const other = await honest(server, 'kim');
      const pulled = await other.pullAll(null, 2000, true);
      expect(pulled.records.map((r) => r.recordId)).toEqual([good]);
      // The server's own clock left 5138: a conflict mark it stamps now is stamped now.
      const again = await honest(server, 'kim', pc.deviceId);
      again.seq = 1;
      const rewrite = await again.push(again.change('clippings', good, { summary: 'A의 요약' }, { bases: { summary: null } }));
      expect(rewrite.status).toBe(200);
      const rewrite2 = await other.push(other.change('clippings', good, { summary: 'B의 요약' }, { bases: { summary: null } }));
      expect(rewrite2.body.conflicts).toBe(1);
      const rec = (await other.pullAll()).records[0]!;
      for (const s of [rec.hlc, ...Object.values(rec.hlcs ?? {})]) expect(parseHlc(s)!.millis).toBeLessThan(Date.now() + MAX_CLOCK_SKEW_MS);

      // An admin sees them from a PC too (the screen for admins); a member may not.
      await server.addUser('boss', '홍보팀', 'admin');
      const admin = await honest(server, 'boss');
      const ask = (pc: TestClient, clear?: string) => postJson<QuarantineResponse>(server!.url + SYNC_ROUTES.quarantine,
        { protocol: PROTOCOL_VERSION, deviceId: pc.deviceId, clientVersion: pc.clientVersion, ...(clear ? { clear } : {}) }, pc.session!.accessToken);
      const seenByAdmin = await ask(admin);
      expect(seenByAdmin.status).toBe(200);
      expect(seenByAdmin.body.records.map((q) => q.recordId).sort()).toEqual([badTone, etc, future].sort());
      expect(seenByAdmin.body.records.find((q) => q.recordId === badTone)).toMatchObject({ registerLabel: '언론보도', team: '홍보팀' });
      expect(seenByAdmin.body.records.find((q) => q.recordId === future)?.reason).toContain('서버 시각보다 한참 뒤인');
      expect(JSON.stringify(seenByAdmin.body)).not.toContain('1234567');
      const byMember = await ask(other);
      expect(byMember.status).toBe(403);
      expect(byMember.body.error?.message).toContain('관리자 계정만');
      const clearedByAdmin = await ask(admin, future);
      expect(clearedByAdmin.body.cleared).toBe(true);
      expect(clearedByAdmin.body.records).toHaveLength(2);
      await server.close();
      server = undefined;

      const list = await runCli(['--db', db.url, 'quarantine', 'list']);
      expect(list.code).toBe(0);
      expect(list.stdout).toContain('격리된 자료 2건');
      expect(list.stdout).toContain(`언론보도\t${badTone}`);
      expect(list.stdout).toContain("논조 값 '악의'는 허용되지 않습니다");
      expect(list.stdout).toContain(`../../etc\t${etc}`);
      expect(list.stdout).not.toContain('1234567');
      const cleared = await runCli(['--db', db.url, 'quarantine', 'clear', etc]);
      expect(cleared.code).toBe(0);
      expect(cleared.stdout).toContain(`격리된 자료를 지웠습니다: ${etc}`);
      const missing = await runCli(['--db', db.url, 'quarantine', 'clear', etc]);
      expect(missing.code).toBe(1);
      expect(missing.stderr).toContain('격리된 자료 중에 ID가');
      expect((await runCli(['--db', db.url, 'quarantine', 'list'])).stdout).toContain('격리된 자료 1건');
    });
  });
}
