/**
 * What the status bar says while this PC talks to its server over plain HTTP across the network:
 * passwords and records travel readable, and the clerk should know and tell IT.
 */
import { isUnencryptedRemote } from '../../../shared/connection/encryption.ts';

export interface ConnectionNotice {
  text: string;
  title: string;
}

export function unencryptedConnectionNotice(serverUrl: string | null): ConnectionNotice | null {
  if (!isUnencryptedRemote(serverUrl)) return null;
  return {
    text: '암호화되지 않은 연결',
    title:
      '중앙 서버와 암호화되지 않은 HTTP로 주고받습니다. 같은 네트워크의 누구나 비밀번호와 자료를 볼 수 있습니다. ' +
      '전산 담당자에게 https:// 로 시작하는 서버 주소를 받아 다시 로그인하세요.',
  };
}
