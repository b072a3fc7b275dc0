/**
 * `gudesk training print attendance|certificates|roster --class "스마트폰 기초 3기" --out FILE.pdf
 * --reason 사유 [--real-names] [--include-passing]`: a class's 출석부, 수료증 or 수강생 명단 as a PDF,
 * by the same operations as the class form's buttons (every print needs --reason and is logged).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ExportedFile } from '../../shared/api/contract.ts';

export interface TrainingCliOptions {
  class?: string;
  out?: string;
  reason?: string;
  'real-names'?: boolean;
  'include-passing'?: boolean;
}

/** What each print is called, with its object particle. */
const KINDS = { attendance: '출석부를', certificates: '수료증을', roster: '수강생 명단을' } as const;

export async function runTrainingCommand(
  rest: readonly string[],
  opts: TrainingCliOptions,
  call: <T>(op: string, input: unknown) => Promise<T>,
  usage: (message: string) => Error,
): Promise<void> {
  const [sub, kind] = rest;
  if (sub !== 'print' || !kind || !(kind in KINDS)) throw usage('training print attendance|certificates|roster --class 반이름 --out 파일.pdf 형식으로 쓰세요.');
  if (!opts.class) throw usage('--class 반 이름(또는 ID)이 필요합니다.');
  if (!opts.out) throw usage('--out 파일 이름이 필요합니다.');
  // Asked here, before the core is called, so a missing reason reads as the usage error it is.
  if (typeof opts.reason !== 'string' || opts.reason.trim() === '') {
    throw usage('--reason 인쇄 사유가 필요합니다. 수강생이 든 인쇄는 사유와 함께 접속기록에 남습니다 (예: --reason "출석 서명 받기").');
  }
  const reason = { reason: opts.reason };
  const file =
    kind === 'attendance'
      ? await call<ExportedFile>('training.printAttendance', { classId: opts.class, realNames: !!opts['real-names'], ...reason })
      : kind === 'certificates'
        ? await call<ExportedFile>('training.printCertificates', { classId: opts.class, includePassing: !!opts['include-passing'], ...reason })
        : await call<ExportedFile>('training.printRoster', { classId: opts.class, ...reason });
  writeFileSync(opts.out, Buffer.from(file.data, 'base64'));
  const unit = kind === 'certificates' ? '장' : '명';
  console.log(`${KINDS[kind as keyof typeof KINDS]} 만들었습니다 (${file.rowCount}${unit}): ${resolve(opts.out)}`);
}
