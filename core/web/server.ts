/**
 * Browser mode: the same core behind a loopback-only HTTP server, for machines where Electron
 * cannot run. `POST /api/<operation>` carries the contract (shared/api/http.ts); everything else
 * is the built renderer from dist/renderer. Guards live in guards.ts; this file wires them.
 * `close()` stops HTTP only: whoever created the core closes it (main.ts, tests, bench).
 */
import { existsSync } from 'node:fs';
import type { Socket } from 'node:net';
import path from 'node:path';
import { fastify, type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';
import type { Core } from '../api/core-types.ts';
import type { Envelope } from '../../shared/api/errors.ts';
import { API_PREFIX, TOKEN_FRAGMENT_KEY, TOKEN_HEADER } from '../../shared/api/http.ts';
import { MAX_ATTACHMENT_BASE64 } from '../../shared/domain/attachments.ts';
import { SECURITY_HEADERS } from '../../shared/api/security-headers.ts';
import { MESSAGES, failure, hostAllowed, newToken, originAllowed, statusFor, tokensMatch } from './guards.ts';

export const DEFAULT_PORT = 4780;
/** A 150MB file is about 200MB as base64, plus JSON framing. */
export const BODY_LIMIT = 256 * 1024 * 1024;
/** An attachment is one file of at most MAX_ATTACHMENT_BYTES: its base64 (the contract's bound) plus JSON framing. */
export const ATTACHMENT_BODY_LIMIT = MAX_ATTACHMENT_BASE64 + 64 * 1024;
const ATTACHMENT_ADD = `${API_PREFIX}attachments.add`;

/** The server needs nothing but `invoke`; the caller owns the core and closes it. */
export type InvokeOnly = Pick<Core, 'invoke'>;

export interface WebServerOptions {
  core: InvokeOnly;
  /** 0 = any free port. Default 4780; if that is busy a free port is used unless strictPort. */
  port?: number;
  /** Loopback only: '127.0.0.1' (default) or 'localhost'. */
  host?: string;
  /** Built renderer (vite output). Missing → a Korean page asking to run `npm run build`. */
  staticDir?: string;
  strictPort?: boolean;
  /** Fixed token for tests; normally a fresh random one per launch. */
  token?: string;
  /** Where warnings go (default console.error). */
  warn?: (line: string) => void;
  /**
   * Where the detail of an unexpected failure goes (main.ts: the data folder's logs/gudesk.log);
   * the browser only ever gets the Korean sentence. Default: a line through `warn`.
   */
  log?: (where: string, err: unknown) => void;
}

export interface WebServer {
  /** Origin without trailing slash, e.g. http://127.0.0.1:4780 */
  url: string;
  /** What to open in a browser: `${url}/#token=…` (the fragment never reaches a server). */
  address: string;
  token: string;
  port: number;
  /** True when dist/renderer/index.html was found. */
  staticServed: boolean;
  /** The usual port (no --port given) was taken, so another free one is used. */
  usualPortTaken: boolean;
  close(): Promise<void>;
}

export const MISSING_RENDERER_MESSAGE =
  '화면 파일(dist/renderer)이 없습니다. 먼저 `npm run build`(또는 `npx vite build`)를 실행하세요.';

interface Shared {
  core: InvokeOnly;
  token: string;
  staticDir: string | null;
  /** Filled in once listening; the Host guard needs the real port. */
  port: number;
  log: (where: string, err: unknown) => void;
}

/**
 * Node's own replies to requests it cannot even parse (garbage, oversized headers, timeouts) are
 * English JSON without our headers; this writes the same Envelope every other refusal is.
 */
function clientErrorReply(err: NodeJS.ErrnoException, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, label, message] =
    err.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'Request Header Fields Too Large', MESSAGES.headersTooLarge]
      : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'Request Timeout', MESSAGES.timeout]
        : [400, 'Bad Request', MESSAGES.unreadable];
  const body = JSON.stringify(failure('invalid_input', message));
  const headers = Object.entries({ ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': String(Buffer.byteLength(body)), Connection: 'close' })
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('');
  if (socket.writable) socket.write(`HTTP/1.1 ${status} ${label}\r\n${headers}\r\n${body}`);
  socket.destroy();
}

function build(shared: Shared): FastifyInstance {
  const app = fastify({
    logger: false,
    bodyLimit: BODY_LIMIT,
    trustProxy: false,
    return503OnClosing: true,
    clientErrorHandler: clientErrorReply,
    // A URL fastify cannot decode ('/api/%zz') is answered before any hook runs: headers here too.
    frameworkErrors: (err, _req, res) => {
      const reply = res as FastifyReply;
      reply.headers(SECURITY_HEADERS);
      const status = err.statusCode ?? 400;
      if (status >= 500) {
        shared.log('browser-mode', err);
        return reply.code(status).send(failure('internal', MESSAGES.internal));
      }
      return reply.code(status).send(failure('invalid_input', MESSAGES.badUrl));
    },
  });
  // The renderer only ever sends JSON; anything else is refused in Korean (415) instead of
  // reaching the core as a bare string.
  app.removeContentTypeParser('text/plain');

  app.addHook('onRequest', async (req: FastifyRequest, reply: FastifyReply) => {
    reply.headers(SECURITY_HEADERS);
    if (!hostAllowed(req.headers.host, shared.port)) {
      return reply.code(403).send(failure('forbidden', MESSAGES.badHost));
    }
    if (!originAllowed(req.headers.origin, req.headers.host)) {
      return reply.code(403).send(failure('forbidden', MESSAGES.badOrigin));
    }
  });

  app.setErrorHandler((err: FastifyError, req, reply) => {
    // Errors raised before the onRequest hook (closing, framework) have not had the headers yet.
    reply.headers(SECURITY_HEADERS);
    const status = err.statusCode ?? (reply.statusCode >= 400 ? reply.statusCode : 500);
    if (status >= 500 && status !== 503) shared.log(`browser-mode ${req.method} ${req.url.slice(0, 200)}`, err);
    if (!req.url.startsWith(API_PREFIX)) {
      // Static files: @fastify/send answers 403 for traversal attempts, 404 for missing files.
      const text = status === 404 ? '페이지를 찾을 수 없습니다.' : status < 500 ? '요청을 처리할 수 없습니다.' : MESSAGES.internal;
      return reply.code(status).type('text/plain; charset=utf-8').send(text);
    }
    if (status === 413) return reply.code(413).send(failure('invalid_input', req.url === ATTACHMENT_ADD ? MESSAGES.attachmentTooLarge : MESSAGES.tooLarge));
    if (status === 415) return reply.code(415).send(failure('invalid_input', MESSAGES.notJson));
    if (status === 503) return reply.code(503).send(failure('unavailable', MESSAGES.closing));
    if (status >= 400 && status < 500) return reply.code(status).send(failure('invalid_input', MESSAGES.badJson));
    return reply.code(500).send(failure('internal', MESSAGES.internal));
  });

  app.setNotFoundHandler((req, reply) => {
    reply.headers(SECURITY_HEADERS);
    if (req.url.startsWith(API_PREFIX)) {
      return reply.code(404).send(failure('unknown_operation', MESSAGES.unknownPath));
    }
    return reply.code(404).type('text/plain; charset=utf-8').send('페이지를 찾을 수 없습니다.');
  });

  // Checked before the body is read, so a stranger cannot even make us parse 200MB.
  const requireToken = async (req: FastifyRequest, reply: FastifyReply) => {
    if (!tokensMatch(req.headers[TOKEN_HEADER], shared.token)) {
      return reply.code(401).send(failure('forbidden', MESSAGES.badToken));
    }
  };

  const invoke = async (op: string, req: FastifyRequest, reply: FastifyReply) => {
    let envelope: Envelope<unknown>;
    try {
      envelope = await shared.core.invoke(op, req.body ?? {}, {});
    } catch (err) {
      // invoke never throws by contract; if it ever does, the detail is logged, not shown.
      shared.log(`browser-mode ${op}`, err);
      envelope = failure('internal', MESSAGES.internal);
    }
    return reply.code(statusFor(envelope)).header('cache-control', 'no-store').send(envelope);
  };
  // An attachment's body is bounded by the one attachment limit, not by the import's (a static
  // route wins over the parametric one below).
  app.post(ATTACHMENT_ADD, { onRequest: requireToken, bodyLimit: ATTACHMENT_BODY_LIMIT }, (req, reply) => invoke('attachments.add', req, reply));
  app.post<{ Params: { op: string } }>(`${API_PREFIX}:op`, { onRequest: requireToken }, (req, reply) => invoke(req.params.op, req, reply));

  if (shared.staticDir) {
    app.register(fastifyStatic, { root: shared.staticDir, prefix: '/', index: ['index.html'], dotfiles: 'deny' });
  } else {
    app.get('/', (_req, reply) =>
      reply
        .type('text/html; charset=utf-8')
        .send(`<!doctype html><meta charset="utf-8"><title>GuDesk</title><p>${MISSING_RENDERER_MESSAGE}</p>`),
    );
  }
  return app;
}

function isAddressInUse(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === 'EADDRINUSE';
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const host = options.host ?? '127.0.0.1';
  if (host !== '127.0.0.1' && host !== 'localhost') {
    throw new Error('브라우저 모드는 이 컴퓨터(127.0.0.1)에서만 열 수 있습니다.');
  }
  const warn = options.warn ?? ((line: string) => console.error(line));
  const staticDir = options.staticDir ? path.resolve(options.staticDir) : null;
  const staticServed = staticDir !== null && existsSync(path.join(staticDir, 'index.html'));
  if (!staticServed) warn(MISSING_RENDERER_MESSAGE);

  const shared: Shared = {
    core: options.core,
    token: options.token ?? newToken(),
    staticDir: staticServed ? staticDir : null,
    port: 0,
    log: options.log ?? ((where, err) => warn(`[gudesk] ${where}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`)),
  };
  const wanted = options.port ?? DEFAULT_PORT;
  let app = build(shared);
  let usualPortTaken = false;
  try {
    await app.listen({ port: wanted, host: '127.0.0.1' });
  } catch (err) {
    await app.close();
    if (!isAddressInUse(err) || options.strictPort || wanted === 0) {
      if (isAddressInUse(err)) throw new Error(`포트 ${wanted}번을 이미 다른 프로그램이 쓰고 있습니다. --port로 다른 번호를 지정하세요.`);
      throw err;
    }
    app = build(shared);
    await app.listen({ port: 0, host: '127.0.0.1' });
    usualPortTaken = true;
  }
  const addr = app.server.address();
  shared.port = typeof addr === 'object' && addr !== null ? addr.port : wanted;
  const url = `http://${host}:${shared.port}`;
  return {
    url,
    address: `${url}/#${TOKEN_FRAGMENT_KEY}=${shared.token}`,
    token: shared.token,
    port: shared.port,
    staticServed,
    usualPortTaken,
    close: () => app.close(),
  };
}
