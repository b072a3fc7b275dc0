/**
 * createCore: opens the data folder's database and serves the whole contract. Every transport
 * (Electron IPC, browser-mode HTTP, the CLI, tests) calls `invoke`, which parses the request with
 * the operation's zod schema before the handler runs and turns every failure into a Korean error.
 */
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { AppError, type Envelope } from '../../shared/api/errors.ts';
import { contract, isOpName, type OpName } from '../../shared/api/contract.ts';
import { openDatabase } from '../db/open.ts';
import { acquireDataFolderLock } from '../db/data-folder-lock.ts';
import { finishInterruptedRestore } from '../backup/restore-swap.ts';
import type { CallContext, Core, CoreOptions } from './core-types.ts';
import type { Handler, HandlerMap } from './handler-types.ts';
import { buildServices } from './services.ts';
import { appHandlers } from './app-handlers.ts';
import { clippingHandlers } from '../clippings/handlers.ts';
import { releaseHandlers } from '../releases/handlers.ts';
import { reviewHandlers } from '../review/handlers.ts';
import { printHandlers } from '../print/handlers.ts';
import { trainingPrintHandlers } from '../print/training/handlers.ts';
import { validationError } from './validation.ts';
import { errorLog } from './error-log.ts';
import { userFacingError } from './error-messages.ts';
import { syncService } from '../sync/sync-service.ts';
import { syncHandlers } from '../sync/handlers.ts';
import { backupTo } from '../backup/backup.ts';
import { isRegisterName, registerDefinition } from '../../shared/domain/registers.ts';
import { signedInName } from '../sync/signed-in-name.ts';
import { demoHandlers } from '../demo/handlers.ts';
import { accessLogHandlers } from '../personal/handlers.ts';
import { destroyHandlers } from '../personal/destroy/handlers.ts';
import { flatRegistersHandlers } from '../records/flat-registers.ts';
import { statsHandlers } from '../stats/handlers.ts';
import { reportHandlers } from '../reports/handlers.ts';

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

export function createCore(options: CoreOptions): Core {
  const log = errorLog(options.dataDir);
  // One core per data folder (window, browser mode or CLI): a second one, or a restore, is refused.
  const lock = acquireDataFolderLock(options.dataDir, options.lockHolder);
  let db: ReturnType<typeof openDatabase> | undefined;
  let services: ReturnType<typeof buildServices>;
  let sync: ReturnType<typeof syncService>;
  try {
    finishInterruptedRestore(join(options.dataDir, DATABASE_FILE));
    db = openDatabase(join(options.dataDir, DATABASE_FILE));
    services = buildServices(db, options.dataDir, options.keyProvider);
    sync = syncService(services, options.sync);
  } catch (err) {
    // A core that could not start holds nothing: the folder stays free for the next attempt.
    db?.close();
    lock.release();
    throw err;
  }
  const handlers: HandlerMap<OpName> = {
    ...appHandlers(services),
    ...syncHandlers(sync),
    ...clippingHandlers(services),
    ...releaseHandlers(services),
    // Every flat register of the list (shared/domain/registers.ts), by the generic handlers.
    ...flatRegistersHandlers(services.db, services.flat, services.history, services.kernel, services.accessLog),
    ...reviewHandlers(services),
    ...demoHandlers(services),
    ...accessLogHandlers(services),
    ...destroyHandlers(services),
    ...printHandlers(services.accessLog),
    ...trainingPrintHandlers(services),
    ...statsHandlers(services),
    ...reportHandlers(services),
  };
  // The register an operation belongs to names its fields in messages ('clippings.update' → 언론보도).
  const specFor = (op: string) => {
    const register = op.slice(0, op.indexOf('.'));
    return isRegisterName(register) ? registerDefinition(register) : undefined;
  };
  // Who did it, as history and the top bar name them: the signed-in account (김민지) before the
  // name the clerk gave at first run, before the OS user ('root' on many office PCs).
  const actorOf = (ctx?: CallContext) => ctx?.actor || signedInName(services.db) || services.settings.get('actorName') || options.actor || defaultActor();

  async function invoke(op: string, raw: unknown, ctx?: CallContext): Promise<Envelope<unknown>> {
    if (!isOpName(op)) {
      return { ok: false, error: { code: 'unknown_operation', message: `알 수 없는 작업입니다: ${op}. 구데스크를 최신 버전으로 다시 시작한 뒤 시도하세요.` } };
    }
    const parsed = contract[op].input.safeParse(raw ?? {});
    if (!parsed.success) return { ok: false, error: validationError(parsed.error, specFor(op)).toJSON() };
    try {
      const handler = handlers[op] as Handler<OpName>;
      const value: unknown = await handler(parsed.data as never, { actor: actorOf(ctx) });
      return { ok: true, value };
    } catch (err) {
      // Korean for the clerk; SQLite's or Node's English, with the stack, into logs/gudesk.log.
      return { ok: false, error: userFacingError(err, log, op) };
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
    backup: (outFile, backupOptions) => backupTo(db, options.dataDir, outFile, backupOptions),
    sync,
    close() {
      sync.stopBackground();
      try {
        if (db.open) {
          db.pragma('wal_checkpoint(TRUNCATE)');
          db.close();
        }
      } finally {
        lock.release();
      }
    },
  };
}
