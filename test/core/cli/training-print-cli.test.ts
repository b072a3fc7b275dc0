/**
 * `npx gudesk training print …`: a class's 출석부, 수료증 and 수강생 명단 written to a PDF by 반 이름;
 * any print without --reason is refused (exit 2, Korean message, no file), with it logged.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../../core/cli/main.ts';
import { pdfText, printFixture, type PrintFixture } from '../print/training-fixture.ts';
import { openTempCore, type TempCore } from '../temp-core.ts';

let t: TempCore;
let f: PrintFixture;
let out: string[];
let err: string[];
beforeEach(async () => {
  t = openTempCore();
  f = await printFixture(t.core);
  await t.core.call('enrolments.update', { id: f.enrolments['김철용'], patch: { status: '수료' } });
  t.core.close(); // the CLI opens the folder itself
  out = [];
  err = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
});
afterEach(() => {
  vi.restoreAllMocks();
  t.reopen();
  t.dispose();
});

async function gudesk(...args: string[]) {
  out.length = 0;
  err.length = 0;
  const code = await main(['--data-dir', t.dir, ...args]);
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('gudesk training print', () => {
  it('writes the 출석부, 명단 and 수료증 PDFs of a class named by 반 이름', async () => {
    const attendance = join(t.dir, '출석부.pdf');
    const a = await gudesk('training', 'print', 'attendance', '--class', '스마트폰 기초 3기', '--out', attendance, '--reason', '출석 확인');
    expect(a).toMatchObject({ code: 0, stderr: '' });
    expect(a.stdout).toContain('출석부를 만들었습니다 (3명)');
    expect(pdfText(attendance)).toContain('김*용');

    const roster = join(t.dir, '명단.pdf');
    expect((await gudesk('training', 'print', 'roster', '--class', '스마트폰 기초 3기', '--out', roster, '--reason', '안내 전화')).code).toBe(0);
    expect(pdfText(roster)).toContain('스마트폰 기초 3기 수강생 명단');

    const cert = join(t.dir, '수료증.pdf');
    const refused = await gudesk('training', 'print', 'certificates', '--class', '스마트폰 기초 3기', '--out', cert);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--reason 인쇄 사유가 필요합니다');
    expect(existsSync(cert)).toBe(false);
    const ok = await gudesk('training', 'print', 'certificates', '--class', '스마트폰 기초 3기', '--out', cert, '--reason', '수료식');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('수료증을 만들었습니다 (1장)');
    expect(pdfText(cert)).toContain('김철용');
    const log = await gudesk('access-log', '--json');
    expect(log.stdout).toContain('수료식');
    for (const field of ['출석부 (스마트폰 기초 3기)', '수강생 명단 (스마트폰 기초 3기)', '수료증 (스마트폰 기초 3기)']) expect(log.stdout).toContain(field);
  });

  it('출석부 and 명단 without --reason (or a blank one) exit 2, in Korean, writing no file and no log', async () => {
    for (const kind of ['attendance', 'roster']) {
      for (const extra of [[], ['--reason', '  ']]) {
        const file = join(t.dir, `${kind}.pdf`);
        const r = await gudesk('training', 'print', kind, '--class', '스마트폰 기초 3기', '--out', file, ...extra);
        expect(r.code).toBe(2);
        expect(r.stderr).toContain('--reason 인쇄 사유가 필요합니다');
        expect(existsSync(file)).toBe(false);
      }
    }
    const log = await gudesk('access-log', '--json');
    expect(log.stdout).not.toContain('스마트폰 기초 3기');
  });

  it('misuse exits 2 with the form to use', async () => {
    const r = await gudesk('training', 'print', 'badges', '--class', 'x', '--out', 'y.pdf');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('training print attendance|certificates|roster');
  });
});
