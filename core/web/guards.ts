/**
 * The three checks that keep browser mode's API private to the clerk's own browser tab:
 *  - Host must be 127.0.0.1:<port> or localhost:<port>, so a malicious site that re-points its
 *    own DNS name at 127.0.0.1 (DNS rebinding) is refused even though the socket is local;
 *  - Origin, when the browser sends one, must be this server's own origin;
 *  - the per-launch token (printed once in the address fragment) must match, compared in
 *    constant time. Other local users and other sites never learn the token.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { AppErrorCode, AppErrorShape, Envelope } from '../../shared/api/errors.ts';
import { MAX_ATTACHMENT_MB } from '../../shared/domain/attachments.ts';

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Hashing first gives equal-length buffers, so neither content nor length leaks by timing. */
export function tokensMatch(given: unknown, expected: string): boolean {
  if (typeof given !== 'string' || given.length === 0) return false;
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

export function hostAllowed(host: string | undefined, port: number): boolean {
  return typeof host === 'string' && allowedHosts(port).includes(host.toLowerCase());
}

/** No Origin (same-origin GET, curl, tests) is fine; a present Origin must be our own. */
export function originAllowed(origin: string | undefined, host: string | undefined): boolean {
  if (origin === undefined) return true;
  return typeof host === 'string' && origin.toLowerCase() === `http://${host.toLowerCase()}`;
}

export function failure(code: AppErrorCode, message: string): Envelope<never> {
  const error: AppErrorShape = { code, message };
  return { ok: false, error };
}

export const MESSAGES = {
  badToken:
    '접근 권한이 없습니다. 브라우저 모드를 시작할 때 표시된 주소(토큰 포함)로 다시 접속하세요.',
  badHost: '허용되지 않은 주소로 접근했습니다. 표시된 주소(127.0.0.1)로 접속하세요.',
  badOrigin: '다른 사이트에서 보낸 요청은 처리하지 않습니다.',
  badJson: '요청 내용이 올바른 JSON 형식이 아닙니다. 브라우저 화면을 새로 고친 뒤 다시 시도하세요.',
  notJson: '요청 형식이 올바르지 않습니다(JSON으로만 받습니다). 브라우저 화면을 새로 고친 뒤 다시 시도하세요.',
  badUrl: '요청 주소가 올바르지 않습니다. 브라우저 모드를 시작할 때 표시된 주소로 다시 접속하세요.',
  unreadable: '요청을 읽을 수 없습니다. 브라우저 화면을 새로 고친 뒤 다시 시도하세요.',
  headersTooLarge: '요청 머리글이 너무 큽니다. 브라우저의 이 사이트 쿠키를 지우고 화면을 새로 고친 뒤 다시 시도하세요.',
  timeout: '요청이 너무 오래 걸려 끊었습니다. 연결을 확인한 뒤 다시 시도하세요.',
  closing: '브라우저 모드가 종료되는 중입니다. 다시 시작한 뒤 표시된 주소로 접속하세요.',
  tooLarge: '요청이 너무 큽니다. 파일은 150MB 이하만 가져올 수 있습니다.',
  attachmentTooLarge: `첨부 파일이 너무 커서 받지 않았습니다. 첨부 파일은 한 파일에 ${MAX_ATTACHMENT_MB}MB까지입니다.`,
  unknownPath: '알 수 없는 요청입니다. 브라우저 모드를 시작할 때 표시된 주소로 다시 접속하세요.',
  internal: '처리 중 예기치 않은 오류가 발생했습니다. 다시 시도하고, 되풀이되면 데이터 폴더의 logs/gudesk.log를 담당자에게 보내 주세요.',
} as const;

/** HTTP status for a reply; the body is always the Envelope, the status helps logs and tools. */
export function statusFor(envelope: Envelope<unknown>): number {
  if (envelope.ok) return 200;
  switch (envelope.error.code) {
    case 'invalid_input':
    case 'bad_file':
      return 400;
    case 'forbidden':
      return 403;
    case 'unauthorized':
      return 401;
    case 'unavailable':
      return 503;
    case 'sync_failed':
      return 502;
    case 'not_found':
    case 'unknown_operation':
      return 404;
    case 'conflict':
    case 'db_too_new':
      return 409;
    case 'internal':
      return 500;
  }
}
