/** `gudesk list attendance` names each row's 수강신청 by its trainee, masked (김*용), as the screens do. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../../core/cli/main.ts';

let dir: string;
let out: string[];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gudesk-cli-att-'));
  out = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

async function gudesk(...args: string[]): Promise<{ code: number; stdout: string }> {
  out.length = 0;
  const code = await main(['--data-dir', join(dir, 'data'), ...args]);
  return { code, stdout: out.join('\n') };
}

describe('gudesk list attendance', () => {
  it('shows the trainee of each enrolment, masked, not its 신청일시', async () => {
    for (const args of [
      ['add', 'courses', '과정명=스마트폰 기초'],
      ['add', 'classes', '반 이름=스마트폰 기초 3기', '교육과정=스마트폰 기초', '시작일=2027-03-02'],
      ['add', 'trainees', '이름=김철용', '연락처=010-1234-5678'],
      ['add', 'sessions', '교육반=스마트폰 기초 3기', '일자=2027-03-02'],
      ['add', 'enrolments', '교육반=스마트폰 기초 3기', '수강생=김철용', '신청일시=2027-02-20 10:30'],
      ['add', 'attendance', '교육회차=2027-03-02', '수강신청=2027-02-20T10:30', '출석=출석'],
    ]) {
      const r = await gudesk(...args);
      expect(r.code, r.stdout).toBe(0);
    }
    const list = await gudesk('list', 'attendance');
    expect(list.stdout).toContain('김*용');
    expect(list.stdout).not.toContain('2027-02-20');
    expect(list.stdout).not.toContain('김철용');
  });
});
