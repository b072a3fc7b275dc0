/**
 * Every failure reaches the clerk as a Korean sentence saying what happened and what to do, and
 * its English detail lands in <data>/logs/gudesk.log. The errors are real ones: SQLite's own
 * constraint failures and a damaged database file, a real stack overflow, through a real core.
 */
import Database from 'better-sqlite3';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, DATABASE_FILE } from '../../../core/api/core.ts';
import { errorLog, LOG_FILE } from '../../../core/api/error-log.ts';
import { userFacingError } from '../../../core/api/error-messages.ts';
import { AppError } from '../../../shared/api/errors.ts';
import { clipping, expectKoreanError, failure, tempDir } from '../temp-core.ts';

const dirs: Array<{ remove(): void }> = [];
function dataDir(): string {
  const d = tempDir('gudesk-errors-');
  dirs.push(d);
  return d.dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) d.remove();
});

function sqliteError(setup: string, failing: string): unknown {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  db.exec(setup);
  try {
    db.exec(failing);
  } catch (err) {
    return err;
  } finally {
    db.close();
  }
  throw new Error('statement should have failed');
}

describe('userFacingError', () => {
  it('turns SQLite constraint failures into Korean a clerk can act on, and logs the English', () => {
    const dir = dataDir();
    const log = errorLog(dir);
    const cases = [
      [sqliteError("CREATE TABLE t (tone TEXT CHECK (tone IN ('긍정','부정')))", "INSERT INTO t VALUES ('악의')"), 'invalid_input', /허용되지 않는 값이 있어 저장하지 않았습니다/, 'CHECK constraint failed'],
      [sqliteError('CREATE TABLE p (id TEXT PRIMARY KEY); CREATE TABLE c (p TEXT REFERENCES p(id))', "INSERT INTO c VALUES ('없음')"), 'conflict', /연결된 기록\(예: 보도자료\)이 없거나 삭제되어/, 'FOREIGN KEY constraint failed'],
      [sqliteError('CREATE TABLE u (k TEXT UNIQUE)', "INSERT INTO u VALUES ('a'); INSERT INTO u VALUES ('a')"), 'conflict', /같은 기록이 이미 있어/, 'UNIQUE constraint failed'],
      [sqliteError('CREATE TABLE n (k TEXT NOT NULL)', 'INSERT INTO n VALUES (NULL)'), 'invalid_input', /필수 항목이 비어 있어/, 'NOT NULL constraint failed'],
    ] as const;
    for (const [err, code, korean, english] of cases) {
      const shown = userFacingError(err, log, 'clippings.create');
      expect(shown.code).toBe(code);
      expect(shown.message).toMatch(korean);
      expect(shown.message).not.toMatch(/constraint|SQLITE/i);
      expect(readFileSync(log.path, 'utf8')).toContain(english);
    }
    expect(readFileSync(log.path, 'utf8')).toContain('[clippings.create]');
  });

  it('says a damaged data file must be restored from a backup', () => {
    const dir = dataDir();
    const file = join(dir, 'broken.sqlite');
    const db = new Database(file);
    db.exec('CREATE TABLE t (x TEXT); CREATE INDEX t_x ON t (x)');
    const insert = db.prepare('INSERT INTO t VALUES (?)');
    db.transaction(() => {
      for (let i = 0; i < 5000; i++) insert.run(`행 ${i} ${'가'.repeat(50)}`);
    })();
    db.close();
    const bytes = readFileSync(file);
    bytes.fill(0x5a, 8192, 8192 + 8192);
    writeFileSync(file, bytes);
    let caught: unknown;
    try {
      const again = new Database(file);
      try {
        again.prepare('SELECT count(*) FROM t WHERE x > ?').get('');
        again.prepare('PRAGMA integrity_check').all();
        again.prepare("SELECT * FROM t ORDER BY x").all();
      } finally {
        again.close();
      }
    } catch (err) {
      caught = err;
    }
    expect(String(caught)).toMatch(/malformed|not a database/);
    const log = errorLog(dir);
    const shown = userFacingError(caught, log, 'clippings.list');
    expect(shown.message).toMatch(/^데이터 파일이 손상되어 읽을 수 없습니다\. .*백업에서 복원하세요/);
    expect(shown.message).toContain(log.path);
  });

  it('explains a stack overflow in Korean instead of "Maximum call stack size exceeded"', () => {
    const dir = dataDir();
    const deep = (n: number): number => deep(n + 1) + 1;
    let caught: unknown;
    try {
      deep(0);
    } catch (err) {
      caught = err;
    }
    const shown = userFacingError(caught, errorLog(dir), 'clippings.importPreview');
    expect(shown.message).toMatch(/^내용이 너무 깊게 겹쳐 있거나 복잡해 처리하지 못했습니다/);
    expect(readFileSync(join(dir, LOG_FILE), 'utf8')).toContain('Maximum call stack size exceeded');
  });

  it('names the log for anything unexpected, keeps Korean AppErrors as they are and does not log them', () => {
    const dir = dataDir();
    const log = errorLog(dir);
    expect(userFacingError(new AppError('not_found', '기록을 찾을 수 없습니다.'), log, 'x')).toEqual({ code: 'not_found', message: '기록을 찾을 수 없습니다.' });
    expect(existsSync(log.path)).toBe(false);
    const shown = userFacingError(new Error('too many events in one millisecond'), log, 'sync.now');
    expect(shown).toEqual({ code: 'internal', message: expect.stringMatching(/^예기치 않은 오류가 나서 작업을 마치지 못했습니다\. .*로그: /) });
    expect(shown.message).toContain(join(dir, 'logs', 'gudesk.log'));
    expect(shown.message).not.toContain('millisecond');
    expect(readFileSync(log.path, 'utf8')).toMatch(/\[sync\.now\] Error: too many events in one millisecond\n\s+at /);
    // A plain Error already written for the user in Korean is shown as it is (and logged).
    expect(userFacingError(new Error('포트 4780번을 이미 다른 프로그램이 쓰고 있습니다.'), log, 'x').message).toBe('포트 4780번을 이미 다른 프로그램이 쓰고 있습니다.');
    // An AppError written in English is treated as unexpected, its code kept.
    expect(userFacingError(new AppError('sync_failed', 'clock skew'), log, 'sync.now')).toMatchObject({ code: 'sync_failed', message: expect.stringMatching(/^예기치 않은/) });
  });

  it('keeps the log small: past the cap it moves to gudesk.log.1 and starts again', () => {
    const dir = dataDir();
    const log = errorLog(dir, 2000);
    for (let i = 0; i < 40; i++) log.write('test', new Error(`실패 ${i} ${'x'.repeat(100)}`));
    expect(readFileSync(log.path).byteLength).toBeLessThan(2000 + 2000);
    expect(readFileSync(`${log.path}.1`, 'utf8')).toContain('실패');
    expect(readFileSync(log.path, 'utf8')).toContain('실패 39');
  });
});

