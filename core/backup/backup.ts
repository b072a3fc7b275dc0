/**
 * Backup and restore of a whole data folder as ONE file a clerk can copy to a USB stick: a
 * consistent SQLite snapshot (VACUUM INTO, safe while GuDesk runs) that also carries the
 * attachment files in a table of its own, behind a manifest with its SHA-256 (backup-file.ts).
 * A backup never carries the sync session's tokens. Restore checks everything before it replaces
 * anything (hash, SQLite's integrity check, schema, attachment rows), holds the data folder's lock
 * (no window or browser mode may have it open), gives the restored copy a new sync identity, and
 * swaps it in atomically (restore-swap.ts).
 */
import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../shared/api/errors.ts';
import type { Db } from '../db/open.ts';
import { LATEST_SCHEMA_VERSION } from '../db/migrate.ts';
import { withDataFolderLock } from '../db/data-folder-lock.ts';
import { errorLog } from '../api/error-log.ts';
import { forgetSessionTokens, takeNewSyncIdentity } from '../sync/restored-identity.ts';
import { damagedMessage, extractBackup, notBackupMessage, writeBackupFile } from './backup-file.ts';
import { BACKUP_FILES_TABLE, packAttachments, planAttachments, writeAttachments } from './backup-attachments.ts';
import { fsyncFile } from './durable-fs.ts';
import { assertPassphrase, isSealed, sealFile, unsealFile } from './backup-encryption.ts';
import { carryAccessLog } from './keep-access-log.ts';
import { holdsPersonalRows, UNENCRYPTED_PERSONAL_BACKUP } from './personal-data-check.ts';
import { finishInterruptedRestore, stagedPath, swapInStaged, type RestoreStep } from './restore-swap.ts';
import { unreadableSensitiveCount } from '../personal/restore-key-check.ts';

/** A file-system failure (no folder, no permission, a full disk) in the clerk's words; the detail goes to stderr. */
function fileTrouble(err: unknown, korean: string, dataDir: string): unknown {
  if (err instanceof AppError) return err;
  const code = (err as { code?: unknown } | null)?.code;
  errorLog(dataDir).write('backup/restore', err);
  if (code === 'ENOSPC' || code === 'SQLITE_FULL') return new AppError('internal', `디스크 공간이 부족해 ${korean} 공간을 확보한 뒤 다시 시도하세요. 데이터는 바뀌지 않았습니다.`);
  return new AppError('internal', `파일을 읽거나 쓰지 못해 ${korean} 경로가 맞는지, 폴더에 쓸 권한이 있는지 확인하세요. 데이터는 바뀌지 않았습니다.`);
}

export interface BackupOptions {
  /** Seals the backup (scrypt + AES-256-GCM, backup-encryption.ts); restore then asks for it. */
  passphrase?: string;
}

export interface BackupResult {
  bytes: number;
  attachments: number;
  encrypted: boolean;
  /** The folder holds personal data (personal-data-check.ts). */
  personalData: boolean;
  /** Said to the clerk when personal data went into a backup without a passphrase. */
  warning?: string;
}

export function backupTo(db: Db, dataDir: string, outFile: string, options: BackupOptions = {}): BackupResult {
  if (options.passphrase !== undefined) assertPassphrase(options.passphrase);
  try {
    return writeBackup(db, dataDir, outFile, options.passphrase);
  } catch (err) {
    throw fileTrouble(err, `백업하지 못했습니다(${outFile}).`, dataDir);
  }
}

function writeBackup(db: Db, dataDir: string, outFile: string, passphrase: string | undefined): BackupResult {
  if (existsSync(outFile)) throw new AppError('conflict', `백업 파일이 이미 있습니다: ${outFile} (다른 이름을 지정하세요)`);
  // A sealed backup's plain intermediate files stay in the data folder, never beside the output
  // (a USB stick), where a deleted plain copy could be read back.
  const plainBase = passphrase === undefined ? outFile : join(dataDir, `.backup-${randomBytes(6).toString('hex')}`);
  const snapshot = `${plainBase}.sqlite-part`;
  const plain = `${plainBase}.part`;
  const part = `${outFile}.part`;
  rmSync(snapshot, { force: true });
  rmSync(plain, { force: true });
  rmSync(part, { force: true });
  try {
    db.prepare('VACUUM INTO ?').run(snapshot);
    let attachments = 0;
    let schemaVersion = 0;
    let personalData = false;
    const copy = new Database(snapshot);
    try {
      // The tokens' old bytes must not linger in freed space of the copy either.
      copy.pragma('secure_delete = ON');
      forgetSessionTokens(copy);
      attachments = packAttachments(copy, dataDir);
      schemaVersion = copy.pragma('user_version', { simple: true }) as number;
      personalData = holdsPersonalRows(copy);
    } finally {
      copy.close();
    }
    writeBackupFile(snapshot, plain, { schemaVersion, createdAt: new Date().toISOString(), attachments });
    if (passphrase !== undefined) sealFile(plain, part, passphrase);
    fsyncFile(part);
    renameSync(part, outFile);
    const encrypted = passphrase !== undefined;
    return { bytes: statSync(outFile).size, attachments, encrypted, personalData, ...(personalData && !encrypted ? { warning: UNENCRYPTED_PERSONAL_BACKUP } : {}) };
  } finally {
    rmSync(snapshot, { force: true });
    rmSync(plain, { force: true });
    rmSync(part, { force: true });
  }
}

/**
 * Backup while another core (the window, browser mode) holds the folder: a read-only connection
 * is enough, since VACUUM INTO reads one consistent snapshot and the WAL lets the holder keep
 * writing meanwhile. Nothing in the data folder is written.
 */
