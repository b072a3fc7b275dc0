/**
 * Putting a checked, staged database in place of the current one so that at every instant the
 * data folder holds the old or the new database, never none, whatever moment the power goes:
 *   1. the staged copy is complete and fsynced before anything else happens;
 *   2. the old database is checkpointed (its WAL folded in), so its file alone is the old data;
 *   3. a marker (gudesk.sqlite.restore.json) records the restore, fsynced with its folder;
 *   4. the old file is kept as gudesk.sqlite.before-restore-<time> (a hard link: it stays in place);
 *   5. the old WAL/SHM leftovers go, and the staged file is renamed over the database: one atomic
 *      rename (POSIX rename; MoveFileEx with replace on Windows);
 *   6. the marker goes.
 * A start-up that finds the marker (finishInterruptedRestore, run before the database is opened)
 * finishes the restore: the staged copy was complete before the marker was written. A staged copy
 * without a marker was never committed to, and is removed: the old data stays.
 */
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, linkSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fsyncFile, fsyncFolder } from './durable-fs.ts';

export type RestoreStep = 'staged' | 'checkpointed' | 'marked' | 'kept' | 'cleared' | 'swapped' | 'done';

interface Marker {
  staged: string;
  keptAs: string | null;
}

export const stagedPath = (dbPath: string) => `${dbPath}.restoring`;
const markerPath = (dbPath: string) => `${dbPath}.restore.json`;

function keepOld(dbPath: string, keptAs: string): void {
  if (existsSync(keptAs)) return;
  try {
    linkSync(dbPath, keptAs);
  } catch {
    // A USB stick formatted FAT32 has no hard links: a copy, then fsynced, does the same.
    copyFileSync(dbPath, `${keptAs}.part`);
    fsyncFile(`${keptAs}.part`);
    renameSync(`${keptAs}.part`, keptAs);
  }
}

/** Folds the old WAL into the file; a damaged old database keeps its WAL beside the kept copy instead. */
function checkpointOld(dbPath: string): boolean {
  try {
    const old = new Database(dbPath, { fileMustExist: true });
    try {
      old.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      old.close();
    }
    return true;
  } catch {
    return false;
  }
}

function removeSidecars(dbPath: string): void {
  for (const ext of ['-wal', '-shm']) rmSync(`${dbPath}${ext}`, { force: true });
}

function commit(dbPath: string, marker: Marker, onStep: (s: RestoreStep) => void): void {
  const dir = dirname(dbPath);
  const staged = join(dir, marker.staged);
  if (marker.keptAs && existsSync(dbPath)) {
    keepOld(dbPath, join(dir, marker.keptAs));
    fsyncFolder(dir);
  }
  onStep('kept');
  removeSidecars(dbPath);
  onStep('cleared');
  renameSync(staged, dbPath);
  fsyncFolder(dir);
  onStep('swapped');
  rmSync(markerPath(dbPath), { force: true });
  fsyncFolder(dir);
  onStep('done');
}

/** Swaps the complete, fsynced staged database in; returns the name the old one is kept under. */
export function swapInStaged(dbPath: string, onStep: (s: RestoreStep) => void = () => {}): string | null {
  const dir = dirname(dbPath);
  const hadOld = existsSync(dbPath);
  if (hadOld && !checkpointOld(dbPath) && existsSync(`${dbPath}-wal`) && statSync(`${dbPath}-wal`).size > 0) {
    // Unreadable old data: its WAL is kept too, so nothing of it is thrown away.
    copyFileSync(`${dbPath}-wal`, `${dbPath}.before-restore-wal`);
  }
  onStep('checkpointed');
  const keptAs = hadOld ? `${basename(dbPath)}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}` : null;
  const marker: Marker = { staged: basename(stagedPath(dbPath)), keptAs };
  writeFileSync(markerPath(dbPath), JSON.stringify(marker));
  fsyncFile(markerPath(dbPath));
  fsyncFolder(dir);
  onStep('marked');
  commit(dbPath, marker, onStep);
  return keptAs ? join(dir, keptAs) : null;
}

/**
 * Run before a core opens its database (holding the folder's lock): completes a restore that was
 * cut off, or drops a staged copy no restore had committed to. Returns what it did, for the log.
 */
export function finishInterruptedRestore(dbPath: string): 'finished' | 'discarded' | 'none' {
  const marker = markerPath(dbPath);
  const staged = stagedPath(dbPath);
  if (existsSync(marker)) {
    let m: Marker | undefined;
    try {
      m = JSON.parse(readFileSync(marker, 'utf8')) as Marker;
    } catch {
      m = undefined; // a marker cut off while written: the restore had not begun to swap
    }
    if (m && existsSync(join(dirname(dbPath), m.staged))) {
      commit(dbPath, m, () => {});
      return 'finished';
    }
    rmSync(marker, { force: true });
    if (m) return 'finished'; // the rename had happened; only the marker was left
  }
  if (existsSync(staged)) {
    rmSync(staged, { force: true });
    for (const ext of ['-wal', '-shm', '-journal']) rmSync(`${staged}${ext}`, { force: true });
    return 'discarded';
  }
  return 'none';
}
