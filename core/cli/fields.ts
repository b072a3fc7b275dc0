/**
 * `필드=값` arguments of `gudesk add/set`. Field names are the Korean headers of import/export,
 * and values are read exactly as an imported cell would be (2024.9.2, 예/아니오, 태그 lists).
 */
import { AppError } from '../../shared/api/errors.ts';
import type { RegisterSpec } from '../../shared/domain/register.ts';
import { cellsToValues, mapHeaders } from '../io/mapping.ts';

export function parseFieldArgs(spec: RegisterSpec, args: readonly string[]): Record<string, unknown> {
  const headers: string[] = [];
  const cells: string[] = [];
  for (const arg of args) {
    const eq = arg.indexOf('=');
    if (eq <= 0) throw new AppError('invalid_input', `'${arg}'을(를) 읽을 수 없습니다. 필드=값 형식으로 쓰세요 (예: 제목="구청 소식").`);
    headers.push(arg.slice(0, eq).trim());
    cells.push(arg.slice(eq + 1));
  }
  const known = spec.fields.map((f) => f.label).join(', ');
  let mapping;
  try {
    mapping = mapHeaders({ ...spec, fields: spec.fields.map((f) => ({ ...f, required: false })) }, headers);
  } catch (err) {
    throw err instanceof AppError ? new AppError('invalid_input', `${err.message} (필드: ${known})`) : err;
  }
  if (mapping.ignored.length > 0) {
    throw new AppError('invalid_input', `알 수 없는 필드: ${mapping.ignored.join(', ')}. ${spec.label}의 필드: ${known}`);
  }
  const { values, errors } = cellsToValues(mapping, cells);
  if (errors.length > 0) throw new AppError('invalid_input', errors.map((e) => e.reason).join(' '));
  // An empty value given on purpose (지면=) clears the field, which cellsToValues leaves absent for some kinds.
  for (const col of mapping.columns) if (!(col.field.key in values) && cells[col.index] === '') values[col.field.key] = col.field.kind === 'boolean' ? false : '';
  return values;
}
