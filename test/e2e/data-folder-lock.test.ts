/**
 * Real processes on one data folder: while browser mode (`node core/web/main.ts --data-dir …`)
 * has it open, `gudesk restore` and a second writer are refused in Korean and change nothing,
 * a second browser mode does not start, and `gudesk backup` still works beside it. Once browser
 * mode has stopped, the restore goes through.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gudesk, killAll, REPO_ROOT, startGudesk } from './support/processes.ts';

const WEB_MAIN = path.join(REPO_ROOT, 'core', 'web', 'main.ts');

interface BrowserMode {
  child: ChildProcess;
  address: string;
  exited: Promise<{ code: number | null; stderr: string }>;
}

function childEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (key.startsWith('GUDESK_')) delete env[key];
  return env;
}

/** Starts browser mode on `dataDir` and resolves with its address, or with its exit if it refused to start. */
function startBrowserMode(dataDir: string): Promise<BrowserMode | { refused: { code: number | null; stderr: string } }> {
  const child = spawn(process.execPath, [WEB_MAIN, '--data-dir', dataDir, '--port', '0'], { cwd: REPO_ROOT, env: childEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  const exited = new Promise<{ code: number | null; stderr: string }>((resolve) => child.once('close', (code) => resolve({ code, stderr })));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`브라우저 모드가 주소를 알리지 않았습니다.\n${stdout}\n${stderr}`)), 30_000);
    child.stdout.on('data', () => {
      const m = /GuDesk 브라우저 모드: (\S+)/.exec(stdout);
      if (m) {
        clearTimeout(timer);
        resolve({ child, address: m[1]!, exited });
      }
    });
    void exited.then((r) => {
      clearTimeout(timer);
      resolve({ refused: r });
    });
  });
}

let root: string;
let dataDir: string;
let backupFile: string;
beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'gudesk-e2e-lock-'));
  dataDir = path.join(root, 'data');
  backupFile = path.join(root, 'older.gdbak');
  await gudesk(dataDir, ['add', 'releases', '배포일=2024-09-02', '제목=백업에 든 보도자료']);
  await gudesk(dataDir, ['backup', '--out', backupFile]);
  await gudesk(dataDir, ['add', 'releases', '배포일=2024-09-03', '제목=브라우저 모드 전에 쓴 보도자료']);
});
afterAll(async () => {
  await killAll();
  rmSync(root, { recursive: true, force: true });
});

describe('one data folder, several GuDesk processes', () => {
  it('refuses restore and a second writer while browser mode holds the folder, and restores once it stopped', async () => {
    const web = await startBrowserMode(dataDir);
    if ('refused' in web) throw new Error(`브라우저 모드가 시작하지 않았습니다: ${web.refused.stderr}`);
    try {
      const restore = await startGudesk(dataDir, ['restore', backupFile]).done;
      expect(restore.code).toBe(1);
      expect(restore.stderr).toContain('다른 GuDesk 창/브라우저 모드가 이 데이터 폴더를 쓰고 있습니다');
      expect(restore.stderr).toContain(`브라우저 모드, 프로세스 ${web.child.pid}`);
      expect(restore.stderr).toContain('복원하지 않았습니다');

      const writer = await startGudesk(dataDir, ['add', 'releases', '배포일=2024-09-04', '제목=두 번째 쓰기']).done;
      expect(writer.code).toBe(1);
      expect(writer.stderr).toContain('다른 GuDesk 창/브라우저 모드가 이 데이터 폴더를 쓰고 있습니다');

      const second = await startBrowserMode(dataDir);
      expect('refused' in second && second.refused.code).toBe(1);
      if ('refused' in second) expect(second.refused.stderr).toContain('다른 GuDesk 창/브라우저 모드가');

      // A backup reads a snapshot beside the open browser mode.
      const beside = path.join(root, 'beside.gdbak');
      expect(await gudesk(dataDir, ['backup', '--out', beside])).toContain('백업했습니다');
    } finally {
      web.child.kill('SIGTERM');
      await web.exited;
    }
    const list = await gudesk(dataDir, ['list', 'releases']);
    expect(list).toContain('브라우저 모드 전에 쓴 보도자료');
    expect(list).not.toContain('두 번째 쓰기');

    expect(await gudesk(dataDir, ['restore', backupFile])).toContain('복원했습니다');
    const after = await gudesk(dataDir, ['list', 'releases']);
    expect(after).toContain('백업에 든 보도자료');
    expect(after).not.toContain('브라우저 모드 전에 쓴 보도자료');
  });
});
