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

export function accessLogHandlers(s: Services): HandlerMap<'accessLog.record' | 'accessLog.list' | 'personal.reveal'> {
  const role = s.db.prepare<[], { role: string | null; refresh_token: string | null; server_url: string | null }>('SELECT role, refresh_token, server_url FROM sync_state WHERE id = 1');
  return {
    'accessLog.record': (event, ctx) => s.accessLog.record(event, ctx.actor),
    'personal.reveal': ({ register, id, field, reason }, ctx) => {
      const store = (s.stores as Record<string, RecordStore | undefined>)[register];
      if (!store || !holdsPersonalData(store.spec)) throw new AppError('invalid_input', `'${register}' 대장에는 가려진 개인정보가 없습니다.`);
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
