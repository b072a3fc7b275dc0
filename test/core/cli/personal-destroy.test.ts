/** `npx gudesk personal destroy`: 파기 from the command line — a dry run first, then for real. */
import { formatKoreanDate } from '../../../shared/text/korean-date.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../../core/cli/main.ts';
import { createCore } from '../../../core/api/core.ts';
import { daysAgo, seedPeople, type People } from '../personal/destroy-fixture.ts';

let dir: string;
let out: string[];
let err: string[];
let people: People;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gudesk-cli-destroy-'));
  out = [];
  err = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  const core = createCore({ dataDir: dir, actor: '박주무관' });
  people = await seedPeople(core);
  core.close();
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

describe('gudesk personal destroy', () => {
  it('--dry-run lists who is due, masked, with dates and counts, and changes nothing', async () => {
    const plan = await gudesk('personal', 'destroy', '--due', '--dry-run');
    expect(plan.code).toBe(0);
    expect(plan.stdout).toContain('수강생: 보유 기간 3년, 파기 대상 1명');
    expect(plan.stdout).toContain('김*용');
    expect(plan.stdout).toContain(formatKoreanDate(daysAgo(4)));
    expect(plan.stdout).not.toContain('김철용');
    expect(plan.stdout).toContain('아무것도 파기하지 않았습니다');
    const json = await gudesk('personal', 'destroy', '--due', '--dry-run', '--json');
    expect(json.stdout.split('\n').map((l) => JSON.parse(l) as { id: string; name: string })).toEqual([expect.objectContaining({ id: people.old, name: '김*용', dueOn: daysAgo(1) })]);
    // Nothing was destroyed: the same plan again.
    expect((await gudesk('personal', 'destroy', '--due', '--dry-run')).stdout).toContain('파기 대상 1명');
  });

  it('destroys what is due with a reason, and refuses without one', async () => {
    const noReason = await gudesk('personal', 'destroy', '--due');
    expect(noReason.code).not.toBe(0);
    expect(noReason.stderr).toContain('파기 사유');
    const done = await gudesk('personal', 'destroy', '--due', '--reason', '보유 기간 경과', '--json');
    expect(done.code).toBe(0);
    expect(JSON.parse(done.stdout)).toMatchObject({ register: 'trainees', count: 1 });
    const again = await gudesk('personal', 'destroy', '--due', '--register', 'trainees', '--reason', '보유 기간 경과');
    expect(again.stderr).toContain('보유 기간이 지난 수강생 기록이 없습니다');
    const got = await gudesk('get', 'trainees', people.old, '--json');
    expect(JSON.parse(got.stdout)).toMatchObject({ name: '(파기됨)', phone: '' });
    const log = await gudesk('access-log');
    expect(log.stdout).toContain('파기');
    expect(log.stdout).not.toContain('김');
  });

  it('--id destroys the chosen records on an admin’s order', async () => {
    const done = await gudesk('personal', 'destroy', '--id', people.recent, '--id', people.fresh, '--register', 'trainees', '--reason', '본인 요청');
    expect(done.code).toBe(0);
    expect(done.stdout).toContain('2명의 개인정보를 파기했습니다');
    expect((await gudesk('personal', 'destroy', '--id', people.old, '--reason', '본인 요청')).stderr).toContain('--register');
  });
});
