/**
 * Sandboxed preload (bundled to dist-electron/preload.cjs). Exposes exactly one function to the
 * page, `window.gudesk.invoke(op, input)`, and never ipcRenderer itself.
 *
 * RETURN VALUE — it resolves to the Envelope, it never rejects:
 *   { ok: true, value }  or  { ok: false, error: { code, message, details? } }
 * Why not unwrap here and throw: contextBridge copies a thrown Error's message only, so the
 * error `code` and field `details` would be lost on the way to the page. Browser mode's HTTP
 * replies are Envelopes too, so the renderer's client unwraps both transports the same way
 * (throwing AppError on `ok: false`) and is the one place implementing GuDeskApi.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { Envelope } from '../../shared/api/errors.ts';
import type { GuDeskBridge } from '../../shared/api/contract.ts';
import { IPC_CHANNEL_PREFIX } from '../../shared/api/http.ts';

/** Operation names look like `clippings.list`; anything else never reaches the main process. */
const OP_PATTERN = /^[a-z]+\.[A-Za-z]+$/;

function failed(code: 'unknown_operation' | 'internal', message: string): Envelope<never> {
  return { ok: false, error: { code, message } };
}

const api = {
  async invoke(op, input) {
    if (typeof op !== 'string' || !OP_PATTERN.test(op)) {
      return failed('unknown_operation', `알 수 없는 작업입니다: ${String(op)}`);
    }
    try {
      return (await ipcRenderer.invoke(IPC_CHANNEL_PREFIX + op, input)) as Envelope<never>;
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      // ipcMain has a handler for every contract operation; a missing one means an unknown name.
      if (/No handler registered/i.test(message)) return failed('unknown_operation', `알 수 없는 작업입니다: ${op}`);
      return failed('internal', '프로그램 내부 통신에 실패했습니다. 구데스크를 다시 시작해 주세요.');
    }
  },
} satisfies GuDeskBridge;

contextBridge.exposeInMainWorld('gudesk', api);
