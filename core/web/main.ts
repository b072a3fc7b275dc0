/**
 * Entry for browser mode: `node core/web/main.ts [--data-dir DIR] [--port N] [--open]`.
 * Prints the address to open (token in the fragment) on a line of its own, how to stop it, and,
 * when the usual port was taken, which one is used instead; then serves until Ctrl+C / SIGTERM, when it stops HTTP and closes the core (SQLite checkpoint).
 * scripts/start.ts reuses `runBrowserMode` when Electron cannot be obtained.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { BACKGROUND_SYNC_MS, createCore } from '../api/core.ts';
import { errorLog } from '../api/error-log.ts';
import { userFacingError } from '../api/error-messages.ts';
import { resolveDataDir } from '../settings/data-dir.ts';
import { DEFAULT_PORT, startWebServer, type WebServer } from './server.ts';

export const DEFAULT_STATIC_DIR = path.resolve(import.meta.dirname, '..', '..', 'dist', 'renderer');

/** How to stop it, printed under the address (the window stays open while GuDesk runs). */
export const STOP_LINE = '끝내려면 이 창에서 Ctrl+C를 누르세요.';

export function usualPortTakenLine(usual: number, used: number): string {
  return `평소 주소(127.0.0.1:${usual})는 다른 프로그램이 쓰고 있어 127.0.0.1:${used}에서 엽니다.`;
}

const USAGE = '사용법: node core/web/main.ts [--data-dir 폴더] [--port 번호] [--open]';

interface BrowserModeArgs {
  port: number;
  strictPort: boolean;
  open: boolean;
}

function parse(argv: readonly string[]): BrowserModeArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string' },
      open: { type: 'boolean', default: false },
      'no-open': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  let port = DEFAULT_PORT;
  if (values.port !== undefined) {
    port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      throw new Error(`포트 번호가 올바르지 않습니다: ${values.port} (0~65535)`);
    }
  }
  return { port, strictPort: values.port !== undefined, open: values.open && !values['no-open'] };
}

/** Best effort: a missing opener only means the clerk copies the printed address. */
function openInBrowser(address: string): void {
  const [cmd, args] =
    process.platform === 'win32'
      ? ['rundll32', ['url.dll,FileProtocolHandler', address]]
      : process.platform === 'darwin'
        ? ['open', [address]]
        : ['xdg-open', [address]];
  try {
    const child = spawn(cmd as string, args as string[], { stdio: 'ignore', detached: true });
    child.on('error', () => {});
    child.unref();
  } catch {
    // ignored on purpose
  }
}

/** Starts the core and the server; resolves once listening. Exits the process on signals. */
export async function runBrowserMode(argv: readonly string[] = process.argv.slice(2)): Promise<WebServer> {
  const args = parse(argv);
  const dataDir = resolveDataDir(argv, process.env);
  const core = createCore({ dataDir, backgroundSyncMs: BACKGROUND_SYNC_MS, lockHolder: '브라우저 모드' });
  let server: WebServer;
  try {
    const log = errorLog(dataDir);
    server = await startWebServer({ core, port: args.port, strictPort: args.strictPort, staticDir: DEFAULT_STATIC_DIR, log: log.write });
  } catch (err) {
    core.close();
    throw err;
  }
  if (server.usualPortTaken) console.log(usualPortTakenLine(args.port, server.port));
  console.log(`GuDesk 브라우저 모드: ${server.address}`);
  console.log(STOP_LINE);
  if (args.open) openInBrowser(server.address);

  let closing = false;
  const shutdown = () => {
    if (closing) return;
    closing = true;
    // Never hang on a stuck connection: the data matters more than a polite goodbye.
    const force = setTimeout(() => {
      core.close();
      process.exit(0);
    }, 5000);
    force.unref();
    server
      .close()
      .catch(() => {})
      .finally(() => {
        core.close();
        process.exit(0);
      });
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  return server;
}

if (import.meta.main) {
  runBrowserMode().catch((err: unknown) => {
    // Korean for the clerk (a locked or damaged data folder, a busy port); the detail to the log.
    let dataDir = process.cwd();
    try {
      dataDir = resolveDataDir(process.argv.slice(2), process.env);
    } catch {
      // Unusable arguments: the message below says so.
    }
    console.error(userFacingError(err, errorLog(dataDir), 'browser-mode start').message);
    const code = (err as { code?: unknown } | null)?.code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) console.error(USAGE);
    process.exit(1);
  });
}
