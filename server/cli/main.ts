/** `gudesk-server [command]`: the server, its accounts and its update feed. */
import { AccountError } from '../accounts-admin.ts';
import { SchemaTooNewError } from '../store/migrate.ts';
import { UsageError, parseCli } from './args.ts';
import { serve } from './serve.ts';
import { publishCommand } from './update-publish.ts';
import { quarantineCommand } from './quarantine-commands.ts';
import { userCommand } from './user-commands.ts';

export const USAGE = `구데스크 동기화 서버

  gudesk-server [--port 8787] [--host 127.0.0.1] [--db sqlite:파일 | postgres://…] [--data-dir 폴더]
                [--tls-cert 인증서.pem --tls-key 키.pem | --insecure-http] [--min-client-version X.Y.Z]
                [--update-feed https://주소/] [--field-key-file 키파일]
      서버를 실행합니다. 기본 DB는 <data-dir>/gudesk-server.sqlite (data-dir 기본값 ./gudesk-server-data).
      기본으로는 이 PC(127.0.0.1)에서만 받습니다. 다른 PC의 요청을 받으려면(--host 0.0.0.0 등) HTTPS
      인증서를 주거나, 암호화 없이 받겠다는 --insecure-http 를 줍니다.
      --update-feed: PC들이 업데이트를 받을 주소(부서 정책). 기본은 이 서버의 /updates/.
      --field-key-file: 민감정보를 암호화하는 키 파일(없으면 0600으로 만듦). 기본은 GUDESK_FIELD_KEY_FILE,
      없으면 <data-dir>/gudesk-field.key. 데이터베이스와 따로 보관하세요: 잃으면 민감정보를 되살릴 수 없습니다.

  gudesk-server [--db …|--data-dir …] user add 아이디 --name 이름 --team 팀 --role admin|member|viewer --password-stdin
  gudesk-server [--db …|--data-dir …] user list | user passwd 아이디 --password-stdin | user disable 아이디 | user enable 아이디

  gudesk-server update publish --server https://서버:8787 --user 관리자아이디 --password-stdin 파일…
  gudesk-server update publish --data-dir 폴더 파일…      (서버 PC에서 직접)

  gudesk-server [--db …|--data-dir …] quarantine list | quarantine clear ID
      대장 규칙에 맞지 않아 따로 둔(어느 PC에도 보내지 않는) 자료를 보거나 지웁니다.
`;

export async function main(argv: string[]): Promise<number> {
  try {
    const args = parseCli(argv);
    if (args.values.help === true) {
      console.log(USAGE);
      return 0;
    }
    const command = args.positionals[0] ?? 'serve';
    switch (command) {
      case 'serve':
        return await serve(args);
      case 'user':
        return await userCommand(args);
      case 'update':
        return await publishCommand(args);
      case 'quarantine':
        return await quarantineCommand(args);
      default:
        throw new UsageError(`알 수 없는 명령입니다: ${command}`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`${e.message}\n\n${USAGE}`);
      return 2;
    }
    if (e instanceof AccountError || e instanceof SchemaTooNewError) {
      console.error(e.message);
      return 1;
    }
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'EADDRINUSE') {
      console.error('포트가 이미 쓰이고 있습니다. 다른 서버가 실행 중인지 확인하거나 --port 로 다른 포트를 주세요.');
      return 1;
    }
    console.error(`오류: ${err.message}`);
    return 1;
  }
}
