/** The 예시 데이터 operations of the contract (설정 > 예시 데이터, the sync login card). */
import type { HandlerMap } from '../api/handler-types.ts';
import type { Services } from '../api/services.ts';
import { demoSummary, removeDemo } from './demo-removal.ts';

export function demoHandlers(s: Services): HandlerMap<'demo.summary' | 'demo.remove'> {
  return {
    'demo.summary': () => demoSummary(s),
    'demo.remove': (_args, ctx) => removeDemo(s, ctx.actor),
  };
}
