/**
 * The web address a link may open in the system browser: http(s) only (never file:, javascript:
 * or a custom scheme a crafted clipping could carry), a bare 'news.example.kr/…' completed to
 * https://. Electron opens such a window.open in the system browser (electron/main/window.ts).
 */
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const BARE_HOST = /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+(:\d+)?([/?#]\S*)?$/u;

export function webUrl(text: string): string | null {
  const t = text.trim();
  if (t === '' || /\s/.test(t)) return null;
  const candidate = SCHEME.test(t) ? t : BARE_HOST.test(t) ? `https://${t}` : null;
  if (!candidate) return null;
  try {
    const u = new URL(candidate);
    if ((u.protocol !== 'http:' && u.protocol !== 'https:') || u.hostname === '' || u.username !== '' || u.password !== '') return null;
    return u.href;
  } catch {
    return null;
  }
}