describe('a real core', () => {
  it('answers a database refusal in Korean and writes the detail to the data folder log', async () => {
    const dir = dataDir();
    createCore({ dataDir: dir, actor: '홍길동' }).close();
    // A rule the database enforces below the app's own checks, as a merge from elsewhere could meet.
    const db = new Database(join(dir, DATABASE_FILE));
    db.exec("CREATE TABLE test_guard (outlet TEXT CHECK (outlet <> '금지일보')); CREATE TRIGGER test_guard_t BEFORE INSERT ON clippings BEGIN INSERT INTO test_guard VALUES (NEW.outlet); END;");
    db.close();
    const core = createCore({ dataDir: dir, actor: '홍길동' });
    try {
      const error = await failure(core, 'clippings.create', { values: clipping({ outlet: '금지일보' }) });
      expectKoreanError(error, 'invalid_input');
      expect(error.message).toMatch(/허용되지 않는 값이 있어 저장하지 않았습니다/);
      expect(readFileSync(join(dir, LOG_FILE), 'utf8')).toMatch(/\[clippings\.create\] SqliteError: CHECK constraint failed/);
      expect(await core.call('clippings.list', {})).toEqual([]);
      // zod's own English never shows: a wrong type is not called missing, request keys have Korean names.
      const wrongType = await failure(core, 'clippings.create', { values: ['제목'] } as never);
      expect(wrongType.message).toBe('입력 내용: 형식이 올바르지 않습니다.');
      const missing = await failure(core, 'app.seedDemo', { rows: 'many' } as never);
      expect(missing.message).toBe('행 수: 형식이 올바르지 않습니다.');
      const absent = await failure(core, 'clippings.create', {} as never);
      expect(absent.message).toBe('입력 내용: 필수 항목입니다.');
      const unknown = await core.invoke('clippings.nothing', {});
      expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown_operation', message: expect.stringMatching(/^알 수 없는 작업입니다: clippings\.nothing\. 구데스크를/) } });
    } finally {
      core.close();
    }
  });
});
