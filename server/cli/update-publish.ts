/**
 * `gudesk-server update publish FILE…`: puts a release into the update feed, either over HTTP as
 * an admin (`--server URL --user LOGIN --password-stdin`) or, on the server machine itself,
 * straight into `<data-dir>/updates/` (`--data-dir DIR`). Installers go first and latest.yml last,
 * so a PC never learns of a release whose installer is not there yet.
 */
import { randomUUID } from 'node:crypto';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Readable } from 'node:stream';
import { PROTOCOL_VERSION, SYNC_ROUTES } from '../../shared/sync/protocol.ts';
import type { Session, SyncErrorBody } from '../../shared/sync/protocol.ts';
import { ADMIN_UPDATES_ROUTE } from '../http/update-routes.ts';
import { isFeedFileName, publishOrder, writeFeedFile } from '../updates/feed-files.ts';
import { UsageError, readPasswordStdin, requiredOption, stringOption } from './args.ts';
import { dataDirOf } from './db-url.ts';
import type { CliArgs } from './args.ts';

const VERSION = (JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string }).version;

function filesOf(args: CliArgs): Map<string, string> {
  const paths = args.positionals.slice(2);
  if (paths.length === 0) throw new UsageError('올릴 파일을 주세요 (예: update publish … latest.yml "GuDesk Setup 0.2.0.exe").');
  const byName = new Map<string, string>();
  for (const p of paths) {
    const name = basename(p);
    if (!isFeedFileName(name)) throw new UsageError(`업데이트 파일 이름으로 쓸 수 없습니다: ${name}`);
    if (!statSync(p, { throwIfNoEntry: false })?.isFile()) throw new UsageError(`파일이 없습니다: ${p}`);
    byName.set(name, p);
  }
  return byName;
}

async function refusalText(res: Response): Promise<string> {
  const body = (await res.json().catch(() => undefined)) as { error?: SyncErrorBody } | undefined;
  return body?.error?.message ?? `HTTP ${res.status}`;
}

async function login(server: string, user: string, password: string): Promise<Session> {
  const res = await fetch(new URL(SYNC_ROUTES.login, server), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ protocol: PROTOCOL_VERSION, login: user, password, deviceId: randomUUID(), deviceName: 'gudesk-server update publish', clientVersion: VERSION }),
  });
  if (!res.ok) throw new UsageError(`로그인하지 못했습니다: ${await refusalText(res)}`);
  return (await res.json()) as Session;
}

async function upload(server: string, token: string, name: string, path: string): Promise<void> {
  const res = await fetch(new URL(`${ADMIN_UPDATES_ROUTE}${encodeURIComponent(name)}`, server), {
    method: 'PUT',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream', 'content-length': String(statSync(path).size) },
    body: Readable.toWeb(createReadStream(path)) as ReadableStream<Uint8Array>,
    duplex: 'half',
  });
  if (!res.ok) throw new UsageError(`${name} 을(를) 올리지 못했습니다: ${await refusalText(res)}`);
}

export async function publishCommand(args: CliArgs): Promise<number> {
  if (args.positionals[1] !== 'publish') throw new UsageError('update 명령: publish');
  const files = filesOf(args);
  const order = publishOrder([...files.keys()]);
  const server = stringOption(args, 'server');
  if (server) {
    const session = await login(server, requiredOption(args, 'user'), await readPasswordStdin(args));
    for (const name of order) {
      await upload(server, session.accessToken, name, files.get(name)!);
      console.log(`올렸습니다: ${name}`);
    }
  } else {
    const dir = join(dataDirOf(args), 'updates');
    for (const name of order) {
      await writeFeedFile(dir, name, createReadStream(files.get(name)!));
      console.log(`넣었습니다: ${join(dir, name)}`);
    }
  }
  console.log(`업데이트 ${order.length}개 파일을 게시했습니다.`);
  return 0;
}
