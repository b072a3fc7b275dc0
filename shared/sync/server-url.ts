/**
 * The sync server's address as a clerk types it: '10.1.2.3:8787' is completed to
 * 'https://10.1.2.3:8787' (the department's server speaks https); 'http://' is kept only when
 * typed (a test server on 127.0.0.1 or localhost). The same rule serves 설정, the CLI and the core.
 */

export const SERVER_URL_EXAMPLE = 'https://10.1.2.3:8787';

/** The address with https:// in front when no scheme was typed, and without trailing slashes. */
export function completeServerUrl(typed: string): string {
  const text = typed.trim();
  if (text === '') return '';
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(text)?.[0];
  const rest = (scheme ? text.slice(scheme.length) : text.replace(/^\/+/, '')).replace(/\/+$/, '');
  return `${scheme ?? 'https://'}${rest}`;
}

/** Why a completed address cannot be a server's ('' when it can), in Korean. */
export function serverUrlProblem(url: string): string {
  if (url === '') return '서버 주소를 입력하세요.';
  if (!/^https?:\/\//i.test(url)) return `서버 주소는 https:// 로 시작합니다(예: ${SERVER_URL_EXAMPLE}).`;
  const malformed = `서버 주소의 형식이 올바르지 않습니다(예: ${SERVER_URL_EXAMPLE}).`;
  const port = /^[a-z]+:\/\/[^/]*:(\d+)(\/|$)/i.exec(url)?.[1];
  if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) return `서버 주소의 포트 번호 ${port}은(는) 쓸 수 없습니다. 1~65535 사이입니다(예: ${SERVER_URL_EXAMPLE}).`;
  if (/\s/.test(url)) return `서버 주소에 빈칸이 있습니다. ${malformed}`;
  // The host and port (no URL class here: shared code runs without DOM or Node types).
  const authority = url.replace(/^https?:\/\//i, '').split('/')[0] ?? '';
  if (/[?#@]/.test(url)) return `서버 주소에는 ?, #, @를 넣지 않습니다(예: ${SERVER_URL_EXAMPLE}).`;
  if (!/^(\[[0-9a-f:.]+\]|[^\s/:[\]]+)(:\d+)?$/i.test(authority)) return malformed;
  return '';
}
