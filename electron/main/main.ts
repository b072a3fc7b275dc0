/**
 * Electron entry (bundled to dist-electron/main.cjs by scripts/build-electron.ts). A thin shell:
 * one instance per user, the core opened on the data folder (--data-dir / GUDESK_DATA_DIR / OS
 * user-data folder, the same rule as browser mode and the CLI), IPC wired to it, one hardened
 * window (window.ts), the Korean menu, and background updates in packaged builds.
 */
import path from 'node:path';
import { Menu, app, dialog, session, type BrowserWindow } from 'electron';
import { BACKGROUND_SYNC_MS, createCore } from '../../core/api/core.ts';
import type { Core } from '../../core/api/core-types.ts';
import { resolveDataDir } from '../../core/settings/data-dir.ts';
import { registerIpc } from './ipc.ts';
import { safeStorageKeyProvider } from './safe-storage-key.ts';
import { buildMenu } from './menu.ts';
import { trustSystemCertificates } from './system-certificates.ts';
import { startUpdater } from './updater.ts';
import { createMainWindow, guardContents, hardenSession, isDevRun, registerAppProtocol, registerAppScheme } from './window.ts';

// After bundling this file is dist-electron/main.cjs; the renderer build sits beside it.
const HERE = import.meta.dirname;
const RENDERER_DIR = path.join(HERE, '..', 'dist', 'renderer');
const PRELOAD_PATH = path.join(HERE, 'preload.cjs');

// The name decides Electron's userData folder (the default data folder, and the single-instance
// lock). Chromium's own caches go in a subfolder so they never mix with the clerk's data.
app.setName('GuDesk');
app.setPath('sessionData', path.join(app.getPath('userData'), 'Chromium'));
registerAppScheme();
// HTTPS to a sync server whose certificate the PC's Windows certificate store trusts.
trustSystemCertificates();

let mainWindow: BrowserWindow | null = null;
let core: Core | null = null;
let stopUpdater: (() => void) | null = null;

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function start(): void {
  const dataDir = resolveDataDir(process.argv, process.env);
  try {
    core = createCore({ dataDir, backgroundSyncMs: BACKGROUND_SYNC_MS, lockHolder: 'GuDesk 창', keyProvider: safeStorageKeyProvider(dataDir) });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    dialog.showErrorBox('구데스크를 시작할 수 없습니다', `${message}\n\n데이터 폴더: ${dataDir}`);
    app.exit(1);
    return;
  }
  const dev = isDevRun();
  hardenSession(session.defaultSession);
  registerAppProtocol(RENDERER_DIR);
  registerIpc(core);
  Menu.setApplicationMenu(buildMenu(dev));
  mainWindow = createMainWindow({ preloadPath: PRELOAD_PATH, dev });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  if (app.isPackaged) stopUpdater = startUpdater(core);
}

function shutdown(): void {
  stopUpdater?.();
  stopUpdater = null;
  // Checkpoints the SQLite WAL so the data folder is a single tidy file for backups.
  core?.close();
  core = null;
}

if (!app.requestSingleInstanceLock()) {
  // A second launch hands over to the running one (which focuses its window) and leaves.
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  app.on('web-contents-created', (_event, contents) => guardContents(contents));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', shutdown);
  process.once('SIGINT', () => app.quit());
  process.once('SIGTERM', () => app.quit());
  app.whenReady().then(start, (err: unknown) => {
    console.error(err);
    app.exit(1);
  });
}
