/** `gudesk-server` (no command): runs the server until Ctrl+C / SIGTERM. */
import { isLoopbackHost } from '../../shared/connection/encryption.ts';
import { startServer, DEFAULT_HOST, DEFAULT_PORT } from '../main.ts';
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

export const INSECURE_HTTP_WARNING =
  '경고: 암호화되지 않은 HTTP로 다른 PC의 요청을 받습니다. 같은 네트워크의 누구나 비밀번호와 자료를 볼 수 있습니다. ' +
  '가능한 한 빨리 --tls-cert, --tls-key 로 HTTPS를 쓰세요(docs/SERVER.md "TLS").';

/**
 * Plain HTTP never leaves this machine unless the administrator says so: beyond 127.0.0.1
 * the server needs a certificate, or an explicit --insecure-http (and then it warns).
 */
function checkTransport(host: string, tls: boolean, insecureHttp: boolean): void {
  if (tls || isLoopbackHost(host)) return;
  if (!insecureHttp) {
    throw new UsageError(
      `${host} 에서 받으려면 HTTPS가 필요합니다: --tls-cert 인증서.pem --tls-key 키.pem 을 주세요. ` +
        '암호화 없이 받아야 한다면(시험용) --insecure-http 를 함께 주세요.',
    );
  }
  console.warn(INSECURE_HTTP_WARNING);
}

/** --update-feed: an http(s) address ending in '/', the folder electron-updater reads latest.yml from. */
function updateFeedOf(args: CliArgs): string | undefined {
  const text = stringOption(args, 'update-feed');
  if (text === undefined) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) throw new UsageError(`--update-feed 는 https:// 로 시작하는 주소여야 합니다: ${text}`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

export async function serve(args: CliArgs): Promise<number> {
  const certFile = stringOption(args, 'tls-cert');
  const keyFile = stringOption(args, 'tls-key');
  if ((certFile === undefined) !== (keyFile === undefined)) throw new UsageError('--tls-cert 와 --tls-key 는 함께 주어야 합니다.');
  const host = stringOption(args, 'host') ?? DEFAULT_HOST;
  checkTransport(host, certFile !== undefined, args.values['insecure-http'] === true);
  const minClientVersion = stringOption(args, 'min-client-version');
  if (minClientVersion !== undefined && !isValidVersion(minClientVersion)) throw new UsageError(`--min-client-version 은 X.Y.Z 형식이어야 합니다: ${minClientVersion}`);
  const updateFeedUrl = updateFeedOf(args);
  const db = dbUrlOf(args);
  const fieldKeyFile = stringOption(args, 'field-key-file');
  const server = await startServer({
    db,
    dataDir: dataDirOf(args),
    port: portOf(args),
    host,
    ...(certFile && keyFile ? { tls: { certFile, keyFile } } : {}),
    ...(minClientVersion ? { minClientVersion } : {}),
    ...(updateFeedUrl ? { updateFeedUrl } : {}),
    ...(fieldKeyFile ? { fieldKeyFile } : {}),
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
