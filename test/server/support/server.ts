/** A sync server started in-process on a fresh database, with a helper to add users. */
import { addUser, withAccounts } from '../../../server/accounts-admin.ts';
import { startServer } from '../../../server/main.ts';
import type { Role } from '../../../shared/sync/protocol.ts';
import type { ServerOptions } from '../../../server/main.ts';
import type { Backend, TestDb } from './backends.ts';

export const PASSWORD = 'correct horse 123';

export interface TestServer {
  url: string;
  db: TestDb;
  serverId: string;
  addUser(login: string, team?: string, role?: Role, password?: string): Promise<void>;
  close(): Promise<void>;
}

export async function startTestServer(backend: Backend, options: Partial<ServerOptions> = {}, existing?: TestDb): Promise<TestServer> {
  const db = existing ?? (await backend.createDb());
  const server = await startServer({ db: db.url, dataDir: db.dataDir, port: 0, host: '127.0.0.1', ...options });
  return {
    url: server.url,
    db,
    serverId: server.serverId,
    addUser: (login, team = '홍보팀', role = 'member', password = PASSWORD) =>
      withAccounts(db.url, (a) => addUser(a, { login, name: `${login} 주무관`, team, role, password })),
    async close() {
      await server.close();
      if (!existing) await db.drop();
    },
  };
}
