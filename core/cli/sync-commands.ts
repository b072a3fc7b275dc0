/**
 * `gudesk login`, `gudesk sync`, `gudesk sync-status`, `gudesk logout`: the central-server sync
 * from the command line. The password is read from stdin (never an argument: it would show in
 * the process list and the shell history).
 */
import type { Core } from '../api/core-types.ts';
import { roleLabel, syncReportText, type SyncReport, type SyncStatus } from '../../shared/domain/sync.ts';

export interface SyncCliOptions {
  server?: string;
  user?: string;
  'password-stdin'?: boolean;
  verify?: boolean;
  json?: boolean;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

function when(iso: string | null): string {
  if (!iso) return '아직 없음';
  const d = new Date(Date.parse(iso) + 9 * 3_600_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}. ${d.getUTCMonth() + 1}. ${d.getUTCDate()}. ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`;
}

export function describeStatus(s: SyncStatus): string {
  if (!s.serverUrl) return '동기화 서버에 로그인하지 않았습니다. npx gudesk login --server 주소 --user 아이디 --password-stdin';
  return [
    `서버: ${s.serverUrl} (${s.loggedIn ? `${s.userName ?? s.login} · ${s.team ?? ''} · ${roleLabel(s.role)}` : '로그아웃됨'})`,
    `마지막 동기화: ${when(s.lastSyncAt)}`,
    `보내지 않은 변경: ${s.pending}건`,
    ...(s.conflicts ? [`확인할 충돌: ${s.conflicts}건 (앱의 '동기화 충돌'에서 해결하세요)`] : []),
    ...(s.parked ? [`새 버전 자료 보관: ${s.parked}건 (GuDesk를 업데이트하면 반영됩니다)`] : []),
    ...(s.lastError ? [`마지막 오류: ${s.lastError}`] : []),
  ].join('\n');
}

/** Returns false for a command it does not know. Throws UsageError-like messages via `usage`. */
export async function runSyncCommand(command: string, opts: SyncCliOptions, core: () => Core, usage: (msg: string) => Error): Promise<boolean> {
  switch (command) {
    case 'login': {
      if (!opts.server) throw usage('--server 서버 주소가 필요합니다 (예: --server https://10.1.2.3:8787).');
      if (!opts.user) throw usage('--user 아이디가 필요합니다.');
      if (!opts['password-stdin']) throw usage('비밀번호는 --password-stdin으로 표준 입력에서 읽습니다 (예: echo 비밀번호 | npx gudesk login … --password-stdin).');
      const password = await readStdin();
      const s = await core().call('sync.login', { serverUrl: opts.server, login: opts.user, password });
      console.log(`로그인했습니다: ${s.userName ?? s.login} (${s.team ?? ''}, ${roleLabel(s.role)}) — ${s.serverUrl}\n보낼 변경 ${s.pending}건. 'npx gudesk sync'로 동기화하세요.`);
      // As the window's login card says it: demo records stay on this PC.
      const demo = await core().call('demo.summary', {});
      if (demo.clippings + demo.releases > 0) console.log(`예시 데이터 ${demo.clippings + demo.releases}건은 서버로 보내지 않습니다. 지우려면 설정 > 예시 데이터에서 지우세요.`);
      return true;
    }
    case 'sync': {
      const r: SyncReport = await core().call('sync.now', { verify: !!opts.verify });
      if (opts.json) console.log(JSON.stringify(r));
      else {
        const verified = r.checksums === 'equal' ? ', 검증: 서버와 같음' : r.checksums === 'repaired' ? ', 검증: 어긋나 다시 받음' : '';
        console.log(`동기화했습니다: ${syncReportText(r)}${r.conflicts ? `, 충돌 ${r.conflicts}건(앱에서 확인)` : ''}${verified}`);
      }
      return true;
    }
    case 'sync-status': {
      const s = await core().call('sync.status', {});
      console.log(opts.json ? JSON.stringify(s) : describeStatus(s));
      return true;
    }
    case 'logout': {
      await core().call('sync.logout', {});
      console.log('로그아웃했습니다. 이 PC의 자료와 보내지 못한 변경은 그대로 남아 있습니다.');
      return true;
    }
    default:
      return false;
  }
}
