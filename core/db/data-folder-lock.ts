/**
 * One writer per data folder. Every core (window, browser mode, CLI) holds this lock while it has
 * the folder open, and restore takes it before it replaces anything, so a restore can never
 * happen under a running window (whose next save would bring the old data back) and two programs
 * never write one database at once.
 *
 * The guarantee comes from the operating system, not from a pid file: the lock is an exclusive
 * SQLite transaction kept open on <data>/gudesk.lock. SQLite takes it with fcntl locks on Linux
 * and macOS and LockFileEx on Windows, and the OS drops it the moment the holder's process ends,
 * however it ends (a crash or a power cut leaves no stale lock behind). Within one process SQLite
 * tracks its own connections, so a second core in the same process is refused too.
 * gudesk.lock.json only says who holds it, for the Korean message.
 */
import Database from 'better-sqlite3';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../shared/api/errors.ts';

export const LOCK_FILE = 'gudesk.lock';
export const LOCK_INFO_FILE = 'gudesk.lock.json';

/** Who holds the folder, in the words of the refusal ('브라우저 모드', 'GuDesk 창', …). */
export type LockHolder = 'GuDesk 창' | '브라우저 모드' | '명령줄(gudesk)' | '복원' | 'GuDesk';

interface LockInfo {
  pid: number;
  holder: string;
  since: string;
}

export interface DataFolderLock {
  readonly dataDir: string;
  release(): void;
}

function holderText(dataDir: string): string {
  try {
    const info = JSON.parse(readFileSync(join(dataDir, LOCK_INFO_FILE), 'utf8')) as Partial<LockInfo>;
    if (typeof info.holder === 'string' && typeof info.pid === 'number') return ` (${info.holder}, 프로세스 ${info.pid})`;
  } catch {
    // The info file is only a courtesy: the lock itself is what counts.
  }
  return '';
}

export function lockedMessage(dataDir: string, doing = '이 작업을 할 수 없습니다'): string {
  return `다른 GuDesk 창/브라우저 모드가 이 데이터 폴더를 쓰고 있습니다${holderText(dataDir)}. 그 창이나 브라우저 모드를 닫은 뒤 다시 시도하세요. 지금은 ${doing}. 데이터 폴더: ${dataDir}`;
}

/** Takes the data folder's lock or refuses in Korean ('conflict') when another core holds it. */
export function acquireDataFolderLock(dataDir: string, holder: LockHolder = 'GuDesk', doing?: string): DataFolderLock {
  let lock: Database.Database;
  try {
    mkdirSync(dataDir, { recursive: true });
    lock = new Database(join(dataDir, LOCK_FILE), { timeout: 0 });
  } catch {
    // No log can be written either: the folder itself is the problem, and the message says so.
    throw new AppError('forbidden', `데이터 폴더에 쓸 수 없습니다: ${dataDir}. 폴더가 있는지, 읽기 전용이 아닌지, 쓸 권한이 있는지 확인하세요.`);
  }
  try {
    // No journal file: nothing is ever written to the lock database, it is only held.
    lock.pragma('journal_mode = OFF');
    lock.exec('BEGIN EXCLUSIVE');
  } catch (err) {
    lock.close();
    if ((err as { code?: unknown }).code === 'SQLITE_BUSY') throw new AppError('conflict', lockedMessage(dataDir, doing));
    throw err;
  }
  const info: LockInfo = { pid: process.pid, holder, since: new Date().toISOString() };
  try {
    writeFileSync(join(dataDir, LOCK_INFO_FILE), JSON.stringify(info));
  } catch {
    // A read-only info file does not weaken the lock.
  }
  let held = true;
  return {
    dataDir,
    release() {
      if (!held) return;
      held = false;
      try {
        rmSync(join(dataDir, LOCK_INFO_FILE), { force: true });
      } finally {
        if (lock.inTransaction) lock.exec('ROLLBACK');
        lock.close();
      }
    },
  };
}

/** Runs `work` while holding the folder's lock (restore), releasing it however `work` ends. */
export function withDataFolderLock<T>(dataDir: string, holder: LockHolder, doing: string, work: () => T): T {
  const lock = acquireDataFolderLock(dataDir, holder, doing);
  try {
    return work();
  } finally {
    lock.release();
  }
}
