/**
 * 일괄 수정 of a tags field: add one tag to, or remove one tag from, every selected record while
 * each keeps its other tags (a plain bulk patch would replace them all). One undoable batch.
 */
import type { RegisterSpec } from '../../shared/domain/register.ts';
import { AppError } from '../../shared/api/errors.ts';
import type { RegisterService } from './register-service.ts';

export interface TagEdit {
  field: string;
  add?: string | undefined;
  remove?: string | undefined;
}

/** The new tag list of one record; the same list when nothing changes (no history row then). */
export function editTags(current: readonly string[], add: string | undefined, remove: string | undefined): string[] {
  let next = current.filter((t) => remove === undefined || t !== remove);
  if (add !== undefined && !next.includes(add)) next = [...next, add];
  return next;
}

export function bulkEditTags(spec: RegisterSpec, service: Pick<RegisterService<Record<string, unknown>>, 'bulkUpdateEach'>) {
  return (ids: readonly string[], edit: TagEdit, actor: string) => {
    const field = spec.fields.find((f) => f.key === edit.field);
    if (!field || field.kind !== 'tags') {
      throw new AppError('invalid_input', `${spec.label}에는 '${field?.label ?? edit.field}' 태그 항목이 없습니다.`);
    }
    if (edit.add === undefined && edit.remove === undefined) {
      throw new AppError('invalid_input', `${field.label} 항목에 더하거나 뺄 값을 입력하세요.`);
    }
    return service.bulkUpdateEach(
      ids,
      (current) => {
        const tags = Array.isArray(current[field.key]) ? (current[field.key] as string[]) : [];
        return { [field.key]: editTags(tags, edit.add, edit.remove) };
      },
      actor,
    );
  };
}
