/**
 * `npx gudesk …` as an office's IT clerk uses it: every command over a real data folder, Korean
 * messages, exit code 0 on success, 1 when the operation failed, 2 on misuse.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../../core/cli/main.ts';

let dir: string;
let out: string[];
let err: string[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gudesk-cli-'));
  out = [];
  err = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

async function gudesk(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  out.length = 0;
  err.length = 0;
  const code = await main(['--data-dir', join(dir, 'data'), ...args]);
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('gudesk CLI', () => {
  it('adds, shows, changes, searches and deletes records by their Korean field names', async () => {
    expect((await gudesk('init')).code).toBe(0);
    const rel = await gudesk('add', 'releases', '배포일=2024.9.2', '제목=금천구 도시브랜드 선포식', '사진 포함=예');
    expect(rel.code).toBe(0);
    const added = await gudesk('add', 'clippings', '보도일자=2024. 9. 3.', '매체명=연합뉴스', '제목=금천구, 도시브랜드 선포', '보도자료=금천구 도시브랜드 선포식', '태그=홍보, 브랜드');
    expect(added.code).toBe(0);
    const id = added.stdout.trim();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);

    const got = JSON.parse((await gudesk('get', 'clippings', id, '--json')).stdout) as Record<string, unknown>;
    expect(got).toMatchObject({ publishedOn: '2024-09-03', mediaType: '통신사', tags: ['홍보', '브랜드'], releaseId: rel.stdout.trim() });

    expect((await gudesk('set', 'clippings', id, '논조=부정', '관련부서=소통담당관')).code).toBe(0);
    const lines = (await gudesk('list', 'clippings', '--json')).stdout.split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ tone: '부정', department: '소통담당관' });

    const found = await gudesk('search', 'clippings', '선포');
    expect(found.stdout).toContain('금천구, 도시브랜드 선포');
    expect(found.stdout).toContain('(1건)');

    expect((await gudesk('delete', 'clippings', id)).code).toBe(0);
    expect((await gudesk('list', 'clippings')).stdout).toBe('(0건)');
    expect((await gudesk('list', 'releases')).stdout).toContain('금천구 도시브랜드 선포식');
  });

  it('imports a CP949 CSV (preview first), skips duplicates on a second run, and exports', async () => {
    const csv = join(dir, '언론보도.csv');
    writeFileSync(csv, iconv.encode('매체명,제목,보도일자\r\n뉴시스,구청 소식지 발간,2024.9.2\r\nKBS,잘못된 날짜,2024.13.1\r\n', 'cp949'));
    const dry = await gudesk('import', 'clippings', csv, '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('추가 예정: 1건');
    expect(dry.stdout).toContain('3행 거부');
    expect((await gudesk('list', 'clippings')).stdout).toBe('(0건)');

    expect((await gudesk('import', 'clippings', csv)).stdout).toContain('추가: 1건');
    expect((await gudesk('import', 'clippings', csv)).stdout).toContain('중복(건너뜀): 1건');

    const target = join(dir, 'out.csv');
    expect((await gudesk('export', 'clippings', '--out', target)).code).toBe(0);
    const text = readFileSync(target, 'utf8');
    expect(text.startsWith('\uFEFF보도일자,매체명')).toBe(true);
    expect(text).toContain('구청 소식지 발간');
  });

  it('backs up to one file and restores it, keeping the replaced data beside it', async () => {
    await gudesk('add', 'releases', '배포일=2024-09-02', '제목=백업 전 보도자료');
    const backup = join(dir, 'gudesk.gdbak');
    expect((await gudesk('backup', '--out', backup)).code).toBe(0);
    await gudesk('add', 'releases', '배포일=2024-09-03', '제목=백업 후 보도자료');
    const restored = await gudesk('restore', backup);
    expect(restored.code).toBe(0);
    expect(restored.stdout).toContain('이전 데이터는');
    const list = (await gudesk('list', 'releases')).stdout;
    expect(list).toContain('백업 전 보도자료');
    expect(list).not.toContain('백업 후 보도자료');
    const notBackup = join(dir, 'x.gdbak');
    writeFileSync(notBackup, 'not a database');
    const bad = await gudesk('restore', notBackup);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('GuDesk 백업 파일이 아니거나 손상되었습니다');
  });

  it('explains failures in Korean with exit code 1, and misuse with exit code 2', async () => {
    const invalid = await gudesk('add', 'clippings', '보도일자=2024.9.2', '매체명=뉴시스');
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain('제목을 입력하세요.');
    const unknownField = await gudesk('add', 'clippings', '날씨=맑음');
    expect(unknownField.code).toBe(1);
    expect(unknownField.stderr).toContain('알 수 없는 필드: 날씨');
    expect((await gudesk('get', 'clippings', 'no-such-id')).stderr).toContain('찾을 수 없습니다');
    const usage = await gudesk('frobnicate');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('알 수 없는 명령');
    expect((await gudesk('list', 'equipment')).code).toBe(2);
    const registers = (await gudesk('registers', '--json')).stdout.split('\n').map((l) => JSON.parse(l) as { name: string; headers: string[] });
    expect(registers.map((r) => r.name)).toEqual(['clippings', 'releases', 'courses', 'venues', 'classes', 'sessions', 'trainees', 'enrolments', 'attendance', 'instructors', 'profiles', 'divisions', 'staffing', 'facilities', 'budgets', 'projects', 'blocks', 'funds']);
    expect(registers[0]!.headers).toContain('보도일자');
  });

  it('says an unknown option or a missing option value in Korean', async () => {
    const unknown = await gudesk('list', 'clippings', '--colour');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^사용법 오류: 알 수 없는 옵션입니다: --colour\. 옵션 이름을 확인하세요\./);
    const missing = await gudesk('export', 'clippings', '--out');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^사용법 오류: 옵션 --out의 값이 빠졌거나 올바르지 않습니다/);
    expect(unknown.stderr + missing.stderr).not.toMatch(/Unknown option|argument missing|To specify/);
  });

  it('explains a damaged data file in Korean and leaves the SQLite detail in the data folder log', async () => {
    expect((await gudesk('seed-demo', '--rows', '2000')).code).toBe(0);
    const file = join(dir, 'data', 'gudesk.sqlite');
    // Overwrite the page the search reads first (the root of its full-text index), as a failing
    // disk or a half-copied file would: the middle of the file may hold data no search reads.
    const raw = new Database(file, { readonly: true });
    const root = raw.prepare<[], number>("SELECT rootpage FROM sqlite_master WHERE name = 'clippings_fts_data'").pluck().get()!;
    const pageSize = raw.pragma('page_size', { simple: true }) as number;
    raw.close();
    const bytes = readFileSync(file);
    bytes.fill(0x5a, (root - 1) * pageSize, root * pageSize);
    writeFileSync(file, bytes);
    const broken = await gudesk('search', 'clippings', '구청');
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/^오류: 데이터 파일이 손상되어 읽을 수 없습니다\. 구데스크를 닫고 최근 백업에서 복원하세요/);
    expect(broken.stderr).not.toMatch(/malformed|SQLITE/);
    expect(readFileSync(join(dir, 'data', 'logs', 'gudesk.log'), 'utf8')).toMatch(/\[clippings\.search\] SqliteError: (database disk image is malformed|file is not a database)/);

    // A file whose header is gone fails while opening, before any operation: the same sentence.
    bytes.fill(0x5a, 0, 100);
    writeFileSync(file, bytes);
    const unopenable = await gudesk('list', 'clippings');
    expect(unopenable.code).toBe(1);
    expect(unopenable.stderr).toMatch(/^오류: 데이터 파일이 손상되어 읽을 수 없습니다/);
    expect(readFileSync(join(dir, 'data', 'logs', 'gudesk.log'), 'utf8')).toMatch(/\[gudesk --data-dir .* list clippings\] SqliteError: file is not a database/);
  });
});
