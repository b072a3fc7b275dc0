/** The Korean messages a clerk sees when sync cannot go on, with what to do about it. */
import type { SyncErrorBody } from './protocol.ts';

function when(ms: number | undefined): string {
  if (ms === undefined) return '알 수 없음';
  const d = new Date(ms + 9 * 3_600_000); // 한국 표준시
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}. ${d.getUTCMonth() + 1}. ${d.getUTCDate()}. ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
}

/** The whole refusal of a push for one invalid value (`problem` from validate-change.ts). */
export function invalidChangeMessage(problem: string): string {
  return `보낸 변경을 받지 않았습니다: ${problem} 이번에 보낸 변경은 하나도 저장하지 않았습니다. 이 메시지가 계속 나오면 관리자에게 알리세요.`;
}

export function syncErrorMessage(e: SyncErrorBody): string {
  switch (e.code) {
    case 'clock_skew':
      return `이 PC의 시계가 맞지 않습니다. 이 PC: ${when(e.clientTime)}, 서버: ${when(e.serverTime)}. Windows 시계를 맞춘 뒤 다시 동기화하세요.`;
    case 'client_too_old':
      return `이 GuDesk는 너무 오래되어 동기화할 수 없습니다. ${e.minClientVersion ?? '새'} 버전 이상으로 업데이트하세요. 그동안 입력한 자료는 이 PC에 안전하게 남아 있습니다.`;
    case 'resync_required':
      return '서버와 이 PC의 자료가 어긋나 전체를 다시 받아야 합니다. 보내지 못한 변경은 먼저 보낸 뒤 다시 받습니다.';
    case 'sequence_gap':
      return `보낸 변경의 순서가 빠졌습니다(${e.expectedSeq ?? '?'}번부터 필요). 잠시 뒤 다시 동기화하면 빠진 것부터 다시 보냅니다.`;
    case 'sequence_reused':
      return '이 PC가 보낸 변경 번호를 다른 PC(같은 데이터 폴더를 복사한 PC나 복원한 백업)가 이미 썼습니다. 이 PC를 새 장치로 등록하고 가진 자료를 모두 다시 보냅니다. 그래도 이 메시지가 계속 나오면 다시 로그인하세요.';
    case 'invalid_change':
      // The server's sentence names the register, the field and the value (invalidChangeMessage).
      return e.message || invalidChangeMessage('보낸 변경에 대장에 맞지 않는 값이 있습니다.');
    case 'future_stamp':
      return `보낸 변경에 서버 시각(${when(e.serverTime)})보다 한참 뒤인 ${when(e.stampTime)}의 시각이 찍혀 있어 받지 않았습니다. 이 PC의 시계가 한때 앞서 있었던 것 같습니다. 이 PC는 그 변경에 지금 시각을 다시 찍어 보냅니다.`;
    case 'unauthorized':
      return '로그인이 만료되었습니다. 다시 로그인하세요.';
    case 'bad_credentials':
      return '아이디 또는 비밀번호가 맞지 않습니다.';
    case 'rate_limited': {
      // The server's own sentence says why (failures, or many logins at once) and how long.
      if (e.message) return e.message;
      const s = e.retryAfterSeconds ?? 900;
      return `로그인 시도가 너무 많습니다. ${s < 120 ? `${Math.max(1, s)}초` : `${Math.ceil(s / 60)}분`} 뒤에 다시 시도하세요.`;
    }
    case 'forbidden':
      return '이 계정으로는 이 자료를 동기화할 권한이 없습니다. 관리자에게 문의하세요.';
    default:
      return e.message || '서버가 요청을 거절했습니다.';
  }
}
