/**
 * How `gudesk://app/<path>` maps onto the built renderer folder. Kept free of Electron so it can be
 * tested under plain Node: only files inside the folder are ever read (no `..`, no absolute or
 * drive-letter paths, no encoded tricks), and anything else is a 404/403 — never a directory
 * listing and never a file elsewhere on the clerk's disk.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

export const APP_SCHEME = 'gudesk';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

const MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** True for our own origin only (Node gives custom schemes an opaque origin, so compare parts). */
export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
  } catch {
    return false;
  }
}

export type AppFileResult =
  | { status: 200; body: Buffer; contentType: string }
  | { status: 400 | 403 | 404; body: string; contentType: string };

const text = (status: 400 | 403 | 404, body: string): AppFileResult => ({ status, body, contentType: 'text/plain; charset=utf-8' });

/** Absolute file path for a request URL, or null when it would leave `root`. */
export function appFilePath(root: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const base = path.resolve(root);
  const full = path.resolve(base, relative);
  if (full !== base && full.startsWith(base + path.sep)) return full;
  return null;
}

export async function readAppFile(root: string, requestUrl: string): Promise<AppFileResult> {
  const file = appFilePath(root, requestUrl);
  if (file === null) return text(403, '허용되지 않은 경로입니다.');
  try {
    if (!(await stat(file)).isFile()) return text(404, '파일을 찾을 수 없습니다.');
    const body = await readFile(file);
    const contentType = MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    return { status: 200, body, contentType };
  } catch {
    return text(404, '파일을 찾을 수 없습니다.');
  }
}
