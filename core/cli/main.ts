/**
 * `gudesk` command line: the same core as the app, for scripts, bulk work and the office's IT
 * staff. Exits 0 on success, 1 when the operation failed (Korean message on stderr), 2 on misuse.
 */
import { parseArgs } from 'node:util';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { AppError } from '../../shared/api/errors.ts';
import { REGISTERS, REGISTER_NAMES, isRegisterName, registerDefinition } from '../../shared/domain/registers.ts';
import type { FieldSpec, RegisterSpec } from '../../shared/domain/register.ts';
import type { ImportReport } from '../../shared/api/contract.ts';
import { createCore, DATABASE_FILE } from '../api/core.ts';
import { errorLog } from '../api/error-log.ts';
import { parseArgsMessage, userFacingError } from '../api/error-messages.ts';
import type { Core } from '../api/core-types.ts';
import { resolveDataDir } from '../settings/data-dir.ts';
import { backupOpenFolder, restoreFrom, type BackupOptions, type BackupResult } from '../backup/backup.ts';
import { unreadableAfterRestoreMessage } from '../personal/restore-key-check.ts';
import { exportHeaders } from '../io/mapping.ts';
import { parseFieldArgs } from './fields.ts';
import { detail, jsonLines, table } from './format.ts';
import { USAGE } from './usage.ts';
import { maskRecord } from '../../shared/personal/personal-record.ts';
import { runAccessLogCommand } from './access-log-command.ts';
import { runPersonalCommand, type PersonalCliOptions } from './personal-command.ts';
import { runSyncCommand, type SyncCliOptions } from './sync-commands.ts';
import { runStatsCommand, type StatsCliOptions } from './stats-command.ts';
import { runReportCommand, type ReportCliOptions } from './report-command.ts';
import { runTrainingCommand, type TrainingCliOptions } from './training-command.ts';

class UsageError extends Error {}

function registerArg(name: string | undefined): RegisterSpec {
  if (!name) throw new UsageError(`대장 이름이 필요합니다: ${REGISTER_NAMES.join(', ')}`);
  if (!isRegisterName(name)) throw new UsageError(`알 수 없는 대장입니다: ${name} (가능한 이름: ${REGISTER_NAMES.join(', ')})`);
  return REGISTERS[name];
}

function need(value: string | undefined, what: string): string {
  if (!value) throw new UsageError(`${what}이(가) 필요합니다.`);
  return value;
}

async function call<T>(core: Core, op: string, input: unknown): Promise<T> {
  const result = await core.invoke(op, input);
  if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.details);
  return result.value as T;
}

function printReport(r: ImportReport, dryRun: boolean): void {
  const lines = [
    `파일: ${r.fileName} (${r.encoding}), 데이터 ${r.totalRows}행`,
    `${dryRun ? '추가 예정' : '추가'}: ${r.toAdd}건, 중복(건너뜀): ${r.duplicates}건, 거부: ${r.rejected.length}건`,
    ...(r.ignoredColumns.length ? [`무시한 열: ${r.ignoredColumns.join(', ')}`] : []),
    ...r.rejected.map((x) => `  ${x.row}행 거부: ${x.reason}`),
    ...r.warnings.map((x) => `  ${x.row}행 참고: ${x.reason}`),
    ...(dryRun ? ['(미리보기: 아무것도 저장하지 않았습니다. --dry-run 없이 실행하면 저장합니다.)'] : []),
  ];
  console.log(lines.join('\n'));
}

/**
 * How each link of a register reads in the CLI's tables: the linked record's display name
 * ('삭제된 보도자료: …' when deleted), for any register whose definition has ref fields.
 */
async function linkNames(core: Core, spec: RegisterSpec): Promise<((field: FieldSpec, v: unknown) => string) | undefined> {
  const names = new Map<string, Map<string, string>>();
  for (const f of spec.fields) {
    if (f.kind !== 'ref' || !f.target || names.has(f.target) || !isRegisterName(f.target)) continue;
    const target = registerDefinition(f.target);
    // A register named through a link (수강신청 → 수강생) shows that link's name, as its rows carry it.
    const via = target.displayVia ? target.fields.find((x) => x.key === target.displayVia) : undefined;
    const display = via ? (via.shownAs ?? `${via.key}Name`) : (target.display ?? 'id');
    const rows = await call<Array<Record<string, unknown> & { id: string; deletedAt: string | null }>>(core, `${target.name}.list`, { includeDeleted: true });
    names.set(f.target, new Map(rows.map((r) => [r.id, r.deletedAt ? `삭제된 ${target.label}: ${String(r[display])}` : String(r[display])])));
  }
  if (names.size === 0) return undefined;
  return (field, v) => {
    if (typeof v !== 'string' || v === '') return '';
    const label = field.target && isRegisterName(field.target) ? registerDefinition(field.target).label : field.label;
    return names.get(field.target ?? '')?.get(v) ?? `찾을 수 없는 ${label}`;
  };
}

