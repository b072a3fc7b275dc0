/**
 * The only module that touches ipcMain. One handler per contract operation on channel
 * `gudesk:<op>`; each refuses callers that are not the top frame of our own gudesk://app page
 * (a subframe, DevTools, or a page that somehow navigated elsewhere) and otherwise hands the raw
 * argument to core.invoke, which validates it with the contract's zod schema.
 * The reply is always an Envelope — never a thrown error — so codes and details survive IPC.
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { OP_NAMES } from '../../shared/api/contract.ts';
import type { Envelope } from '../../shared/api/errors.ts';
import { IPC_CHANNEL_PREFIX } from '../../shared/api/http.ts';
import type { Core } from '../../core/api/core-types.ts';
import { isAppUrl } from './app-files.ts';

const FORBIDDEN: Envelope<never> = {
  ok: false,
  error: { code: 'forbidden', message: '허용되지 않은 화면에서 온 요청이라 처리하지 않았습니다.' },
};
const INTERNAL: Envelope<never> = {
  ok: false,
  error: { code: 'internal', message: '처리 중 예기치 않은 오류가 발생했습니다. 다시 시도해 주세요.' },
};

function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}

/** Registers every operation; returns a function that removes them again. */
export function registerIpc(core: Core): () => void {
  for (const op of OP_NAMES) {
    ipcMain.handle(IPC_CHANNEL_PREFIX + op, async (event, raw: unknown): Promise<Envelope<unknown>> => {
      if (!isTrustedSender(event)) return FORBIDDEN;
      try {
        return await core.invoke(op, raw, {});
      } catch {
        return INTERNAL;
      }
    });
  }
  return () => {
    for (const op of OP_NAMES) ipcMain.removeHandler(IPC_CHANNEL_PREFIX + op);
  };
}
