/** `npx gudesk access-log [--from --to] [--json]`: the 접속기록 as an IT clerk reads it. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../../core/cli/main.ts';
import { createCore } from '../../../core/api/core.ts';

let dir: string;
let out: string[];
let err: string[];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gudesk-cli-log-'));
  out = [];
  err = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

async function gudesk(...args: string[]) {
  out.length = 0;
  err.length = 0;
  const code = await main(['--data-dir', dir, ...args]);
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('gudesk access-log', () => {
  it('lists entries newest first, as a table or one JSON object a line, filtered by day', async () => {
    const core = createCore({ dataDir: dir, actor: '박주무관' });
    await core.call('accessLog.record', { register: 'trainees', recordId: 'r1', person: '김철용', action: 'open' });
    await core.call('accessLog.record', { register: 'trainees', recordId: 'r1', person: '김철용', action: 'reveal', field: '연락처', reason: '수강 안내 전화' });
    core.close();

    const text = await gudesk('access-log');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('사용자');
    expect(text.stdout).toContain('마스킹 해제');
    expect(text.stdout).toContain('수강 안내 전화');
    expect(text.stdout).toContain('김*용');
    expect(text.stdout).not.toContain('김철용');
    expect(text.stdout).toContain('(2건)');

    const json = await gudesk('access-log', '--json');
    const lines = json.stdout.split('\n').map((l) => JSON.parse(l) as { action: string; actor: string });
    expect(lines.map((l) => l.action)).toEqual(['reveal', 'open']);
    expect(lines[0]!.actor).toBe('박주무관');

    expect((await gudesk('access-log', '--from', '2020-01-01', '--to', '2020-12-31')).stdout).toBe('(접속기록 0건)');
  });

  it('says how to write a date it cannot read', async () => {
    const r = await gudesk('access-log', '--from', '11/1');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('2026-11-01처럼');
  });
});