/** A backup needs no lock of its own: with the window or browser mode open, it reads a snapshot beside them. */
function backupWhileOpen(dataDir: string, out: string, core: () => Core, options: BackupOptions): BackupResult {
  let opened: Core;
  try {
    opened = core();
  } catch (err) {
    if (err instanceof AppError && err.code === 'conflict') return backupOpenFolder(dataDir, DATABASE_FILE, out, options);
    throw err;
  }
  return opened.backup(out, options);
}

/** The backup passphrase from a file (never an argument: it would show in the process list). */
function passphraseFrom(file: string | undefined): string | undefined {
  if (file === undefined) return undefined;
  if (!existsSync(file)) throw new UsageError(`암호 파일이 없습니다: ${file}`);
  return readFileSync(file, 'utf8').replace(/\r?\n$/, '');
}

async function run(command: string, rest: string[], opts: Options, dataDir: string, core: () => Core): Promise<void> {
  switch (command) {
    case 'init': {
      const info = await call<{ dataDir: string; schemaVersion: number }>(core(), 'app.info', {});
      console.log(`데이터 폴더를 준비했습니다: ${info.dataDir} (스키마 ${info.schemaVersion})`);
      return;
    }
    case 'seed-demo': {
      const rows = opts.rows === undefined ? 3000 : Number(opts.rows);
      if (!Number.isInteger(rows) || rows < 1) throw new UsageError('--rows에는 1 이상의 정수를 쓰세요.');
      const r = await call<{ clippings: number; releases: number }>(core(), 'app.seedDemo', { rows });
      console.log(`예시 데이터를 넣었습니다: 언론보도 ${r.clippings}건, 보도자료 ${r.releases}건`);
      return;
    }
    case 'registers': {
      const list = REGISTER_NAMES.map((name) => ({ name, label: REGISTERS[name].label, headers: exportHeaders(REGISTERS[name]) }));
      console.log(opts.json ? jsonLines(list) : list.map((r) => `${r.name}\t${r.label}\t${r.headers.join(', ')}`).join('\n'));
      return;
    }
    case 'import': {
      const spec = registerArg(rest[0]);
      const file = need(rest[1], '가져올 파일');
      if (!existsSync(file)) throw new AppError('not_found', `파일이 없습니다: ${file}`);
      const data = readFileSync(file).toString('base64');
      const op = opts['dry-run'] ? 'importPreview' : 'importCommit';
      printReport(await call<ImportReport>(core(), `${spec.name}.${op}`, { fileName: basename(file), data }), !!opts['dry-run']);
      return;
    }
    case 'export': {
      const spec = registerArg(rest[0]);
      const out = need(opts.out, '--out 파일 이름');
      const format = /\.xlsx$/i.test(out) ? 'xlsx' : 'csv';
      const f = await call<{ data: string; rowCount: number }>(core(), `${spec.name}.export`, { format });
      writeFileSync(out, Buffer.from(f.data, 'base64'));
      console.log(`${spec.label} ${f.rowCount}건을 내보냈습니다: ${resolve(out)}`);
      return;
    }
    case 'list':
    case 'search': {
      const spec = registerArg(rest[0]);
      const rows =
        command === 'list'
          ? await call<Array<Record<string, unknown>>>(core(), `${spec.name}.list`, {})
          : (await call<{ rows: Array<Record<string, unknown>>; total: number }>(core(), `${spec.name}.search`, { query: need(rest[1], '검색어'), limit: 100_000 })).rows;
      if (opts.json) console.log(jsonLines(rows.map((r) => maskRecord(spec, r))));
      else console.log(rows.length ? `${table(spec, rows, await linkNames(core(), spec))}\n(${rows.length}건)` : '(0건)');
      return;
    }
    case 'get': {
      const spec = registerArg(rest[0]);
      const rec = await call<Record<string, unknown>>(core(), `${spec.name}.get`, { id: need(rest[1], 'ID') });
      console.log(opts.json ? JSON.stringify(maskRecord(spec, rec)) : detail(spec, rec, await linkNames(core(), spec)));
      return;
    }
    case 'add': {
      const spec = registerArg(rest[0]);
      // A link (보도자료=…) may be an id or a name: the register kernel resolves it (records/ref-links.ts).
      const values = parseFieldArgs(spec, rest.slice(1));
      const r = await call<{ record: { id: string } }>(core(), `${spec.name}.create`, { values });
      console.log(r.record.id);
      return;
    }
    case 'set': {
      const spec = registerArg(rest[0]);
      const id = need(rest[1], 'ID');
      const patch = parseFieldArgs(spec, rest.slice(2));
      if (Object.keys(patch).length === 0) throw new UsageError('바꿀 필드=값을 하나 이상 쓰세요.');
      await call(core(), `${spec.name}.update`, { id, patch });
      console.log(`수정했습니다: ${id}`);
      return;
    }
    case 'delete': {
      const spec = registerArg(rest[0]);
      const id = need(rest[1], 'ID');
      await call(core(), `${spec.name}.get`, { id });
      await call(core(), `${spec.name}.delete`, { ids: [id] });
      console.log(`삭제했습니다: ${id} (앱의 변경 이력에서 되돌릴 수 있습니다)`);
      return;
    }
    case 'backup': {
      const out = need(opts.out, '--out 파일 이름');
      const r = backupWhileOpen(dataDir, out, core, { passphrase: passphraseFrom(opts['passphrase-file']) });
      console.log(`백업했습니다: ${resolve(out)} (${Math.round(r.bytes / 1024)} KB, 첨부 파일 ${r.attachments}개${r.encrypted ? ', 암호화됨' : ''})`);
      if (r.warning) console.error(`주의: ${r.warning}`);
      return;
    }
    case 'stats':
      await runStatsCommand(rest, opts, (op, input) => call(core(), op, input), (msg) => new UsageError(msg));
      return;
    case 'report':
      await runReportCommand(rest, opts, (op, input) => call(core(), op, input), (msg) => new UsageError(msg));
      return;
    case 'personal':
      await runPersonalCommand(rest, opts, (op, input) => call(core(), op, input), (msg) => new UsageError(msg));
      return;
    case 'training':
      await runTrainingCommand(rest, opts, (op, input) => call(core(), op, input), (msg) => new UsageError(msg));
      return;
    default:
      if (await runSyncCommand(command, opts, core, (msg) => new UsageError(msg))) return;
      if (await runAccessLogCommand(command, opts, core, (msg) => new UsageError(msg))) return;
      throw new UsageError(`알 수 없는 명령입니다: ${command}`);
  }
}

