/** `gudesk-server` (no command): runs the server until Ctrl+C / SIGTERM. */
import { startServer, DEFAULT_PORT } from '../main.ts';
import { isValidVersion } from '../version.ts';
import { UsageError, stringOption } from './args.ts';
import { dataDirOf, dbUrlOf, describeDb } from './db-url.ts';
import type { CliArgs } from './args.ts';

function portOf(args: CliArgs): number {
  const text = stringOption(args, 'port') ?? process.env.GUDESK_SERVER_PORT;
  if (text === undefined) return DEFAULT_PORT;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`포트 번호가 올바르지 않습니다: ${text}`);
  return port;
}

export async function serve(args: CliArgs): Promise<number> {
  const certFile = stringOption(args, 'tls-cert');
  const keyFile = stringOption(args, 'tls-key');
  if ((certFile === undefined) !== (keyFile === undefined)) throw new UsageError('--tls-cert 와 --tls-key 는 함께 주어야 합니다.');
  const minClientVersion = stringOption(args, 'min-client-version');
  if (minClientVersion !== undefined && !isValidVersion(minClientVersion)) throw new UsageError(`--min-client-version 은 X.Y.Z 형식이어야 합니다: ${minClientVersion}`);
  const db = dbUrlOf(args);
  const server = await startServer({
    db,
    dataDir: dataDirOf(args),
    port: portOf(args),
    host: stringOption(args, 'host') ?? '0.0.0.0',
    ...(certFile && keyFile ? { tls: { certFile, keyFile } } : {}),
    ...(minClientVersion ? { minClientVersion } : {}),
  });
  console.log(`구데스크 동기화 서버가 ${server.url} 에서 요청을 기다립니다 (DB: ${describeDb(db)}). 멈추려면 Ctrl+C.`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await server.close();
  console.log('서버를 멈췄습니다.');
  return 0;
}
