/**
 * Errors that cross the API boundary. Every failure a user can meet carries a Korean message
 * meant to be shown as-is; `code` lets the UI and tests tell kinds apart without parsing text.
 */
export type AppErrorCode =
  | 'invalid_input'
  | 'not_found'
  | 'conflict'
  | 'bad_file'
  | 'db_too_new'
  | 'forbidden'
  | 'unknown_operation'
  /** Sync: wrong login, session expired, or not logged in. */
  | 'unauthorized'
  /** Sync: the server cannot be reached (the data stays here and goes later). */
  | 'unavailable'
  /** Sync: the server refused (clock, version, …); details.syncCode says which. */
  | 'sync_failed'
  | 'internal';

export interface AppErrorShape {
  code: AppErrorCode;
  message: string;
  /** Field-level or row-level problems, e.g. { 제목: '필수 항목입니다' }. */
  details?: Record<string, string>;
}

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly details: Record<string, string> | undefined;
  constructor(code: AppErrorCode, message: string, details?: Record<string, string>) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
  toJSON(): AppErrorShape {
    return this.details ? { code: this.code, message: this.message, details: this.details } : { code: this.code, message: this.message };
  }
}

/** What every transport returns: the handler's value or a user-facing error. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };
