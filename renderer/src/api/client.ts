/**
 * The typed API client. Two transports reach the same core:
 *  (a) Electron: `window.gudesk` from the preload script;
 *  (b) browser mode: `POST /api/<op>` with the per-launch token header.
 * Every failure becomes an ApiError with a Korean message; callers show `message` as it is.
 */
import type { GuDeskApi, OpInput, OpName, OpResult } from '../../../shared/api/contract.ts';
import { API_PREFIX, TOKEN_HEADER } from '../../../shared/api/http.ts';
import { ApiError, OFFLINE_MESSAGE, toApiError, unwrap } from './envelope.ts';
import { initToken } from './token.ts';

export { ApiError, errorMessage } from './envelope.ts';

/** What the preload exposes. Only `invoke` is relied upon. */
export interface PreloadBridge {
  invoke(op: string, input: unknown): Promise<unknown>;
}

declare global {
  interface Window {
    gudesk?: PreloadBridge;
  }
}

type Send = (op: string, input: unknown) => Promise<unknown>;

/**
 * Electron adapter — the one place that knows the preload's shape. It may resolve with an
 * Envelope (assumed) or with the bare value; `unwrap` accepts both.
 */
function electronTransport(bridge: PreloadBridge): Send {
  return (op, input) => bridge.invoke(op, input);
}

function httpTransport(token: string | null): Send {
  return async (op, input) => {
    let res: Response;
    try {
      res = await fetch(API_PREFIX + op, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { [TOKEN_HEADER]: token } : {}) },
        body: JSON.stringify(input ?? {}),
      });
    } catch {
      throw new ApiError('internal', OFFLINE_MESSAGE);
    }
    try {
      return await res.json();
    } catch {
      throw new ApiError('internal', res.status === 401 || res.status === 403 ? '접근 권한이 없습니다. 표시된 주소(토큰 포함)로 다시 접속하세요.' : OFFLINE_MESSAGE);
    }
  };
}

function chooseTransport(): Send {
  if (typeof window !== 'undefined' && window.gudesk && typeof window.gudesk.invoke === 'function') {
    return electronTransport(window.gudesk);
  }
  const token = initToken({ location: window.location, history: window.history, storage: window.sessionStorage });
  return httpTransport(token);
}

let send: Send | null = null;

export const api: GuDeskApi = {
  async invoke<K extends OpName>(op: K, input: OpInput<K>): Promise<OpResult<K>> {
    send ??= chooseTransport();
    try {
      return unwrap(await send(op, input)) as OpResult<K>;
    } catch (e) {
      throw toApiError(e);
    }
  },
};

/** Called once at start-up so the token leaves the address bar before anything renders. */
export function initApi(): void {
  send ??= chooseTransport();
}

export function isElectron(): boolean {
  return typeof window !== 'undefined' && !!window.gudesk;
}
