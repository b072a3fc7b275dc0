/** The shape every transport (IPC, HTTP, CLI, tests) uses to reach the core. */
import type { Envelope } from '../../shared/api/errors.ts';
import type { OpInput, OpName, OpResult } from '../../shared/api/contract.ts';
import type { SyncOptions, SyncService } from '../sync/sync-service.ts';
import type { LockHolder } from '../db/data-folder-lock.ts';
import type { BackupOptions, BackupResult } from '../backup/backup.ts';
import type { KeyProvider } from '../personal/field-crypto.ts';

export interface CallContext {
  /** Who is acting, recorded in history ('홍길동'). Defaults to the configured user name. */
  actor?: string;
  /** How sync reaches the server (tests: a simulated network) and its clock. */
  sync?: SyncOptions;
  /** Sync in the background every this many ms while logged in (the app; not the CLI). */
  backgroundSyncMs?: number;
}

export interface Core {
  readonly dataDir: string;
  /** Parses `raw` with the operation's zod schema, runs the handler, never throws. */
  invoke(op: string, raw: unknown, ctx?: CallContext): Promise<Envelope<unknown>>;
  /** Typed convenience for in-process callers (CLI, tests): throws AppError on failure. */
  call<K extends OpName>(op: K, input: OpInput<K>, ctx?: CallContext): Promise<OpResult<K>>;
  /** One-file backup of the data folder (in-process callers only: it writes a local path). */
  backup(outFile: string, options?: BackupOptions): BackupResult;
  /** Sync with the central server (also reachable through the sync.* operations). */
  readonly sync: SyncService;
  close(): void;
}

export interface CoreOptions {
  dataDir: string;
  /** Where the sensitive-field key lives: the Electron window passes safeStorage's; else a key file (personal/field-crypto.ts). */
  keyProvider?: KeyProvider;
  /** Who holds the data folder's lock, named in the refusal another program gets ('브라우저 모드'). */
  lockHolder?: LockHolder;
  /** Default actor when a call carries none (the OS user name if unset). */
  actor?: string;
  /** How sync reaches the server (tests: a simulated network) and its clock. */
  sync?: SyncOptions;
  /** Sync in the background every this many ms while logged in (the app; not the CLI). */
  backgroundSyncMs?: number;
}
