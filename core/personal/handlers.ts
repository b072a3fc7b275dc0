/**
 * The 접속기록 operations. `accessLog.record` is how a screen reports an opening, reveal, export
 * or print it made (the registers' own handlers call the repository directly); the core adds
 * who, when and which PC. `accessLog.list` is the admins' review: on a PC signed in to the
 * central server only an admin account may read it; a PC that never signed in has one clerk.
 */
import { AppError } from '../../shared/api/errors.ts';
import type { HandlerMap } from '../api/handler-types.ts';
import type { Services } from '../api/services.ts';
import type { RecordStore } from '../records/record-store.ts';
import { holdsPersonalData } from '../../shared/personal/personal-record.ts';
import { revealValue } from './masked-reads.ts';

export const MASKED_COPY_MESSAGE =
  '조회 전용 계정으로 받은 개인정보는 서버가 가려서 보낸 사본이라 이 PC에서는 원래 값을 볼 수 없습니다. 원래 값이 필요하면 그 대장을 맡은 팀의 직원 계정으로 확인하세요.';

export function accessLogHandlers(s: Services): HandlerMap<'accessLog.record' | 'accessLog.list' | 'personal.reveal'> {
  const role = s.db.prepare<[], { role: string | null; refresh_token: string | null; server_url: string | null }>('SELECT role, refresh_token, server_url FROM sync_state WHERE id = 1');
  return {
    'accessLog.record': (event, ctx) => s.accessLog.record(event, ctx.actor),
    'personal.reveal': ({ register, id, field, reason }, ctx) => {
      const store = (s.stores as Record<string, RecordStore | undefined>)[register];
      if (!store || !holdsPersonalData(store.spec)) throw new AppError('invalid_input', `'${register}' 대장에는 가려진 개인정보가 없습니다.`);
      // A 조회 전용 account pulls personal records masked (server/sync/sensitive-fields.ts): there is nothing real to reveal.
      const signedIn = role.get();
      if (signedIn?.refresh_token && signedIn.role === 'viewer') throw new AppError('forbidden', MASKED_COPY_MESSAGE);
      return revealValue({ spec: store.spec, accessLog: s.accessLog, get: (rid) => store.get(rid) }, id, field, reason, ctx.actor);
    },
    'accessLog.list': (filter) => {
      const row = role.get();
      if (row?.server_url && row.role !== 'admin') {
        throw new AppError('forbidden', '접속기록은 관리자 계정으로 로그인한 PC에서만 볼 수 있습니다.');
      }
      return s.accessLog.list(filter);
    },
  };
}
