/**
 * Automatic updates through electron-updater's 'generic' provider: a plain folder of files
 * (latest.yml / latest-linux.yml + installers) hosted by the district's central server.
 * The feed URL is not baked into the build, nor a setting a page of the app can change: it is the
 * department's policy, handed out by the sync server with every session
 * (core/settings/update-feed-policy.ts) and read through the core before every check. A PC that
 * has no policy yet but is logged in uses its server's own /updates/; neither → nothing is checked.
 * Only installers signed by the office's publisher are installed (electron-builder.yml
 * publisherName; electron-updater checks the Authenticode signature before installing).
 * Checks run at start and every 6 hours; updates download in the background and install when
 * the clerk quits. Failures (no network, bad feed) are logged and never disturb the clerk.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import electronUpdater from 'electron-updater';
import type { Core } from '../../core/api/core-types.ts';
import { updateFeedUrl } from '../../shared/sync/update-feed.ts';
import { UPDATE_FEED_POLICY_KEY } from '../../core/settings/update-feed-policy.ts';
import { updateSigningPolicy } from './update-signing.ts';

export const CHECK_INTERVAL_MS = 6 * 60 * 60 * 1000;

export interface UpdaterLog {
  info(message: string): void;
  warn(message: string): void;
}

const consoleLog: UpdaterLog = {
  info: (m) => console.log(`[업데이트] ${m}`),
  warn: (m) => console.warn(`[업데이트] ${m}`),
};

function describe(err: unknown): string {
  if ((err as { code?: string } | null)?.code === 'ERR_UPDATER_INVALID_SIGNATURE') {
    return '받은 설치 파일이 부서의 서명으로 서명되지 않아 설치하지 않았습니다. 전산 담당자에게 알리세요.';
  }
  return err instanceof Error ? err.message : String(err);
}

/** electron-builder writes app-update.yml (with publisherName) beside app.asar. */
function readAppUpdateYml(): string | undefined {
  try {
    return readFileSync(join(process.resourcesPath, 'app-update.yml'), 'utf8');
  } catch {
    return undefined;
  }
}

/** Starts periodic checks; returns a function stopping them. Only meaningful in a packaged app. */
export function startUpdater(core: Core, log: UpdaterLog = consoleLog): () => void {
  const signing = updateSigningPolicy(process.platform, readAppUpdateYml());
  if (!signing.ok) {
    log.warn(signing.reason);
    return () => undefined;
  }
  const { autoUpdater } = electronUpdater;
  autoUpdater.autoDownload = true;
  autoUpdater.autoInstallOnAppQuit = true;
  autoUpdater.allowDowngrade = false;
  autoUpdater.logger = null;
  autoUpdater.on('error', (err: unknown) => log.warn(`업데이트 중 오류: ${describe(err)}`));
  autoUpdater.on('update-downloaded', (info: { version: string }) =>
    log.info(`새 버전 ${info.version}을 받았습니다. 프로그램을 끝내면 설치됩니다.`),
  );

  let feedUrl = '';
  let running = false;
  const check = async (): Promise<void> => {
    if (running) return;
    running = true;
    try {
      const settings = await core.call('settings.get', {});
      const sync = core.sync.status();
      const url = updateFeedUrl(settings[UPDATE_FEED_POLICY_KEY], sync.loggedIn ? sync.serverUrl : null);
      if (!url) return;
      if (!/^https?:\/\/\S+$/i.test(url)) {
        log.warn(`업데이트 주소가 올바르지 않아 확인하지 않습니다: ${url}`);
        return;
      }
      if (url !== feedUrl) {
        autoUpdater.setFeedURL({ provider: 'generic', url });
        feedUrl = url;
      }
      await autoUpdater.checkForUpdates();
    } catch (err) {
      log.warn(`업데이트를 확인하지 못했습니다: ${describe(err)}`);
    } finally {
      running = false;
    }
  };

  void check();
  const timer = setInterval(() => void check(), CHECK_INTERVAL_MS);
  timer.unref();
  return () => clearInterval(timer);
}
