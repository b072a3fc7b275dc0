/** Which database a command works on: --db, else the SQLite file in --data-dir. */
import { resolve } from 'node:path';
import { DEFAULT_DATA_DIR } from '../main.ts';
import { defaultDbUrl } from '../store/open.ts';
import { stringOption } from './args.ts';
import type { CliArgs } from './args.ts';

export function dataDirOf(args: CliArgs): string {
  return resolve(stringOption(args, 'data-dir') ?? process.env.GUDESK_SERVER_DATA_DIR ?? DEFAULT_DATA_DIR);
}

export function dbUrlOf(args: CliArgs): string {
  return stringOption(args, 'db') ?? process.env.GUDESK_SERVER_DB ?? defaultDbUrl(dataDirOf(args));
}

/** The database named for people: a PostgreSQL URL without its password. */
export function describeDb(url: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^:/@]+):[^@]*@/, '$1:***@');
}
