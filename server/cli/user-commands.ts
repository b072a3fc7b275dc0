/** `gudesk-server user add|list|passwd|disable|enable …`: accounts, on the server machine. */
import { roleSchema } from '../../shared/sync/protocol.ts';
import { addUser, changePassword, listUsers, setUserDisabled, withAccounts } from '../accounts-admin.ts';
import { UsageError, readPasswordStdin, requiredOption } from './args.ts';
import { dbUrlOf } from './db-url.ts';
import type { CliArgs } from './args.ts';
import { roleLabel } from '../../shared/domain/sync.ts';


function loginArg(args: CliArgs): string {
  const login = args.positionals[2];
  if (!login) throw new UsageError('아이디를 주세요 (예: user add hong --name 홍길동 --team 홍보팀 --role member --password-stdin).');
  return login;
}

export async function userCommand(args: CliArgs): Promise<number> {
  const sub = args.positionals[1];
  const db = dbUrlOf(args);
  switch (sub) {
    case 'add': {
      const login = loginArg(args);
      const role = roleSchema.safeParse(requiredOption(args, 'role'));
      if (!role.success) throw new UsageError('--role 은 admin, member, viewer 중 하나입니다.');
      const name = requiredOption(args, 'name');
      const team = requiredOption(args, 'team');
      const password = await readPasswordStdin(args);
      await withAccounts(db, (a) => addUser(a, { login, name, team, role: role.data, password }));
      console.log(`사용자를 추가했습니다: ${login} (${name}, ${team}, ${roleLabel(role.data)})`);
      return 0;
    }
    case 'list': {
      const users = await withAccounts(db, listUsers);
      if (users.length === 0) console.log('등록된 사용자가 없습니다.');
      for (const u of users) console.log(`${u.login}\t${u.name}\t${u.team}\t${roleLabel(u.role)}${u.disabled ? '\t(사용 중지)' : ''}`);
      return 0;
    }
    case 'passwd': {
      const login = loginArg(args);
      const password = await readPasswordStdin(args);
      await withAccounts(db, (a) => changePassword(a, login, password));
      console.log(`비밀번호를 바꿨습니다(이 사용자의 모든 PC 로그인이 끊겼습니다. 새 비밀번호로 다시 로그인하세요): ${login}`);
      return 0;
    }
    case 'disable':
    case 'enable': {
      const login = loginArg(args);
      await withAccounts(db, (a) => setUserDisabled(a, login, sub === 'disable'));
      console.log(sub === 'disable' ? `사용을 중지했습니다(로그인도 모두 끊김): ${login}` : `다시 사용할 수 있게 했습니다: ${login}`);
      return 0;
    }
    default:
      throw new UsageError('user 명령: add, list, passwd, disable, enable');
  }
}