export function backupOpenFolder(dataDir: string, databaseFile: string, outFile: string, options: BackupOptions = {}): BackupResult {
  const dbPath = join(dataDir, databaseFile);
  if (!existsSync(dbPath)) throw new AppError('not_found', `백업할 데이터가 없습니다: ${dbPath}`);
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    return backupTo(db, dataDir, outFile, options);
  } finally {
    db.close();
  }
}

export interface RestoreResult {
  attachments: number;
  /** Attachment files left out because their content is not what their row says. */
  skippedAttachments: string[];
  keptAs: string | null;
  /** Sealed sensitive values this data folder's key cannot open (restored without the key file); 0 when all read. */
  unreadableSensitive: number;
}

export interface RestoreOptions {
  /** Test seam: called after each step, so a crash test can kill the process right there. */
  onStep?: (step: RestoreStep | 'locked') => void;
  /** For a sealed backup: the passphrase it was made with (a wrong one is refused, nothing changed). */
  passphrase?: string;
}

/** Checks the staged copy (integrity, GuDesk schema this version reads) and prepares it; returns the attachments to write. */
function prepareStaged(staged: string, currentPath: string, dataDir: string) {
  let db: Database.Database | undefined;
  try {
    db = new Database(staged, { fileMustExist: true });
    const problems = db.pragma('integrity_check', { simple: false }) as Array<{ integrity_check: string }>;
    if (problems.length !== 1 || problems[0]?.integrity_check !== 'ok') throw new AppError('bad_file', damagedMessage('데이터베이스 검사에서 오류가 나왔습니다'));
    const version = db.pragma('user_version', { simple: true }) as number;
    const tables = new Set(db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'").all().map((r) => r.name));
    if (!tables.has('clippings') || !tables.has('history') || !tables.has('attachments') || version < 1) throw new AppError('bad_file', notBackupMessage);
    if (version > LATEST_SCHEMA_VERSION) {
      throw new AppError('db_too_new', `이 백업은 더 새로운 GuDesk(스키마 ${version})에서 만들어졌습니다. GuDesk를 업데이트한 뒤 복원하세요.`);
    }
    const plan = planAttachments(db, tables);
    if (tables.has('sync_state')) takeNewSyncIdentity(db);
    carryAccessLog(db, currentPath);
    if (tables.has(BACKUP_FILES_TABLE)) {
      // The files are in attachments/ now; their copies would only double the database's size.
      db.exec(`DROP TABLE ${BACKUP_FILES_TABLE}`);
      db.exec('VACUUM');
    }
    db.pragma('journal_mode = DELETE');
    return { ...plan, unreadableSensitive: unreadableSensitiveCount(db, dataDir) };
  } catch (err) {
    if (err instanceof AppError) throw err;
    // SQLite's own words ('file is not a database', 'malformed') say the same thing to a clerk.
    throw new AppError('bad_file', notBackupMessage);
  } finally {
    db?.close();
  }
}

/**
 * Replaces the data folder's database with a backup. Nothing is replaced unless the backup passes
 * every check; the current database is kept beside it as gudesk.sqlite.before-restore-<time>, so a
 * wrong restore can itself be undone. Refused while any core holds the data folder.
 */
export function restoreFrom(dataDir: string, databaseFile: string, backupFile: string, options: RestoreOptions = {}): RestoreResult {
  if (!existsSync(backupFile)) throw new AppError('not_found', `백업 파일이 없습니다: ${backupFile}`);
  const onStep = options.onStep ?? (() => {});
  mkdirSync(dataDir, { recursive: true });
  return withDataFolderLock(dataDir, '복원', '복원하지 않았습니다(아무것도 바꾸지 않았습니다)', () => {
    onStep('locked');
    const dbPath = join(dataDir, databaseFile);
    // An earlier restore cut off before any core started again is settled first.
    finishInterruptedRestore(dbPath);
    const staged = stagedPath(dbPath);
    let plan: ReturnType<typeof prepareStaged>;
    const unsealed = `${staged}.unsealed`;
    try {
      if (isSealed(backupFile)) {
        unsealFile(backupFile, unsealed, options.passphrase);
        extractBackup(unsealed, staged);
      } else {
        extractBackup(backupFile, staged);
      }
      plan = prepareStaged(staged, dbPath, dataDir);
      fsyncFile(staged);
    } catch (err) {
      rmSync(staged, { force: true });
      for (const ext of ['-wal', '-shm', '-journal']) rmSync(`${staged}${ext}`, { force: true });
      throw fileTrouble(err, '복원하지 않았습니다.', dataDir);
    } finally {
      rmSync(unsealed, { force: true });
    }
    onStep('staged');
    try {
      writeAttachments(dataDir, plan);
    } catch (err) {
      rmSync(staged, { force: true });
      throw fileTrouble(err, '첨부 파일을 쓰지 못해 복원하지 않았습니다.', dataDir);
    }
    let keptAs: string | null;
    try {
      keptAs = swapInStaged(dbPath, onStep);
    } catch (err) {
      errorLog(dataDir).write('restore swap', err);
      // The checked copy and its marker stay: the next start finishes what was begun.
      throw new AppError('internal', '복원을 끝까지 하지 못했습니다. 데이터 폴더에는 이전 데이터나 복원한 데이터 중 하나가 그대로 있습니다. GuDesk를 다시 시작하면 복원을 마저 끝냅니다.');
    }
    return { attachments: plan.files.length, skippedAttachments: plan.skipped, keptAs, unreadableSensitive: plan.unreadableSensitive };
  });
}
