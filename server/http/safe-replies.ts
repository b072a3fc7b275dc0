/**
 * What the server answers when a request never reaches a route, or a route fails: always
 * `{ error: { code, message } }` with a Korean message and the security headers, whoever
 * produced the failure (our code, fastify's body parser and router, or Node's HTTP parser).
 * The English detail goes to the server's log, never to the client.
 */
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError } from 'fastify';
import { RefusalError, MESSAGES, refuse } from './errors.ts';

/** Nothing the server sends is a page to render, to frame, to guess the type of, or to cache. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'same-origin',
};

/** API replies are never cached; the update feed sets its own (installers may be). */
export const NO_STORE = 'no-store';

const BY_STATUS: Readonly<Record<number, string>> = {
  400: '요청을 처리할 수 없습니다. 요청 형식을 확인하세요.',
  404: MESSAGES.notFound,
  405: '이 주소에서는 그 방식(메서드)의 요청을 받지 않습니다.',
  406: '요청한 응답 형식은 보낼 수 없습니다. 구데스크는 JSON으로 주고받습니다.',
  408: '요청이 너무 오래 걸려 끊었습니다. 네트워크를 확인하고 다시 시도하세요.',
  413: MESSAGES.tooLarge,
  414: '요청 주소가 너무 깁니다.',
  415: '요청 형식(Content-Type)은 application/json이어야 합니다.',
  431: '요청 헤더가 너무 큽니다. 브라우저 쿠키를 지우거나 관리자에게 문의하세요.',
};

export function refusalFor(status: number): RefusalError {
  if (status >= 500) return refuse(500, 'server_error', { message: MESSAGES.serverError });
  return refuse(status, 'bad_request', { message: BY_STATUS[status] ?? BY_STATUS[400]! });
}

export function toRefusal(err: FastifyError): RefusalError {
  if (err instanceof RefusalError) return err;
  if (err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') return refuse(400, 'bad_request', { message: '요청 본문이 비어 있습니다.' });
  if (err instanceof SyntaxError || err.code === 'FST_ERR_CTP_INVALID_JSON_BODY') return refuse(400, 'bad_request', { message: MESSAGES.badJson });
  if (err.code === 'FST_ERR_BAD_URL') return refuse(400, 'bad_request', { message: '요청 주소가 올바르지 않습니다.' });
  const status = err.statusCode ?? 500;
  return refusalFor(status >= 400 && status < 600 ? status : 500);
}

/** The raw answer to a request Node's HTTP parser could not read (fastify's clientErrorHandler). */
export function answerUnreadableRequest(err: NodeJS.ErrnoException, socket: Socket, log: (detail: string) => void): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const status = err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : err.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
  log(`읽을 수 없는 요청 (${status}): ${err.code ?? ''} ${err.message}`);
  if (socket.writable) {
    const body = JSON.stringify({ error: refusalFor(status).body });
    const headers = { ...SECURITY_HEADERS, 'cache-control': NO_STORE, 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(body)), connection: 'close' };
    const head = Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`).join('');
    socket.write(`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Bad Request'}\r\n${head}\r\n${body}`);
  }
  socket.destroy(err);
}
