/**
 * The GuDesk sync server, programmatically: the CLI (cli/serve.ts), the tests and the benches all
 * start it with startServer().
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LoginGuard } from './auth/login-guard.ts';
import type { LoginLimits } from './auth/login-guard.ts';
import { blobStore } from './blobs/blob-store.ts';
import { buildApp } from './http/app.ts';
import { AccountStore } from './store/accounts.ts';
import { defaultDbUrl, openDatabase } from './store/open.ts';
import { RegisterScope } from './sync/scope.ts';
import { DEFAULT_FIELD_KEY_FILE, loadServerFieldKey } from './store/field-key.ts';
import type { ServerContext } from './context.ts';

export interface ServerOptions {
  /** `sqlite:FILE` or `postgres://…`; default `sqlite:<dataDir>/gudesk-server.sqlite`. */
  db?: string;
  /** Default './gudesk-server-data': the SQLite file (by default), `updates/` and `blobs/` (attachment files). */
  dataDir?: string;
  /** 0 = a free port (tests). Default 8787. */
  port?: number;
  /** Default '127.0.0.1' (this machine only; the CLI needs TLS or --insecure-http for any other). */
  host?: string;
  tls?: { certFile: string; keyFile: string };
  /** The update feed PCs are told to use (the department's policy); default this server's /updates/. */
  updateFeedUrl?: string;
  /** Clients older than this `X.Y.Z` are refused with client_too_old. */
  minClientVersion?: string;
  /** Injectable wall clock (epoch ms) for clock-skew and expiry tests. */
  now?: () => number;
  /** Default 15 minutes. */
  accessTokenTtlMs?: number;
  /** Default 30 days. */
  refreshTokenTtlMs?: number;
  /** Exactly these registers are team-scoped; default: registers holding personal data and registers this server does not know. */
  teamScopedRegisters?: string[];
  /** Free failures, growing delays and parallel caps for logins (auth/login-guard.ts DEFAULT_LOGIN_LIMITS). */
  loginLimits?: Partial<LoginLimits>;
  /** One attachment file's ceiling; default MAX_ATTACHMENT_BYTES (20 MB), tests set less. */
  maxAttachmentBytes?: number;
  /** The key file sealing sensitive fields; default GUDESK_FIELD_KEY_FILE, else `<dataDir>/gudesk-field.key` (made 0600 if missing). */
  fieldKeyFile?: string;
  /** fastify's request log. Default false. */
  logger?: boolean;
}

export interface RunningServer {
  /** e.g. 'http://127.0.0.1:8787' (the address to give PCs, with the host as bound). */
  url: string;
  serverId: string;
  close(): Promise<void>;
}

export const DEFAULT_PORT = 8787;
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_DATA_DIR = './gudesk-server-data';

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const dataDir = resolve(options.dataDir ?? DEFAULT_DATA_DIR);
  const updatesDir = resolve(dataDir, 'updates');
  mkdirSync(updatesDir, { recursive: true });
  // Read (or made) before the database opens: a bad key file stops the start with nothing changed.
  const fieldKey = loadServerFieldKey(options.fieldKeyFile ?? process.env.GUDESK_FIELD_KEY_FILE ?? resolve(dataDir, DEFAULT_FIELD_KEY_FILE));
  const { db, serverId } = await openDatabase(options.db ?? defaultDbUrl(dataDir));
  const ctx: ServerContext = {
    db,
    accounts: new AccountStore(db),
    scope: new RegisterScope(options.teamScopedRegisters),
    serverId,
    now: options.now ?? Date.now,
    accessTokenTtlMs: options.accessTokenTtlMs ?? 15 * 60_000,
    refreshTokenTtlMs: options.refreshTokenTtlMs ?? 30 * 24 * 3_600_000,
    minClientVersion: options.minClientVersion,
    updateFeedUrl: options.updateFeedUrl,
    updatesDir,
    blobs: blobStore(resolve(dataDir, 'blobs'), options.maxAttachmentBytes),
    loginGuard: new LoginGuard(options.loginLimits),
    fieldKey,
  };
  let app;
  try {
    const https = options.tls ? { cert: readFileSync(options.tls.certFile), key: readFileSync(options.tls.keyFile) } : undefined;
    app = await buildApp(ctx, { logger: options.logger ?? false, ...(https ? { https } : {}) });
    await app.listen({ port: options.port ?? DEFAULT_PORT, host: options.host ?? DEFAULT_HOST });
  } catch (e) {
    await app?.close();
    await db.close();
    throw e;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : (options.port ?? DEFAULT_PORT);
  const host = options.host ?? DEFAULT_HOST;
  const shownHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  const server = app;
  return {
    url: `${options.tls ? 'https' : 'http'}://${shownHost}:${port}`,
    serverId,
    async close() {
      await server.close();
      await db.close();
    },
  };
}
