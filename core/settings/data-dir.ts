/**
 * Where GuDesk keeps its database and attachments. The same rule serves Electron, browser mode
 * and the CLI, so all three open the same data unless the clerk says otherwise:
 *   1. `--data-dir DIR` (or `--data-dir=DIR`) on the command line — e.g. a USB stick;
 *   2. the GUDESK_DATA_DIR environment variable;
 *   3. the OS user-data folder: Windows %APPDATA%\GuDesk, macOS ~/Library/Application Support/GuDesk,
 *      Linux $XDG_CONFIG_HOME/GuDesk or ~/.config/GuDesk (what Electron's userData would be).
 * Relative paths are taken from the current directory. Nothing is created here.
 */
import os from 'node:os';
import path from 'node:path';

export const APP_FOLDER_NAME = 'GuDesk';
export const DATA_DIR_FLAG = '--data-dir';
export const DATA_DIR_ENV = 'GUDESK_DATA_DIR';

export interface DataDirPlatform {
  platform: NodeJS.Platform;
  homeDir: string;
  cwd: string;
}

/** The value given with --data-dir, if any (the last one wins, as with most CLIs). */
export function dataDirFromArgv(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === DATA_DIR_FLAG) {
      const next = argv[i + 1];
      if (next !== undefined && !next.startsWith('--')) {
        found = next;
        i++;
      }
    } else if (arg?.startsWith(`${DATA_DIR_FLAG}=`)) {
      found = arg.slice(DATA_DIR_FLAG.length + 1);
    }
  }
  return found?.trim() ? found.trim() : undefined;
}

/** The OS user-data folder for GuDesk, without looking at flags or the environment override. */
export function defaultDataDir(env: NodeJS.ProcessEnv, where: DataDirPlatform): string {
  if (where.platform === 'win32') {
    const appData = env.APPDATA?.trim() || path.win32.join(where.homeDir, 'AppData', 'Roaming');
    return path.win32.join(appData, APP_FOLDER_NAME);
  }
  if (where.platform === 'darwin') {
    return path.posix.join(where.homeDir, 'Library', 'Application Support', APP_FOLDER_NAME);
  }
  // XDG says a relative XDG_CONFIG_HOME is invalid and must be ignored.
  const xdg = env.XDG_CONFIG_HOME?.trim();
  const configHome = xdg && path.posix.isAbsolute(xdg) ? xdg : path.posix.join(where.homeDir, '.config');
  return path.posix.join(configHome, APP_FOLDER_NAME);
}

export function resolveDataDir(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  where: DataDirPlatform = { platform: process.platform, homeDir: os.homedir(), cwd: process.cwd() },
): string {
  const pathApi = where.platform === 'win32' ? path.win32 : path.posix;
  const explicit = dataDirFromArgv(argv) ?? (env[DATA_DIR_ENV]?.trim() || undefined);
  if (explicit) return pathApi.resolve(where.cwd, explicit);
  return defaultDataDir(env, where);
}
