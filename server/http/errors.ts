/**
 * Every refusal is `{ error: SyncErrorBody }` with a Korean message a clerk can act on. Route code
 * throws a RefusalError; the app's error handler turns it (and fastify's own errors) into that shape.
 */
import { syncErrorMessage } from '../../shared/sync/errors.ts';
import type { SyncErrorBody, SyncErrorCode } from '../../shared/sync/protocol.ts';

export class RefusalError extends Error {
  readonly status: number;
  readonly body: SyncErrorBody;
  constructor(status: number, body: SyncErrorBody) {
    super(body.message);
    this.name = 'RefusalError';
    this.status = status;
    this.body = body;
  }
}

/** A refusal with the shared Korean message for its code, or `message` when given. */
export function refuse(status: number, code: SyncErrorCode, extra: Omit<SyncErrorBody, 'code' | 'message'> & { message?: string } = {}): RefusalError {
  const { message, ...rest } = extra;
  const body: SyncErrorBody = { code, message: '', ...rest };
  body.message = message ?? syncErrorMessage(body);
  return new RefusalError(status, body);
}

export const MESSAGES = {
  badCredentials: '아이디 또는 비밀번호가 맞지 않습니다.',
  badJson: '요청 본문이 올바른 JSON이 아닙니다.',
  tooLarge: '요청이 너무 큽니다. 한 번에 보내는 변경 수를 줄이세요.',
  notFound: '없는 주소입니다.',
  serverError: '서버에서 오류가 났습니다. 잠시 뒤 다시 시도하세요. 계속되면 관리자에게 알리세요.',
  adminOnly: '업데이트 파일은 관리자 계정만 올릴 수 있습니다.',
  viewerPush: '조회 전용 계정은 변경을 보낼 수 없습니다. 관리자에게 문의하세요.',
  otherTeam: '다른 팀의 자료는 고칠 수 없습니다.',
  deviceMismatch: '이 로그인은 다른 PC의 것입니다. 다시 로그인하세요.',
  refreshReused: '로그인 정보가 다른 곳에서 이미 쓰였습니다. 안전을 위해 이 PC의 로그인을 모두 끊었으니 다시 로그인하세요.',
  badFileName: '업데이트 파일 이름이 올바르지 않습니다(latest.yml, *.exe, *.blockmap 등).',
  resync: '서버의 자료가 이 PC가 마지막으로 받은 것보다 오래되었습니다(서버 복원). 전체를 다시 받습니다.',
} as const;

/** The wait in words a clerk reads: seconds while short, else minutes. */
function waitText(retryAfterSeconds: number): string {
  return retryAfterSeconds < 120 ? `${Math.max(1, retryAfterSeconds)}초` : `${Math.ceil(retryAfterSeconds / 60)}분`;
}

export function rateLimitedMessage(retryAfterSeconds: number): string {
  return `로그인에 여러 번 실패해 잠시 막았습니다. ${waitText(retryAfterSeconds)} 뒤 다시 시도하세요. 비밀번호가 생각나지 않으면 관리자에게 문의하세요.`;
}

export function tooManyParallelLoginsMessage(retryAfterSeconds: number): string {
  return `같은 아이디나 주소로 로그인 요청이 한꺼번에 너무 많이 왔습니다. ${waitText(retryAfterSeconds)} 뒤 다시 시도하세요.`;
}
