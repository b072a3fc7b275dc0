/**
 * A hostile client against a real `gudesk-server` process, then honest PCs (the `gudesk` CLI on
 * their own data folders) that must still sync and edit: every hostile push of the issue is
 * refused in Korean and nothing of it is stored, also after the server process is restarted.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncReport } from '../../shared/domain/sync.ts';
import { HOSTILE_EXPECTED, HOSTILE_KINDS, hostileLogin, pushHostile } from '../core/sync/hostile-client.ts';
import { gudesk, gudeskJson, gudeskServerCommand, killAll, startGudeskServer, type ServerProcess } from './support/processes.ts';

const PASSWORD = '비밀번호-2024!';

let root: string;
let dbFile: string;
let server: ServerProcess;
const dirA = () => path.join(root, 'pc-a');
const dirB = () => path.join(root, 'pc-b');

function startServer(port: number): Promise<ServerProcess> {
  return startGudeskServer(['--port', String(port), '--db', `sqlite:${dbFile}`, '--data-dir', path.join(root, 'server')]);
}

async function stopServer(): Promise<void> {
  server.child.kill('SIGTERM');
  await server.done;
}

async function clippings(dir: string): Promise<Array<{ id: string; title: string; reporter: string; tone: string }>> {
  const out = await gudesk(dir, ['list', 'clippings', '--json']);
  return out.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as { id: string; title: string; reporter: string; tone: string });
}

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'gudesk-e2e-hostile-'));
  dbFile = path.join(root, 'server', 'gudesk-server.sqlite');
  for (const [login, name] of [['kim', '김 주무관'], ['lee', '이 주무관'], ['evil', '악의 주무관']] as const) {
    await gudeskServerCommand(['--db', `sqlite:${dbFile}`, 'user', 'add', login, '--name', name, '--team', '홍보팀', '--role', 'member', '--password-stdin'], `${PASSWORD}\n`);
  }
  server = await startServer(0);
});

afterAll(async () => {
  await killAll();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('a hostile client, then honest PCs', { timeout: 90_000 }, () => {
  let id = '';

  it('two honest PCs share a clipping', async () => {
    await gudesk(dirA(), ['login', '--server', server.url, '--user', 'kim', '--password-stdin'], `${PASSWORD}\n`);
    await gudesk(dirB(), ['login', '--server', server.url, '--user', 'lee', '--password-stdin'], `${PASSWORD}\n`);
    await gudesk(dirA(), ['add', 'clippings', '보도일자=2024.9.2', '매체명=연합뉴스', '제목=금천구, 디지털 교육 확대']);
    await gudeskJson<SyncReport>(dirA(), ['sync']);
    await gudeskJson<SyncReport>(dirB(), ['sync']);
    const onB = await clippings(dirB());
    expect(onB.map((c) => c.title)).toEqual(['금천구, 디지털 교육 확대']);
    id = onB[0]!.id;
  });

  it('every hostile push is refused in Korean naming the field, the shared clipping attacked too', async () => {
    const hostile = await hostileLogin(server.url, 'evil', PASSWORD);
    for (const kind of HOSTILE_KINDS) {
      const r = await pushHostile(hostile, kind, Date.now(), kind === 'badTone' || kind === 'hugeTitle' ? id : undefined);
      expect(r.status, kind).toBe(HOSTILE_EXPECTED[kind].status);
      expect(r.body.error?.code, kind).toBe(HOSTILE_EXPECTED[kind].code);
      expect(r.body.error?.message, kind).toMatch(/[가-힣]/);
    }
    expect(hostile.seq).toBe(0);
  });

  it('after a server restart the honest PCs still sync and edit, and hold nothing of the attack', async () => {
    await stopServer();
    server = await startServer(server.port);
    await gudesk(dirB(), ['set', 'clippings', id, '기자=홍길동', '논조=긍정']);
    expect((await gudeskJson<SyncReport>(dirB(), ['sync'])).pushed).toBe(1);
    const onA = await gudeskJson<SyncReport>(dirA(), ['sync', '--verify']);
    expect(onA.checksums).toBe('equal');
    for (const dir of [dirA(), dirB()]) {
      const list = await clippings(dir);
      expect(list).toHaveLength(1);
      expect(list[0]).toMatchObject({ id, title: '금천구, 디지털 교육 확대', reporter: '홍길동', tone: '긍정' });
    }
    expect(await gudesk(dirA(), ['sync-status'])).not.toMatch(/CHECK|constraint|오류/);
    await stopServer();
    expect(await gudeskServerCommand(['--db', `sqlite:${dbFile}`, 'quarantine', 'list'])).toContain('격리된 자료가 없습니다.');
  });
});
