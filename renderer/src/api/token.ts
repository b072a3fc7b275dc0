/**
 * Browser mode's token: the printed address carries it in the fragment (`#token=…`), which the
 * browser never sends to a server. We keep it for this tab only (sessionStorage) and take it out
 * of the address bar so it is not bookmarked or shown over a shoulder.
 */
import { TOKEN_FRAGMENT_KEY } from '../../../shared/api/http.ts';

export const TOKEN_STORAGE_KEY = 'gudesk.token';

/** Splits `#token=abc&x=1` into the token and the fragment that should remain ('#x=1' or ''). */
export function takeTokenFromHash(hash: string): { token: string | null; rest: string } {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  if (body === '') return { token: null, rest: '' };
  const params = new URLSearchParams(body);
  const token = params.get(TOKEN_FRAGMENT_KEY);
  if (token === null) return { token: null, rest: hash };
  params.delete(TOKEN_FRAGMENT_KEY);
  const remaining = params.toString();
  return { token: token === '' ? null : token, rest: remaining === '' ? '' : `#${remaining}` };
}

interface TokenEnv {
  location: { hash: string; pathname: string; search: string };
  history: { replaceState(data: unknown, unused: string, url?: string): void };
  storage: { getItem(key: string): string | null; setItem(key: string, value: string): void };
}

/** Reads the token from the address (first load) or from the tab's storage (reloads). */
export function initToken(env: TokenEnv): string | null {
  const { token, rest } = takeTokenFromHash(env.location.hash);
  if (token !== null) {
    env.storage.setItem(TOKEN_STORAGE_KEY, token);
    env.history.replaceState(null, '', env.location.pathname + env.location.search + rest);
    return token;
  }
  return env.storage.getItem(TOKEN_STORAGE_KEY);
}
