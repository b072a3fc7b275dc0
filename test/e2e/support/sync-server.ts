/**
 * The department's sync server for an e2e file: the real server on SQLite in a temp folder, two
 * accounts of 홍보팀 (kim 김민지 for the browser's PC, lee 이서준 for the colleague), and the
 * colleague's PC as a second real core, already logged in. Started once per file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { createCore } from '../../../core/api/core.ts';
import type { Core } from '../../../core/api/core-types.ts';
import { addUser, withAccounts } from '../../../server/accounts-admin.ts';
import { startServer, type RunningServer } from '../../../server/main.ts';

export const PASSWORD = '동기화-비번-2024!';

export function useSyncServer(prefix: string): () => { server: RunningServer; colleague: Core } {
  let root = '';
  let server: RunningServer | undefined;
  let colleague: Core | undefined;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), prefix));
    const db = `sqlite:${join(root, 'server.sqlite')}`;
    server = await startServer({ db, dataDir: join(root, 'server'), port: 0, host: '127.0.0.1', logger: false });
    await withAccounts(db, async (a) => {
      await addUser(a, { login: 'kim', name: '김민지', team: '홍보팀', role: 'member', password: PASSWORD });
      await addUser(a, { login: 'lee', name: '이서준', team: '홍보팀', role: 'member', password: PASSWORD });
    });
    colleague = createCore({ dataDir: join(root, 'colleague'), actor: '이서준' });
    await colleague.call('sync.login', { serverUrl: server.url, login: 'lee', password: PASSWORD });
  });
  afterAll(async () => {
    colleague?.close();
    await server?.close().catch(() => {});
    if (root) rmSync(root, { recursive: true, force: true });
  });
  return () => {
    if (!server || !colleague) throw new Error('동기화 서버가 아직 시작되지 않았습니다 (beforeAll 안에서만 쓸 수 있습니다).');
    return { server, colleague };
  };
}
