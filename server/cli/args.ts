/** The gudesk-server command line, parsed once; every command reads what it needs from it. */
import { parseArgs } from 'node:util';

export const CLI_OPTIONS = {
  port: { type: 'string' },
  host: { type: 'string' },
  db: { type: 'string' },
  'data-dir': { type: 'string' },
  'tls-cert': { type: 'string' },
  'tls-key': { type: 'string' },
  'field-key-file': { type: 'string' },
  'min-client-version': { type: 'string' },
  'insecure-http': { type: 'boolean' },
  'update-feed': { type: 'string' },
  name: { type: 'string' },
  team: { type: 'string' },
  role: { type: 'string' },
  server: { type: 'string' },
  user: { type: 'string' },
  'password-stdin': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export interface CliArgs {
  positionals: string[];
  values: Partial<Record<keyof typeof CLI_OPTIONS, string | boolean>>;
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export function parseCli(argv: string[]): CliArgs {
  try {
    const { positionals, values } = parseArgs({ args: argv, options: CLI_OPTIONS, allowPositionals: true, strict: true });
    return { positionals, values };
  } catch (e) {
    throw new UsageError(`명령줄을 이해하지 못했습니다: ${(e as Error).message}`);
  }
}

export function stringOption(args: CliArgs, name: keyof typeof CLI_OPTIONS): string | undefined {
  const v = args.values[name];
  return typeof v === 'string' ? v : undefined;
}

export function requiredOption(args: CliArgs, name: keyof typeof CLI_OPTIONS): string {
  const v = stringOption(args, name);
  if (v === undefined || v === '') throw new UsageError(`--${name} 값을 주세요.`);
  return v;
}

/** The password piped in on stdin (one trailing newline dropped), never on the command line. */
export async function readPasswordStdin(args: CliArgs): Promise<string> {
  if (args.values['password-stdin'] !== true) throw new UsageError('비밀번호는 --password-stdin 으로 표준 입력에서 받습니다 (예: echo 비밀번호 | … --password-stdin).');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const password = Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
  if (!password) throw new UsageError('표준 입력에서 비밀번호를 받지 못했습니다.');
  return password;
}
