/**
 * A server this PC could not reach, told in Korean: Node's own words ('ECONNREFUSED', 'bad port',
 * 'fetch failed') mean nothing to a clerk, so the cause is named in Korean or left out.
 * The sync message says that the clerk's work waits on this PC; the login message does not
 * (nothing was queued by a login that failed). The error itself is transport.ts's NetworkError.
 */

export const QUEUED_NOTE = '입력한 자료는 이 PC에 남아 있다가 연결되면 보내집니다.';

/** The sync message: the clerk's work is safe and waits. */
export function syncNetworkMessage(base: string, cause: string): string {
  return `동기화 서버(${base})에 연결하지 못했습니다. 네트워크를 확인하세요. ${QUEUED_NOTE}${cause ? ` ${cause}` : ''}`;
}

/** Node's error code or message → a short Korean cause ('' when none fits). */
export function networkCause(err: unknown): string {
  const cause = err instanceof Error && err.cause instanceof Error ? err.cause : err;
  const code = String((cause as { code?: unknown } | null)?.code ?? '');
  const message = cause instanceof Error ? cause.message : String(cause);
  const name = err instanceof Error ? err.name : '';
  if (code === 'ECONNREFUSED') return '서버 프로그램이 응답하지 않습니다. 꺼져 있거나 주소의 포트 번호가 다를 수 있습니다.';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return '서버 주소의 이름을 찾을 수 없습니다.';
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return '서버와의 연결이 도중에 끊겼습니다.';
  if (code === 'ETIMEDOUT' || code === 'UND_ERR_CONNECT_TIMEOUT' || name === 'TimeoutError') return '서버의 응답을 기다리다 시간이 지났습니다.';
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH') return '이 PC의 네트워크에서 서버에 닿을 수 없습니다.';
  // https:// to a server that speaks plain http (the address was completed with https://).
  if (/wrong version number|packet length too long|http request/i.test(message)) return '서버가 https로 응답하지 않습니다. 주소가 http://로 시작해야 하는지 전산 담당자에게 확인하세요.';
  if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS|EPROTO/.test(code) || /certificate|SSL|TLS/i.test(message)) {
    return '서버의 보안 인증서를 확인할 수 없습니다. https 설정을 전산 담당자에게 확인하세요.';
  }
  // fetch refuses well-known ports of other services (1, 21, 25, 6000 …) whatever the address looks like.
  if (/bad port/i.test(`${code} ${message}`)) return '주소의 포트 번호는 보안상 막혀 있어 쓸 수 없습니다. 동기화 서버의 포트 번호(예: 8787)를 전산 담당자에게 확인하세요.';
  if (/invalid url|ERR_INVALID_URL/i.test(`${code} ${message}`)) return '서버 주소의 형식이 올바르지 않습니다(예: https://10.1.2.3:8787).';
  return '';
}

/** What a failed login says: where to look, without the note about queued work. */
export function loginNetworkMessage(cause: string): string {
  return `서버에 연결할 수 없습니다. 주소와 네트워크를 확인하세요.${cause ? ` ${cause}` : ''}`;
}
