/**
 * How the sync client reaches the server: JSON over HTTP(S) with fetch. Tests put a simulated
 * network (drops, duplicates, delays) in its place through the same interface. Every failure
 * becomes a SyncError with the Korean message a clerk sees in the status bar.
 */
import { syncErrorBodySchema, type SyncErrorBody, type SyncErrorCode } from '../../shared/sync/protocol.ts';
import { syncErrorMessage } from '../../shared/sync/errors.ts';
import { networkCause, syncNetworkMessage } from './network-failure.ts';

/**
 * A request body already written as JSON (a push batch is built from the outbox's stored JSON
 * without parsing and writing 1,000 changes again).
 */
export class JsonText {
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
}

export type ClientErrorCode = SyncErrorCode | 'network' | 'not_logged_in';

export class SyncError extends Error {
  readonly code: ClientErrorCode;
  readonly body: SyncErrorBody | undefined;
  constructor(code: ClientErrorCode, message: string, body?: SyncErrorBody) {
    super(message);
    this.name = 'SyncError';
    this.code = code;
    this.body = body;
  }
}

/** The server could not be reached; `koreanCause` names why in Korean ('' when unknown), never Node's English. */
export class NetworkError extends SyncError {
  readonly koreanCause: string;
  constructor(base: string, koreanCause: string) {
    super('network', syncNetworkMessage(base, koreanCause));
    this.koreanCause = koreanCause;
  }
}

export interface SyncTransport {
  /** POSTs `body` to `path` of the server; resolves with the parsed JSON reply or throws SyncError. */
  post(path: string, body: unknown, accessToken?: string): Promise<unknown>;
}

const TIMEOUT_MS = 60_000;

export function httpTransport(serverUrl: string, fetchImpl: typeof fetch = fetch): SyncTransport {
  const base = serverUrl.replace(/\/+$/, '');
  return {
    async post(path, body, accessToken) {
      let res: Response;
      try {
        res = await fetchImpl(base + path, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(accessToken ? { authorization: `Bearer ${accessToken}` } : {}) },
          body: body instanceof JsonText ? body.text : JSON.stringify(body),
          signal: AbortSignal.timeout(TIMEOUT_MS),
        });
      } catch (err) {
        throw new NetworkError(base, networkCause(err));
      }
      const text = await res.text();
      let json: unknown;
      try {
        json = text ? JSON.parse(text) : {};
      } catch {
        throw new SyncError('network', `동기화 서버가 알아볼 수 없는 응답을 보냈습니다 (HTTP ${res.status}). 서버 주소가 맞는지 확인하세요.`);
      }
      if (!res.ok) throw errorFrom(res.status, json);
      return json;
    },
  };
}

/** The SyncError for a refusal `{ error: SyncErrorBody }` (or anything else a proxy may return). */
export function errorFrom(status: number, json: unknown): SyncError {
  const parsed = syncErrorBodySchema.safeParse((json as { error?: unknown } | null)?.error);
  if (parsed.success) {
    const body = parsed.data as SyncErrorBody;
    return new SyncError(body.code, syncErrorMessage(body), body);
  }
  return new SyncError('server_error', `동기화 서버가 요청을 처리하지 못했습니다 (HTTP ${status}). 잠시 뒤 다시 시도하세요.`);
}
