/**
 * Turning whatever a transport returned into a value or an ApiError. Kept free of DOM and React
 * so that it is unit-tested on its own.
 */
import { AppError, type AppErrorCode, type AppErrorShape } from '../../../shared/api/errors.ts';

/** The error every API call throws: `message` is Korean and meant to be shown as it is. */
export class ApiError extends AppError {
  constructor(code: AppErrorCode, message: string, details?: Record<string, string>) {
    super(code, message, details);
    this.name = 'ApiError';
  }
  static from(shape: AppErrorShape): ApiError {
    return new ApiError(shape.code, shape.message || GENERIC_MESSAGE, shape.details);
  }
}

export const GENERIC_MESSAGE = '처리 중 예기치 않은 오류가 발생했습니다. 다시 시도해 주세요.';
export const OFFLINE_MESSAGE = '구데스크 서버에 연결할 수 없습니다. 구데스크가 실행 중인지 확인하고 다시 시도해 주세요.';

function isEnvelope(v: unknown): v is { ok: boolean; value?: unknown; error?: AppErrorShape } {
  return typeof v === 'object' && v !== null && typeof (v as { ok?: unknown }).ok === 'boolean' && ('value' in v || 'error' in v);
}

/** Unwraps an Envelope; a bare value (a preload that already unwraps) passes through. */
export function unwrap(reply: unknown): unknown {
  if (!isEnvelope(reply)) return reply;
  if (reply.ok) return reply.value;
  const err = reply.error;
  if (err && typeof err.message === 'string') return throwShape(err);
  throw new ApiError('internal', GENERIC_MESSAGE);
}

function throwShape(shape: AppErrorShape): never {
  throw ApiError.from(shape);
}

/**
 * A rejection from a transport (Electron wraps thrown errors as "Error invoking remote method
 * 'x': AppError: 메시지"): keep our Korean message, never show the English wrapper or a stack.
 */
export function toApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  if (e instanceof AppError) return new ApiError(e.code, e.message, e.details);
  if (e instanceof Error) {
    const m = /(?:AppError|ApiError):\s*([\s\S]+)$/.exec(e.message);
    if (m?.[1]) return new ApiError('internal', m[1].trim());
    if (e.name === 'TypeError' && /fetch|network|Failed/i.test(e.message)) return new ApiError('internal', OFFLINE_MESSAGE);
  }
  return new ApiError('internal', GENERIC_MESSAGE);
}

/** Korean text for any thrown value, for toasts and inline messages. */
export function errorMessage(e: unknown): string {
  return toApiError(e).message;
}
