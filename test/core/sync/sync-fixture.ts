/** A real sync server (SQLite, in-process) and PCs: real cores on their own temp data folders. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer, type ServerOptions } from '../../../server/main.ts';
import { addUser, withAccounts } from '../../../server/accounts-admin.ts';
import type { Role } from '../../../shared/sync/protocol.ts';
import { createCore } from '../../../core/api/core.ts';
import type { Core, CoreOptions } from '../../../core/api/core-types.ts';

export const PASSWORD = '비밀번호-2024!';

export interface SyncWorld {
  url: string;
  server: RunningServer;
  dbUrl: string;
  /** The server's data folder (its `blobs/` holds the attachment files). */
  serverDir: string;
  addUser(login: string, team?: string, role?: Role): Promise<void>;
  /** A PC with its own data folder, not yet logged in. */
  pc(actor: string, options?: Partial<CoreOptions>): Core;
  /** A PC logged in as `login`. */
  loggedInPc(login: string, options?: Partial<CoreOptions>): Promise<Core>;
  close(): Promise<void>;
}

export async function syncWorld(serverOptions: Partial<ServerOptions> = {}): Promise<SyncWorld> {
  const root = mkdtempSync(join(tmpdir(), 'gudesk-sync-'));
  const dbUrl = `sqlite:${join(root, 'server.sqlite')}`;
  const serverDir = join(root, 'server');
  const server = await startServer({ db: dbUrl, dataDir: serverDir, port: 0, host: '127.0.0.1', ...serverOptions });
  const cores: Core[] = [];
  let n = 0;
  const world: SyncWorld = {
    url: server.url,
    server,
    dbUrl,
    serverDir,
    addUser: (login, team = '홍보팀', role = 'member') =>
      withAccounts(dbUrl, (a) => addUser(a, { login, name: `${login} 주무관`, team, role, password: PASSWORD })),
    pc(actor, options = {}) {
      const core = createCore({ dataDir: join(root, `pc${++n}`), actor, ...options });
      cores.push(core);
      return core;
    },
    async loggedInPc(login, options) {
      const core = world.pc(`${login} 주무관`, options);
      await core.call('sync.login', { serverUrl: server.url, login, password: PASSWORD });
      return core;
    },
    async close() {
      for (const c of cores) c.close();
      await server.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
  return world;
}
