/**
 * The installer configuration ships only signed Windows installers with Electron's fuses set, and
 * an installed copy updates itself only where the signature is checked. (Packaging itself cannot
 * run here: electron-builder would download Electron. This checks the configuration electron-builder
 * itself loads and validates against its schema.)
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publisherNames, updateSigningPolicy } from '../../../electron/main/update-signing.ts';

const root = join(import.meta.dirname, '../../..');
const require = createRequire(join(root, 'package.json'));

interface BuilderConfig {
  electronFuses?: Record<string, boolean>;
  win?: { forceCodeSigning?: boolean; verifyUpdateCodeSignature?: boolean; signtoolOptions?: { publisherName?: string[] } };
  asar?: boolean;
}

async function builderConfig(): Promise<BuilderConfig> {
  const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
    getConfig(dir: string, path: null, extra: null): Promise<BuilderConfig>;
    validateConfiguration(config: BuilderConfig, logger: unknown): Promise<void>;
  };
  const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
  const config = await getConfig(root, null, null);
  await validateConfiguration(config, new DebugLogger(false));
  return config;
}

describe('packaging: signed installers and Electron fuses', () => {
  it('electron-builder.yml (as electron-builder loads and validates it) sets the fuses and requires signed Windows installers', async () => {
    const config = await builderConfig();
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
    expect(config.win?.forceCodeSigning).toBe(true);
    expect(config.win?.verifyUpdateCodeSignature).toBe(true);
    expect(config.win?.signtoolOptions?.publisherName?.length).toBeGreaterThan(0);
  });

  it('an installed copy updates itself only on Windows with a publisherName to check the signature against', () => {
    const yml = 'provider: generic\nurl: https://updates.example.invalid/gudesk/\npublisherName:\n  - OO구청\n  - "서울특별시 OO구"\nupdaterCacheDirName: gudesk-updater\n';
    expect(publisherNames(yml)).toEqual(['OO구청', '서울특별시 OO구']);
    expect(publisherNames('publisherName: OO구청\n')).toEqual(['OO구청']);
    expect(updateSigningPolicy('win32', yml)).toEqual({ ok: true, publishers: ['OO구청', '서울특별시 OO구'] });

    const unsigned = updateSigningPolicy('win32', 'provider: generic\nurl: https://x/\n');
    expect(unsigned.ok).toBe(false);
    if (!unsigned.ok) expect(unsigned.reason).toContain('서명 확인 정보');
    expect(updateSigningPolicy('win32', undefined).ok).toBe(false);
    const linux = updateSigningPolicy('linux', yml);
    expect(linux.ok).toBe(false);
    if (!linux.ok) expect(linux.reason).toContain('서명을 확인할 수 없어');
  });
});
