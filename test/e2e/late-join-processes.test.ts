/**
 * The first week of a department, with real processes on 127.0.0.1: PC A imports the office's
 * lists (clippings linked to 보도자료; here the demo data exported from another folder, since
 * 예시 데이터 itself never syncs), logs in and syncs; PC B logs in for the first time and syncs.
 * B must end with every record, every link resolved to its 보도자료, equal checksums and no error —
 * the case that used to fail with 'FOREIGN KEY constraint failed'. A PC holding only demo data
 * sends nothing when it logs in.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncReport, SyncStatus } from '../../shared/domain/sync.ts';
import { gudesk, gudeskJson, gudeskServerCommand, killAll, startGudeskServer, type ServerProcess } from './support/processes.ts';

const PASSWORD = '비밀번호-2024!';
let root: string;
let server: ServerProcess;

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'gudesk-e2e-join-'));
  const db = `sqlite:${path.join(root, 'server', 'gudesk-server.sqlite')}`;
  for (const [login, name] of [['kim', '김 주무관'], ['lee', '이 주무관']] as const) {
    await gudeskServerCommand(['--db', db, 'user', 'add', login, '--name', name, '--team', '홍보팀', '--role', 'member', '--password-stdin'], `${PASSWORD}\n`);
  }
  server = await startGudeskServer(['--port', '0', '--db', db, '--data-dir', path.join(root, 'server')]);
});

afterAll(async () => {
  await killAll();
  if (root) rmSync(root, { recursive: true, force: true });
});

interface Row {
  id: string;
  releaseId: string;
  releaseTitle: string;
}

async function linked(dir: string): Promise<string[]> {
  const out = await gudesk(dir, ['list', 'clippings', '--json']);
  return out
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Row)
    .filter((r) => r.releaseId)
    .map((r) => `${r.id} ${r.releaseTitle}`)
    .sort();
}

describe('a PC joining after a colleague loaded the office\'s lists', { timeout: 120_000 }, () => {
  it('receives every clipping and 보도자료, links intact, checksums equal, no error', async () => {
    const demo = path.join(root, 'pc-demo');
    const a = path.join(root, 'pc-a');
    const b = path.join(root, 'pc-b');
    await gudesk(demo, ['seed-demo', '--rows', '800']);
    // 예시 데이터 stays on its PC: logging in sends none of it.
    expect(await gudesk(demo, ['login', '--server', server.url, '--user', 'kim', '--password-stdin'], `${PASSWORD}\n`)).toMatch(/예시 데이터 [\d,]+건은 서버로 보내지 않습니다/);
    expect(await gudeskJson<SyncReport>(demo, ['sync'])).toMatchObject({ pushed: 0 });
    for (const register of ['releases', 'clippings']) {
      const file = path.join(root, `${register}.csv`);
      await gudesk(demo, ['export', register, '--out', file]);
      await gudesk(a, ['import', register, file]);
    }
    await gudesk(a, ['login', '--server', server.url, '--user', 'kim', '--password-stdin'], `${PASSWORD}\n`);
    const pushed = await gudeskJson<SyncReport>(a, ['sync']);
    expect(pushed.pushed).toBeGreaterThan(800);

    await gudesk(b, ['login', '--server', server.url, '--user', 'lee', '--password-stdin'], `${PASSWORD}\n`);
    const report = await gudeskJson<SyncReport>(b, ['sync', '--verify']);
    expect(report.checksums).toBe('equal');
    expect(report.pulled).toBe(pushed.pushed);
    const status = await gudeskJson<SyncStatus>(b, ['sync-status']);
    expect(status).toMatchObject({ lastError: null, pending: 0, quarantined: 0 });

    const onA = await linked(a);
    expect(onA.length).toBeGreaterThan(20);
    expect(onA.every((l) => !l.endsWith('찾을 수 없는 보도자료'))).toBe(true);
    expect(await linked(b)).toEqual(onA);
    // A second sync on B has nothing to do.
    expect(await gudeskJson<SyncReport>(b, ['sync'])).toMatchObject({ pushed: 0, pulled: 0 });
  });
});