interface Options extends SyncCliOptions, StatsCliOptions, TrainingCliOptions, PersonalCliOptions, ReportCliOptions {
  'data-dir'?: string;
  json?: boolean;
  'dry-run'?: boolean;
  out?: string;
  rows?: string;
  help?: boolean;
  from?: string;
  to?: string;
  'passphrase-file'?: string;
}

/** The data folder whose log gets the detail; the temp folder if even that cannot be worked out. */
function dataDirForLog(argv: string[]): string {
  try {
    return resolveDataDir(argv, process.env);
  } catch {
    return join(tmpdir(), 'gudesk');
  }
}

export async function main(argv: string[]): Promise<number> {
  let core: Core | undefined;
  try {
    const { values: opts, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'data-dir': { type: 'string' },
        json: { type: 'boolean' },
        'dry-run': { type: 'boolean' },
        out: { type: 'string' },
        rows: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        server: { type: 'string' },
        user: { type: 'string' },
        'password-stdin': { type: 'boolean' },
        verify: { type: 'boolean' },
        list: { type: 'boolean' },
        from: { type: 'string' },
        to: { type: 'string' },
        by: { type: 'string' },
        'passphrase-file': { type: 'string' },
        due: { type: 'boolean' },
        id: { type: 'string', multiple: true },
        register: { type: 'string' },
        reason: { type: 'string' },
        class: { type: 'string' },
        'real-names': { type: 'boolean' },
        'include-passing': { type: 'boolean' },
        year: { type: 'string' },
        type: { type: 'string' },
        session: { type: 'string' },
        'session-period': { type: 'string' },
        'as-of': { type: 'string' },
        format: { type: 'string' },
      },
    });
    const [command, ...rest] = positionals;
    if (!command || opts.help) {
      console.log(USAGE);
      return command || opts.help ? 0 : 2;
    }
    const dataDir = resolveDataDir(argv, process.env);
    if (command === 'restore') {
      const r = restoreFrom(dataDir, DATABASE_FILE, need(rest[0], '복원할 백업 파일'), { passphrase: passphraseFrom(opts['passphrase-file']) });
      console.log([
        `복원했습니다: ${dataDir} (첨부 파일 ${r.attachments}개)`,
        ...(r.skippedAttachments.length ? [`첨부 파일 ${r.skippedAttachments.length}개는 내용이 기록과 달라 복원하지 않았습니다: ${r.skippedAttachments.join(', ')}`] : []),
        ...(r.keptAs ? [`이전 데이터는 ${r.keptAs}에 남겨 두었습니다.`] : []),
        ...(r.unreadableSensitive > 0 ? [unreadableAfterRestoreMessage(r.unreadableSensitive)] : []),
        '동기화를 쓰고 있었다면 다시 로그인하세요: 이 PC는 새 기기로 등록되어 가진 자료를 모두 보내고, 서버의 최신 자료를 모두 받습니다.',
      ].join('\n'));
      return 0;
    }
    await run(command, rest, opts, dataDir, () => (core ??= createCore({ dataDir, lockHolder: '명령줄(gudesk)' })));
    return 0;
  } catch (err) {
    const misuse = err instanceof UsageError ? err.message : parseArgsMessage(err);
    if (misuse !== null) {
      console.error(`사용법 오류: ${misuse}\n'npx gudesk --help'로 명령 목록을 보세요.`);
      return 2;
    }
    // Korean for whoever runs the command; SQLite's or Node's English into <data>/logs/gudesk.log.
    console.error(`오류: ${userFacingError(err, errorLog(dataDirForLog(argv)), `gudesk ${argv.join(' ').slice(0, 200)}`).message}`);
    return 1;
  } finally {
    core?.close();
  }
}
