/**
 * createCore: opens the data folder's database and serves the whole contract. Every transport
 * (Electron IPC, browser-mode HTTP, the CLI, tests) calls `invoke`, which parses the request with
 * the operation's zod schema before the handler runs and turns every failure into a Korean error.
 */
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { AppError, type Envelope } from '../../../shared/api/errors.ts';
import { contract, isOpName, type OpName } from '../../../shared/api/contract.ts';
import { openDatabase } from '../db/open.ts';
import type { CallContext, Core, CoreOptions } from './core-types.ts';
import type { Handler, HandlerMap } from './handler-types.ts';
import { buildServices } from './services.ts';
import { appHandlers } from './app-handlers.ts';
import { clippingHandlers } from '../clippings/handlers.ts';
import { releaseHandlers } from '../releases/handlers.ts';
import { reviewHandlers } from '../review/handlers.ts';
import { validationError } from './validation.ts';
import { syncService } from '../sync/sync-service.ts';
import { syncHandlers } from '../sync/handlers.ts';
import { backupTo } from '../backup/backup.ts';
import { clippingsSpec } from '../../../shared/domain/clipping.ts';
import { releasesSpec } from '../../../shared/domain/release.ts';

export const DATABASE_FILE = 'gudesk.sqlite';
/** How often the app (desktop window, browser mode) syncs while logged in: every few minutes. */
export const BACKGROUND_SYNC_MS = 3 * 60_000;

function defaultActor(): string {
  try {
    return userInfo().username || '사용자';
  } catch {
    return '사용자';
  }
}

function toEnvelopeError(err: unknown): Envelope<never> {
  if (err instanceof AppError) return { ok: false, error: err.toJSON() };
  const message = err instanceof Error ? err.message : String(err);
  if (/SQLITE_(BUSY|LOCKED)/.test(message)) {
    return { ok: false, error: { code: 'conflict', message: '다른 작업이 데이터를 쓰는 중입니다. 잠시 후 다시 시도하세요.' } };
  }
  if (/SQLITE_FULL|ENOSPC/.test(message)) {
    return { ok: false, error: { code: 'internal', message: '디스크 공간이 부족해 저장하지 못했습니다. 공간을 확보한 뒤 다시 시도하세요.' } };
  }
  console.error('[gudesk] 처리 중 오류:', err);
  return { ok: false, error: { code: 'internal', message: `처리 중 오류가 발생해 아무것도 바뀌지 않았습니다: ${message}` } };
}

export function createCore(options: CoreOptions): Core {
  const db = openDatabase(join(options.dataDir, DATABASE_FILE));
  const services = buildServices(db, options.dataDir);
  const sync = syncService(services, options.sync);
  const handlers: HandlerMap<OpName> = {
    ...appHandlers(services),
    ...syncHandlers(sync),
    ...clippingHandlers(services),
    ...releaseHandlers(services),
    ...reviewHandlers(services),
  };
  const specFor = (op: string) => (op.startsWith('clippings.') ? clippingsSpec : op.startsWith('releases.') ? releasesSpec : undefined);
  const actorOf = (ctx?: CallContext) => ctx?.actor || services.settings.get('actorName') || options.actor || defaultActor();

  async function invoke(op: string, raw: unknown, ctx?: CallContext): Promise<Envelope<unknown>> {
    if (!isOpName(op)) return { ok: false, error: { code: 'unknown_operation', message: `알 수 없는 작업입니다: ${op}` } };
    const parsed = contract[op].input.safeParse(raw ?? {});
    if (!parsed.success) return { ok: false, error: validationError(parsed.error, specFor(op)).toJSON() };
    try {
      const handler = handlers[op] as Handler<OpName>;
      const value: unknown = await handler(parsed.data as never, { actor: actorOf(ctx) });
      return { ok: true, value };
    } catch (err) {
      return toEnvelopeError(err);
    }
  }

  if (options.backgroundSyncMs) sync.startBackground(options.backgroundSyncMs);

  return {
    dataDir: options.dataDir,
    invoke,
    async call(op, input, ctx) {
      const result = await invoke(op, input, ctx);
      if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.details);
      return result.value as never;
    },
    backup: (outFile) => backupTo(db, options.dataDir, outFile),
    sync,
    close() {
      sync.stopBackground();
      if (db.open) {
        db.pragma('wal_checkpoint(TRUNCATE)');
        db.close();
      }
    },
  };
}
