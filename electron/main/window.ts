/**
 * Every Electron hardening decision lives in this one file, so a reviewer reads one place:
 *  - the renderer is served from the privileged custom scheme gudesk://app/ (never file://),
 *    from dist/renderer only, each response carrying the same CSP and headers as browser mode;
 *  - renderers are sandboxed, context-isolated, without Node, with web security on;
 *  - any request leaving gudesk:// (http, https, file, ws…) is cancelled: GuDesk is offline;
 *  - navigation away from gudesk://app and new windows are refused; http(s) links open in the
 *    clerk's own browser instead;
 *  - permission requests are refused, except writing to the clipboard (grid copy → Excel);
 *  - DevTools exist only in development (unpackaged) runs.
 */
import { BrowserWindow, app, protocol, shell, type Session, type WebContents } from 'electron';
import { SECURITY_HEADERS } from '../../shared/api/security-headers.ts';
import { APP_ENTRY_URL, APP_SCHEME, isAppUrl, readAppFile } from './app-files.ts';

/** Must run before app 'ready' (Electron only accepts privileges then). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    // standard+secure: relative URLs, localStorage and fetch behave as on https; no bypassCSP, no CORS.
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/** Serves dist/renderer on gudesk://app/. Call once the app is ready. */
export function registerAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('허용되지 않은 요청입니다.', { status: 405, headers: { ...SECURITY_HEADERS } });
    }
    const file = await readAppFile(rendererDir, request.url);
    const body = file.status === 200 ? new Uint8Array(file.body) : file.body;
    return new Response(body, {
      status: file.status,
      headers: { ...SECURITY_HEADERS, 'Content-Type': file.contentType, 'Cache-Control': 'no-cache' },
    });
  });
}

/** Schemes a page may load at all. devtools/chrome-extension serve the development DevTools. */
const ALLOWED_SCHEMES = new Set([`${APP_SCHEME}:`, 'data:', 'blob:', 'devtools:', 'chrome-extension:', 'about:']);

function schemeOf(url: string): string {
  try {
    return new URL(url).protocol;
  } catch {
    return '';
  }
}

function openIfWebLink(url: string): void {
  const scheme = schemeOf(url);
  if (scheme === 'https:' || scheme === 'http:') void shell.openExternal(url).catch(() => {});
}

export function hardenSession(ses: Session): void {
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !ALLOWED_SCHEMES.has(schemeOf(details.url)) });
  });
  ses.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(permission === 'clipboard-sanitized-write' && isAppUrl(details.requestingUrl));
  });
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) => {
    return permission === 'clipboard-sanitized-write' && isAppUrl(requestingOrigin);
  });
}

/** Applied to every WebContents the app ever creates (see app 'web-contents-created' in main.ts). */
export function guardContents(contents: WebContents): void {
  const refuseForeign = (event: { preventDefault(): void }, url: string) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    openIfWebLink(url);
  };
  contents.on('will-navigate', refuseForeign);
  contents.on('will-frame-navigate', (event) => refuseForeign(event, event.url));
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openIfWebLink(url);
    return { action: 'deny' };
  });
}

export interface MainWindowOptions {
  preloadPath: string;
  /** Unpackaged run: DevTools allowed. */
  dev: boolean;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: '구데스크',
    backgroundColor: '#ffffff',
    autoHideMenuBar: false,
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      // Chromium's built-in PDF viewer, for previews of scanned PDF clippings (blob: frames only, per CSP).
      plugins: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // Dropping a file onto the window must reach the import screen, not replace the page.
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      devTools: options.dev,
    },
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_ENTRY_URL);
  return win;
}

export function isDevRun(): boolean {
  return !app.isPackaged;
}
