/**
 * Bundles Electron's main process and preload with esbuild:
 *   electron/main/main.ts       → dist-electron/main.cjs     (Node side, core included)
 *   electron/preload/preload.ts → dist-electron/preload.cjs  (sandboxed: may only require 'electron')
 * Bundling is required because a sandboxed preload cannot load ESM or node_modules, and it keeps
 * the installer from shipping the TypeScript sources. Usage: `npm run build:electron`.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { build, type BuildOptions } from 'esbuild';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const OUT_DIR = path.join(ROOT, 'dist-electron');

/**
 * Left as require() calls and shipped in node_modules by electron-builder:
 * electron is provided by the runtime; better-sqlite3 loads a native .node prebuild from its own
 * folder; electron-updater loads its platform updaters lazily.
 */
export const MAIN_EXTERNAL = ['electron', 'better-sqlite3', 'electron-updater'];

const common: BuildOptions = {
  bundle: true,
  format: 'cjs',
  sourcemap: 'linked',
  legalComments: 'none',
  charset: 'utf8',
  logLevel: 'warning',
  absWorkingDir: ROOT,
};

export async function buildElectron(): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  await Promise.all([
    build({
      ...common,
      entryPoints: [path.join(ROOT, 'electron/main/main.ts')],
      outfile: path.join(OUT_DIR, 'main.cjs'),
      platform: 'node',
      target: 'node22',
      external: MAIN_EXTERNAL,
      // The sources are ESM; in a CJS bundle import.meta is empty, so map it to CJS equivalents.
      define: {
        'import.meta.dirname': '__dirname',
        'import.meta.filename': '__filename',
        'import.meta.url': '__gudeskImportMetaUrl',
      },
      banner: { js: "const __gudeskImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    }),
    // Spreadsheets are parsed in a worker thread (core/io/table-worker.ts loads this file).
    build({
      ...common,
      entryPoints: [path.join(ROOT, 'core/io/parse-worker.ts')],
      outfile: path.join(OUT_DIR, 'table-worker.cjs'),
      platform: 'node',
      target: 'node22',
      external: MAIN_EXTERNAL,
    }),
    build({
      ...common,
      entryPoints: [path.join(ROOT, 'electron/preload/preload.ts')],
      outfile: path.join(OUT_DIR, 'preload.cjs'),
      // A plain script: the sandbox gives preloads `require('electron')` but no module system.
      format: 'iife',
      platform: 'browser',
      target: 'chrome130',
      external: ['electron'],
    }),
  ]);
}

if (import.meta.main) {
  buildElectron().then(
    () => console.log('Electron 번들 완료: dist-electron/main.cjs, dist-electron/preload.cjs'),
    (err: unknown) => {
      console.error('Electron 번들을 만들지 못했습니다:', err instanceof Error ? err.message : err);
      process.exit(1);
    },
  );
}
