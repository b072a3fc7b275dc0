/** Turns zod failures into one Korean AppError naming each bad field by its Korean label. */
import type { z } from 'zod';
import { AppError } from '../../shared/api/errors.ts';
import type { RegisterSpec } from '../../shared/domain/register.ts';

/** The request's own keys as a clerk would name them ('values: …' is no sentence for anyone). */
const REQUEST_KEYS: Readonly<Record<string, string>> = {
  values: '입력 내용',
  patch: '바꿀 내용',
  id: 'ID',
  ids: 'ID 목록',
  batchId: '작업 ID',
  keepId: '남길 기록 ID',
  clippingId: '언론보도 ID',
  file: '파일',
  fileName: '파일 이름',
  data: '파일 내용',
  query: '검색어',
  format: '파일 형식',
  rows: '행 수',
  key: '설정 이름',
  value: '설정 값',
  serverUrl: '서버 주소',
  login: '아이디',
  password: '비밀번호',
  name: '이름',
  grid: '화면',
  text: '내용',
  from: '시작일',
  to: '종료일',
  by: '묶음',
  reason: '사유',
};

function labelFor(path: readonly PropertyKey[], spec?: RegisterSpec): string {
  const key = [...path].reverse().find((p) => typeof p === 'string' && spec?.fields.some((f) => f.key === p));
  const field = spec?.fields.find((f) => f.key === key);
  if (field) return field.label;
  const last = [...path].reverse().find((p): p is string => typeof p === 'string');
  return (last && REQUEST_KEYS[last]) || last || '요청';
}

export function validationError(error: z.ZodError, spec?: RegisterSpec): AppError {
  const details: Record<string, string> = {};
  for (const issue of error.issues) {
    const label = labelFor(issue.path, spec);
    if (!details[label]) details[label] = koreanIssue(issue);
  }
  const summary = Object.entries(details).map(([k, v]) => (v.includes(k) ? v : `${k}: ${v}`)).join(' ');
  return new AppError('invalid_input', summary || '입력값이 올바르지 않습니다.', details);
}

/**
 * zod 4 leaves `input` out of issues unless asked (reportInput), so a wrong type and a missing
 * value look alike there; its English default message ('… received undefined') still tells.
 */
function isMissing(issue: z.core.$ZodIssue): boolean {
  if ('input' in issue && issue.input !== undefined) return false;
  return /received undefined/.test(issue.message);
}

/** zod's own English messages are replaced when the schema gave no Korean one. */
function koreanIssue(issue: z.core.$ZodIssue): string {
  if (/[가-힣]/.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return isMissing(issue) ? '필수 항목입니다.' : '형식이 올바르지 않습니다.';
    case 'too_big':
      return '값이 너무 깁니다.';
    case 'too_small':
      return '값이 너무 짧거나 비어 있습니다.';
    case 'invalid_value':
      return '허용되지 않는 값입니다.';
    case 'unrecognized_keys':
      return `알 수 없는 항목: ${issue.keys.join(', ')}`;
    default:
      return '입력값이 올바르지 않습니다.';
  }
}

export function parseOrThrow<S extends z.ZodType>(schema: S, raw: unknown, spec?: RegisterSpec): z.output<S> {
  const result = schema.safeParse(raw);
  if (!result.success) throw validationError(result.error, spec);
  return result.data;
}
