/**
 * Where installed copies look for updates: the 업데이트 주소 setting when IT staff set one, else
 * the central sync server this PC is logged in to (it hosts the electron-updater feed, because
 * office PCs often have no internet), else nowhere (fully offline use).
 */
import { SYNC_ROUTES } from './protocol.ts';

export function updateFeedUrl(setting: string | undefined, syncServerUrl: string | null): string {
  const configured = (setting ?? '').trim();
  if (configured) return configured;
  if (!syncServerUrl) return '';
  return syncServerUrl.replace(/\/+$/, '') + SYNC_ROUTES.updates;
}
