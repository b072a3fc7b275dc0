/**
 * Any failure → what a clerk reads: a Korean sentence saying what happened and what to do.
 * AppErrors already are that. Everything else (SQLite, Node, zod, a bug) is logged in full and
 * replaced: by a specific sentence where the clerk can act on it (a value the database refused, a
 * damaged data file, a full disk), otherwise by '예기치 않은 오류…' naming the log file.
 */
import type { z } from 'zod';
import { AppError, type AppErrorShape } from '../../shared/api/errors.ts';
import type { ErrorLog } from './error-log.ts';
import { validationError } from './validation.ts';

const HANGUL = /[가-힣]/;

function codeOf(err: unknown): string {
  const code = typeof err === 'object' && err !== null ? (err as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : '';
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function isZodError(err: unknown): err is z.ZodError {
  return err instanceof Error && err.name === 'ZodError' && Array.isArray((err as { issues?: unknown }).issues);
}

/** SQLite and Node failures a clerk can do something about; `null` for the rest. */
function knownFailure(code: string, message: string, logPath: string): AppErrorShape | null {
  const sqlite = code.startsWith('SQLITE_') ? code : (/SQLITE_[A-Z_]+/.exec(message)?.[0] ?? '');
  if (/^SQLITE_(BUSY|LOCKED)/.test(sqlite)) {
    return { code: 'conflict', message: '다른 작업이 데이터를 쓰는 중입니다. 잠시 후 다시 시도하세요.' };
  }
  if (sqlite.startsWith('SQLITE_FULL') || code === 'ENOSPC') {
    return { code: 'internal', message: '디스크 공간이 부족해 저장하지 못했습니다. 공간을 확보한 뒤 다시 시도하세요.' };
  }
  if (sqlite === 'SQLITE_CONSTRAINT_CHECK' || /CHECK constraint failed/.test(message)) {
    return { code: 'invalid_input', message: '허용되지 않는 값이 있어 저장하지 않았습니다. 선택 항목과 날짜 등 입력한 값을 확인한 뒤 다시 저장하세요.' };
  }
  if (sqlite === 'SQLITE_CONSTRAINT_FOREIGNKEY' || /FOREIGN KEY constraint failed/.test(message)) {
    return { code: 'conflict', message: '연결된 기록(예: 보도자료)이 없거나 삭제되어 저장하지 않았습니다. 연결할 기록을 다시 고른 뒤 저장하세요.' };
  }
  if (sqlite === 'SQLITE_CONSTRAINT_UNIQUE' || sqlite === 'SQLITE_CONSTRAINT_PRIMARYKEY' || /UNIQUE constraint failed/.test(message)) {
    return { code: 'conflict', message: '같은 기록이 이미 있어 저장하지 않았습니다. 목록에서 기존 기록을 찾아 고치세요.' };
  }
  if (sqlite === 'SQLITE_CONSTRAINT_NOTNULL' || /NOT NULL constraint failed/.test(message)) {
    return { code: 'invalid_input', message: '필수 항목이 비어 있어 저장하지 않았습니다. 빈 항목을 채운 뒤 다시 저장하세요.' };
  }
  if (/^SQLITE_(CORRUPT|NOTADB)/.test(sqlite) || /database disk image is malformed|file is not a database/.test(message)) {
    return {
      code: 'internal',
      message: `데이터 파일이 손상되어 읽을 수 없습니다. 구데스크를 닫고 최근 백업에서 복원하세요(npx gudesk restore <백업 파일>). 자세한 내용은 로그에 있습니다: ${logPath}`,
    };
  }
  if (sqlite.startsWith('SQLITE_READONLY') || code === 'EROFS') {
    return { code: 'internal', message: '데이터 폴더에 쓸 수 없습니다(읽기 전용). 폴더의 쓰기 권한을 확인하거나 다른 데이터 폴더를 지정하세요.' };
  }
  if (/^SQLITE_(IOERR|CANTOPEN)/.test(sqlite)) {
    return { code: 'internal', message: `데이터 파일을 읽거나 쓰지 못했습니다. 디스크나 네트워크 드라이브 연결을 확인한 뒤 다시 시도하세요. 자세한 내용: ${logPath}` };
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return { code: 'forbidden', message: '파일이나 폴더에 접근할 권한이 없습니다. 권한을 확인하거나 다른 위치를 고른 뒤 다시 시도하세요.' };
  }
  if (code === 'EBUSY') {
    return { code: 'conflict', message: '다른 프로그램이 파일을 쓰고 있습니다. 그 프로그램을 닫은 뒤 다시 시도하세요.' };
  }
  if (code === 'ENOENT') {
    return { code: 'not_found', message: '필요한 파일이나 폴더를 찾을 수 없습니다. 경로를 확인한 뒤 다시 시도하세요.' };
  }
  if (/Maximum call stack size exceeded/.test(message)) {
    return { code: 'invalid_input', message: '내용이 너무 깊게 겹쳐 있거나 복잡해 처리하지 못했습니다. 입력이나 파일을 단순하게 고친 뒤 다시 시도하세요.' };
  }
  if (code === 'ERR_STRING_TOO_LONG' || code === 'ERR_BUFFER_TOO_LARGE' || /Invalid string length|Array buffer allocation failed|Invalid typed array length/.test(message)) {
    return { code: 'invalid_input', message: '데이터가 너무 커서 처리하지 못했습니다. 파일을 나누거나 범위를 줄여 다시 시도하세요.' };
  }
  return null;
}

/** node:util parseArgs's English ('Unknown option --x …') as a Korean sentence; null for others. */
export function parseArgsMessage(err: unknown): string | null {
  const code = codeOf(err);
  if (!code.startsWith('ERR_PARSE_ARGS')) return null;
  const option = /'(-[^' ]*)/.exec(messageOf(err))?.[1];
  const which = option ? ` ${option}` : '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `알 수 없는 옵션입니다:${which}. 옵션 이름을 확인하세요.`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `옵션${which}의 값이 빠졌거나 올바르지 않습니다. 옵션 뒤에 값을 쓰세요.`;
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return '필요 없는 인자가 있습니다. 명령 뒤에 쓴 값을 확인하세요.';
  return '명령줄 인자가 올바르지 않습니다. 옵션 이름과 값을 확인하세요.';
}

export function unexpectedMessage(logPath: string): string {
  return `예기치 않은 오류가 나서 작업을 마치지 못했습니다. 다시 시도해 보고, 되풀이되면 담당자에게 로그 파일을 보내 주세요. 로그: ${logPath}`;
}

/**
 * The error as the user sees it. `where` (the operation, the command) goes into the log entry.
 * Only failures that are not already a Korean AppError are logged.
 */
export function userFacingError(err: unknown, log: ErrorLog, where: string): AppErrorShape {
  if (err instanceof AppError && HANGUL.test(err.message)) return err.toJSON();
  if (isZodError(err)) return validationError(err).toJSON();
  log.write(where, err);
  const known = knownFailure(codeOf(err), messageOf(err), log.path);
  if (known) return known;
  const args = parseArgsMessage(err);
  if (args) return { code: 'invalid_input', message: args };
  // Plain Errors written in Korean for the user (a busy port, a missing file) are shown as they are.
  if (err instanceof Error && !(err instanceof AppError) && HANGUL.test(err.message)) return { code: 'internal', message: err.message };
  // An AppError in English is a bug in its message, not in the user's work: keep its code.
  return { code: err instanceof AppError ? err.code : 'internal', message: unexpectedMessage(log.path) };
}
