/**
 * A restore killed at any step (SIGKILL of a real process: no clean-up, no finally) never leaves
 * the folder without a database: right after the kill the database file is there, and the next
 * start finds either the old data (killed before the restore was committed to) or the new one
 * (killed after), never an empty folder that would offer demo data.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, DATABASE_FILE } from '../../../core/api/core.ts';
import type { RestoreStep } from '../../../core/backup/restore-swap.ts';
import { clipping, tempDir } from '../temp-core.ts';

const CHILD = join(import.meta.dirname, 'restore-crash-child.ts');
const BEFORE: Array<RestoreStep | 'locked'> = ['locked', 'staged', 'checkpointed'];
const AFTER: RestoreStep[] = ['marked', 'kept', 'cleared', 'swapped', 'done'];

let root: { dir: string; remove(): void };
let template: string;
let backupFile: string;
const OLD = ['백업 뒤에 쓴 기사', '백업에 든 기사'];
const NEW = ['백업에 든 기사'];

beforeAll(async () => {
  root = tempDir('gudesk-restore-crash-');
  template = join(root.dir, 'template');
  backupFile = join(root.dir, 'b.gdbak');
  const core = createCore({ dataDir: template });
  await core.call('clippings.create', { values: clipping({ title: '백업에 든 기사' }) });
  core.backup(backupFile);
  await core.call('clippings.create', { values: clipping({ title: '백업 뒤에 쓴 기사', outlet: 'KBS' }) });
  core.close();
});
afterAll(() => root.remove());

async function titlesAfterStart(dataDir: string): Promise<string[]> {
  const core = createCore({ dataDir });
  try {
    return (await core.call('clippings.list', {})).map((c) => c.title).sort();
  } finally {
    core.close();
  }
}

describe('a restore killed at each step', () => {
  for (const step of [...BEFORE, ...AFTER]) {
    it(`killed after '${step}': the folder has the ${BEFORE.includes(step) ? 'old' : 'new'} data at once and after the next start`, async () => {
      const dataDir = join(root.dir, `kill-${step}`);
      cpSync(template, dataDir, { recursive: true });
      const r = spawnSync(process.execPath, [CHILD, dataDir, backupFile, step], { encoding: 'utf8', timeout: 30_000 });
      expect(r.signal, r.stderr).toBe('SIGKILL');
      // At the instant of the kill there is a database in place (the old or the new one).
      expect(existsSync(join(dataDir, DATABASE_FILE))).toBe(true);

      const titles = await titlesAfterStart(dataDir);
      expect(titles).toEqual(BEFORE.includes(step) ? OLD : NEW);
      expect(readdirSync(dataDir).filter((n) => n.endsWith('.restoring') || n.endsWith('.restore.json'))).toEqual([]);
      // Once the restore was committed to, the replaced data is kept beside it.
      const kept = readdirSync(dataDir).filter((n) => n.includes('.before-restore-'));
      expect(kept.length > 0).toBe(!BEFORE.includes(step));
      // The killed process's lock died with it: a restore now runs to its end.
      const again = spawnSync(process.execPath, [CHILD, dataDir, backupFile, 'never'], { encoding: 'utf8', timeout: 30_000 });
      expect(again.status, again.stderr).toBe(0);
      expect(await titlesAfterStart(dataDir)).toEqual(NEW);
    });
  }
});
