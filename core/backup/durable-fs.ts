/**
 * Writes that survive a power cut: a file's bytes are fsynced before it is renamed into place,
 * and the folder is fsynced after a rename so the new name itself is on disk.
 */
import { closeSync, fsyncSync, openSync } from 'node:fs';

export function fsyncFile(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Windows cannot open a folder to fsync it (NTFS commits renames in its journal): skipped there. */
export function fsyncFolder(dir: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
