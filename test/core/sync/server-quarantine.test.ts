/**
 * 설정 › 격리된 기록 for admins: the records the central server set aside (stored before it
 * checked every push) are listed on an admin's PC with their Korean reason and removed from there;
 * a member's PC is refused in Korean.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../../core/api/core.ts';
import type { Core } from '../../../core/api/core-types.ts';
import { addUser, withAccounts } from '../../../server/accounts-admin.ts';
import { startServer, type RunningServer } from '../../../server/main.ts';
import { failure } from '../temp-core.ts';

const PASSWORD = '비밀번호-2024!';
let root: string;
let server: RunningServer | undefined;
const cores: Core[] = [];

afterEach(async () => {
  for (const c of cores.splice(0)) c.close();
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

describe("the server's quarantine on an admin's PC", () => {
  it('lists what the server set aside with its reason, clears it; a member is refused', async () => {
    root = mkdtempSync(join(tmpdir(), 'gudesk-srvq-'));
    const file = join(root, 'server.sqlite');
    const db = `sqlite:${file}`;
    const start = () => startServer({ db, dataDir: join(root, 'server'), port: 0, host: '127.0.0.1' });
    server = await start();
    await withAccounts(db, async (a) => {
      await addUser(a, { login: 'boss', name: '박 팀장', team: '홍보팀', role: 'admin', password: PASSWORD });
      await addUser(a, { login: 'kim', name: '김 주무관', team: '홍보팀', role: 'member', password: PASSWORD });
    });
    await server.close();

    // A record an older, unchecking server stored: a 논조 no form allows.
    const raw = new Database(file);
    const id = '0190d2a4-7b3c-7d00-8000-0000000000aa';
    const hlc = `${String(Date.now()).padStart(15, '0')}-0000-00000000000000cc`;
    const fields = { publishedOn: '2024-09-02', outlet: 'KBS', title: '악의적인 논조', tone: '악의' };
    raw.prepare("INSERT INTO records (register, record_id, team, seq, schema, bases, pulled) VALUES (?, ?, ?, 1, 1, '{}', ?)")
      .run('clippings', id, '홍보팀', JSON.stringify({ register: 'clippings', recordId: id, schema: 1, hlc, fields }));
    raw.prepare("UPDATE server_state SET last_seq = 1, checked_rules = ''").run();
    raw.close();
    server = await start();

    const admin = createCore({ dataDir: join(root, 'admin'), actor: '박 팀장' });
    const member = createCore({ dataDir: join(root, 'member'), actor: '김 주무관' });
    cores.push(admin, member);
    await admin.call('sync.login', { serverUrl: server.url, login: 'boss', password: PASSWORD });
    await member.call('sync.login', { serverUrl: server.url, login: 'kim', password: PASSWORD });
    // Nobody receives it.
    expect((await admin.call('sync.now', {})).pulled).toBe(0);

    const listed = await admin.call('sync.serverQuarantine', {});
    expect(listed.records).toMatchObject([{ register: 'clippings', registerLabel: '언론보도', recordId: id, team: '홍보팀' }]);
    expect(listed.records[0]!.reason).toContain('악의');
    expect((await failure(member, 'sync.serverQuarantine', {})).message).toContain('관리자');

    expect(await admin.call('sync.serverQuarantine', { clear: id })).toEqual({ records: [], cleared: true });
  });
});
