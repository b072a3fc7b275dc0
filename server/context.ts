/** What every route needs, built once by startServer (main.ts). */
import type { AccountStore } from './store/accounts.ts';
import type { SqlDriver } from './store/driver.ts';
import type { LoginGuard } from './auth/login-guard.ts';
import type { RegisterScope } from './sync/scope.ts';
import type { BlobStore } from './blobs/blob-store.ts';
import type { ServerFieldKey } from './store/field-key.ts';

export interface ServerContext {
  db: SqlDriver;
  accounts: AccountStore;
  scope: RegisterScope;
  serverId: string;
  now: () => number;
  accessTokenTtlMs: number;
  refreshTokenTtlMs: number;
  minClientVersion: string | undefined;
  /** The department's update feed handed to PCs (--update-feed); unset = this server's /updates/. */
  updateFeedUrl: string | undefined;
  /** Where the update feed files live (`<data-dir>/updates`). */
  updatesDir: string;
  /** Attachment files, by SHA-256 (`<data-dir>/blobs`, blobs/blob-store.ts). */
  blobs: BlobStore;
  loginGuard: LoginGuard;
  /** Seals sensitive fields at rest (store/field-key.ts): the key file is outside the database. */
  fieldKey: ServerFieldKey;
}
