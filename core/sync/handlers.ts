/** The sync operations of the contract: status bar, login, sync now, conflicts view. */
import { AppError } from '../../shared/api/errors.ts';
import type { HandlerMap } from '../api/handler-types.ts';
import type { SyncService } from './sync-service.ts';
import { SyncError } from './transport.ts';

type SyncOps = 'sync.status' | 'sync.login' | 'sync.logout' | 'sync.now' | 'sync.conflicts' | 'sync.resolve' | 'sync.quarantine' | 'sync.clearQuarantine' | 'sync.serverQuarantine';

/** A sync failure reaches the UI as an AppError with the same Korean message. */
async function asAppError<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof SyncError) {
      const code = err.code === 'bad_credentials' || err.code === 'unauthorized' || err.code === 'not_logged_in' ? 'unauthorized' : err.code === 'network' ? 'unavailable' : 'sync_failed';
      throw new AppError(code, err.message, { syncCode: err.code });
    }
    throw err;
  }
}

export function syncHandlers(sync: SyncService): HandlerMap<SyncOps> {
  return {
    'sync.status': () => sync.status(),
    'sync.login': ({ serverUrl, login, password }) => asAppError(() => sync.login(serverUrl, login, password)),
    'sync.logout': () => sync.logout(),
    'sync.now': ({ verify }) => asAppError(() => sync.syncNow({ verify })),
    'sync.conflicts': () => sync.conflicts(),
    'sync.resolve': (args, ctx) => sync.resolve(args, ctx.actor),
    'sync.quarantine': () => sync.quarantined(),
    'sync.clearQuarantine': ({ id }) => sync.clearQuarantine(id),
    'sync.serverQuarantine': ({ clear }) => asAppError(() => sync.serverQuarantine(clear)),
  };
}
