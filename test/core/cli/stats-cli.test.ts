/** `npx gudesk stats …`: the registry's tables in the terminal, and --json exactly as stats.run answers. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../../core/cli/main.ts';
import { createCore } from '../../../core/api/core.ts';

let dir: string;
const out: string[] = [];
const err: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gudesk-stats-cli-'));
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  expect(await main(['--data-dir', dir, 'seed-demo', '--rows', '1500'])).toBe(0);
});
afterAll(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  out.length = 0;
  err.length = 0;
});

async function gudesk(...args: string[]) {
  out.length = 0;
  err.length = 0;
  const code = await main(['--data-dir', dir, ...args]);
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

async function op(op: string, input: unknown): Promise<unknown> {
  const core = createCore({ dataDir: dir, actor: '홍길동' });
  try {
    return await core.call(op as 'stats.run', input as never);
  } finally {
    core.close();
  }
}

describe('gudesk stats', () => {
  it('--list names each statistic and its groupings; --json is stats.list', async () => {
    const text = await gudesk('stats', '--list');
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^clippings\s+언론보도 건수\s+기간: 보도일자 · 묶음: 매체구분\(mediaType\), 월\(month\)/m);
    const json = await gudesk('stats', '--list', '--json');
    expect(JSON.parse(json.stdout)).toEqual(await op('stats.list', {}));
  });

  it('prints --json exactly as the op answers, Korean dates and labels read the same', async () => {
    const cli = await gudesk('stats', 'clippings', '--from', '2025.1.1', '--to', '2025. 12. 31.', '--by', '민선기,매체구분', '--json');
    expect(cli.code).toBe(0);
    expect(JSON.parse(cli.stdout)).toEqual(await op('stats.run', { name: 'clippings', from: '2025-01-01', to: '2025-12-31', by: ['term', 'mediaType'] }));
  });

  it('prints an aligned Korean table: title, 단위, header, rows with thousands separators, 합계', async () => {
    const t = (await op('stats.run', { name: 'clippings', by: 'mediaType' })) as { rows: Array<{ label: string; values: number[] }>; headline: number };
    const { code, stdout } = await gudesk('stats', 'clippings', '--by', '매체구분');
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines.slice(0, 3)).toEqual(['언론보도 매체구분별 건수 (전체 기간)', '(단위: 건)', expect.stringMatching(/^매체구분\s+건수$/)]);
    expect(lines.at(-1)).toMatch(new RegExp(`^합계\\s+${t.headline.toLocaleString('ko-KR')}$`));
    expect(lines[3]).toMatch(new RegExp(`^${t.rows[0]!.label}\\s+${t.rows[0]!.values[0]!.toLocaleString('ko-KR')}$`));
    // Numbers end in the same terminal column (a Korean syllable takes two).
    const cells = (l: string) => [...l].reduce((w, ch) => w + (/[가-힣]/.test(ch) ? 2 : 1), 0);
    expect(new Set(lines.slice(2).map(cells)).size).toBe(1);
  });

  it('shows 기사화율 with one decimal and each column with its unit', async () => {
    const { code, stdout } = await gudesk('stats', 'coverage', '--by', 'year');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^연도\s+배포 건수\(건\)\s+기사화된 보도자료\(건\)\s+기사화 건수\(건\)\s+기사화율\(%\)$/m);
    expect(stdout.split('\n').at(-1)).toMatch(/^합계\s.*\d+\.\d$/);
  });

  it('answers misuse with exit 2 and a bad request with exit 1, in Korean', async () => {
    const none = await gudesk('stats');
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('통계 이름이 필요합니다');
    const by = await gudesk('stats', 'clippings', '--by', '기자');
    expect(by.code).toBe(1);
    expect(by.stderr).toContain("오류: '언론보도 건수' 통계는 '기자'를 기준으로 묶을 수 없습니다.");
    const date = await gudesk('stats', 'releases', '--from', '2024.2.30');
    expect(date.code).toBe(1);
    expect(date.stderr).toContain('시작일은 2024. 9. 2. 형식의 실제 날짜로 입력하세요.');
  });
});
