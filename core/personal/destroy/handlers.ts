/**
 * The 파기 operations. Planning is open to whoever may read the register; destroying is an
 * admin's order: on a PC signed in to the central server only an admin account may give it (a PC
 * that never signed in has one clerk, who is its admin), like 접속기록 점검.
 */
import { AppError } from '../../../shared/api/errors.ts';
import type { HandlerMap } from '../../api/handler-types.ts';
import type { Services } from '../../api/services.ts';
import { destroyService } from './destroy-service.ts';
import { setRetentionYears } from './retention.ts';

export function destroyHandlers(s: Services): HandlerMap<'personal.destroyPlan' | 'personal.destroy' | 'personal.setRetention'> {
  const service = destroyService({ db: s.db, stores: s.stores, settings: s.settings, accessLog: s.accessLog });
  const role = s.db.prepare<[], { role: string | null; server_url: string | null }>('SELECT role, server_url FROM sync_state WHERE id = 1');
  const assertAdmin = (what: string) => {
    const row = role.get();
    if (row?.server_url && row.role !== 'admin') throw new AppError('forbidden', `${what}는 관리자 계정으로 로그인한 PC에서만 할 수 있습니다.`);
  };
  return {
    'personal.destroyPlan': ({ register }) => service.plan(register),
    'personal.destroy': (order, ctx) => {
      assertAdmin('개인정보 파기');
      return service.destroy(order, ctx.actor);
    },
    'personal.setRetention': ({ register, years }) => {
      assertAdmin('보유 기간 변경');
      const store = (s.stores as Record<string, { spec: Parameters<typeof setRetentionYears>[0] } | undefined>)[register];
      if (!store) throw new AppError('invalid_input', `'${register}' 대장을 찾을 수 없습니다.`);
      setRetentionYears(store.spec, s.settings, years);
      return service.plan(register);
    },
  };
}
