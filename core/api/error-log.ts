/**
 * The data folder's error log, logs/gudesk.log: what a clerk is shown is a Korean sentence, the
 * internal detail (SQLite's English, stack traces) goes here for whoever supports the office.
 * Size-capped: past 1 MB the file becomes gudesk.log.1 (replacing the older one) and a new one
 * starts, so a failure that repeats every few minutes never fills the disk.
 */
import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const LOG_FILE = join('logs', 'gudesk.log');
export const LOG_MAX_BYTES = 1024 * 1024;

export interface ErrorLog {
  /** Where the log is, to be named in messages ('로그: …'). */
  readonly path: string;
  /** Appends one entry; never throws (a failing log must not hide the original error). */
  write(where: string, err: unknown): void;
}

function detailOf(err: unknown): string {
  if (err instanceof Error) {
    const code = (err as { code?: unknown }).code;
    return `${err.stack ?? `${err.name}: ${err.message}`}${code !== undefined ? `\n  code: ${String(code)}` : ''}`;
  }
  try {
    return JSON.stringify(err) ?? String(err);
  } catch {
    return String(err);
  }
}

function rotateIfFull(file: string, maxBytes: number): void {
  try {
    if (statSync(file).size >= maxBytes) renameSync(file, `${file}.1`);
  } catch {
    // No log yet: nothing to rotate.
  }
}

export function errorLog(dataDir: string, maxBytes = LOG_MAX_BYTES): ErrorLog {
  const path = join(dataDir, LOG_FILE);
  return {
    path,
    write(where, err) {
      try {
        mkdirSync(join(dataDir, 'logs'), { recursive: true });
        rotateIfFull(path, maxBytes);
        appendFileSync(path, `${new Date().toISOString()} [${where}] ${detailOf(err)}\n`, 'utf8');
      } catch {
        // Read-only or missing folder: the clerk still gets the Korean message.
      }
    },
  };
}
