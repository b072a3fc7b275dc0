/**
 * `gudesk-server quarantine list|clear <ID>`: records the server set aside because they break
 * their register's rules (sync/quarantine.ts). `list` checks the stored records first, so it also
 * shows what an upgrade found before the server was started again.
 */
import { REGISTERS, isRegisterName } from '../../shared/domain/registers.ts';
import { openDatabase } from '../store/open.ts';
import { clearQuarantined, listQuarantine } from '../store/quarantine.ts';
import { checkStoredRecords } from '../sync/quarantine.ts';
import { UsageError } from './args.ts';
import { dbUrlOf } from './db-url.ts';
import type { CliArgs } from './args.ts';

function registerLabel(register: string): string {
  return isRegisterName(register) ? REGISTERS[register].label : register;
}

export async function quarantineCommand(args: CliArgs): Promise<number> {
  const sub = args.positionals[1];
  if (sub !== 'list' && sub !== 'clear') throw new UsageError('quarantine 명령: list, clear ID');
  const id = args.positionals[2];
  if (sub === 'clear' && !id) throw new UsageError('지울 자료의 ID를 주세요 (quarantine list 에 나오는 ID).');
  const { db } = await openDatabase(dbUrlOf(args));
  try {
    await checkStoredRecords(db, Date.now());
    if (sub === 'clear') {
      if ((await clearQuarantined(db, id!)) === 0) {
        console.error(`격리된 자료 중에 ID가 ${id}인 것이 없습니다. quarantine list 로 ID를 확인하세요.`);
        return 1;
      }
      console.log(`격리된 자료를 지웠습니다: ${id}`);
      return 0;
    }
    const list = await listQuarantine(db);
    if (list.length === 0) {
      console.log('격리된 자료가 없습니다.');
      return 0;
    }
    console.log(`격리된 자료 ${list.length}건 (어느 PC에도 보내지 않습니다. 확인한 뒤 quarantine clear ID 로 지우세요):`);
    for (const q of list) {
      const when = new Date(q.foundAt).toLocaleString('ko-KR', { timeZone: 'Asia/Seoul' });
      console.log(`${registerLabel(q.register)}\t${q.recordId}\t${q.team}\t${when}\t${q.reason}`);
    }
    return 0;
  } finally {
    await db.close();
  }
}
