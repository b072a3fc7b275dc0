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

/**
 * A bare address typed into a URL field ('www.geumcheon.go.kr/news/1') with https:// put in
 * front, as a browser's address bar does; anything else is left for the field's own check.
 */
export function completedUrl(text: string): string {
  const t = text.trim();
  return t !== '' && !SCHEME.test(t) && BARE_HOST.test(t) ? `https://${t}` : text;
}

/** The same for every URL field (kind 'url') of a register's values or patch. */
export function withCompletedUrls<T>(spec: { fields: readonly { key: string; kind: string }[] }, values: T): T {
  if (typeof values !== 'object' || values === null) return values;
  const record = values as Record<string, unknown>;
  let out: Record<string, unknown> | null = null;
  for (const f of spec.fields) {
    const v = record[f.key];
    if (f.kind !== 'url' || typeof v !== 'string') continue;
    const done = completedUrl(v);
    if (done !== v) (out ??= { ...record })[f.key] = done;
  }
  return (out ?? values) as T;
}
