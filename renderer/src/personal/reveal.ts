/**
 * What the reveal (마스킹 해제) screens decide without React: which fields of a record the core
 * returned masked, the reasons a clerk picks most, and how a revealed value reads. The real value
 * lives only in the component state of the open form or the grid's row until it refreshes —
 * never in the URL, localStorage or a log.
 */
import type { FieldSpec, RegisterSpec } from '../../../shared/domain/register.ts';
import { personalFields, personLabel } from '../../../shared/personal/personal-record.ts';

/** The reasons offered as one click; any other is typed. */
export const REVEAL_REASONS = ['수강생 연락', '출석 확인', '민원 처리'] as const;

export const REVEAL_REASON_HINT = '사유를 적어야 마스킹을 해제할 수 있습니다. 사유는 접속기록에 남습니다.';

/**
 * The personal fields of a record as the core returned it that hold a (masked) value: the core
 * masks every one it returns, so any non-empty personal value is masked. An empty one is not:
 * the clerk must see that nothing was typed, and there is nothing to reveal.
 */
export function maskedFieldKeys(spec: RegisterSpec, record: Readonly<Record<string, unknown>> | null): string[] {
  if (!record) return [];
  return personalFields(spec)
    .filter((f) => {
      const v = record[f.key];
      return v !== null && v !== undefined && v !== '';
    })
    .map((f) => f.key);
}

/** The personal field behind a grid column, if the column shows one with a value to reveal. */
export function revealableField(spec: RegisterSpec, colId: string | undefined, row: Readonly<Record<string, unknown>> | undefined): FieldSpec | undefined {
  if (!colId || !row) return undefined;
  return maskedFieldKeys(spec, row).includes(colId) ? spec.fields.find((f) => f.key === colId) : undefined;
}

/** Who the record is about, masked (김*용), for the dialog's first line. */
export function revealPerson(spec: RegisterSpec, record: Readonly<Record<string, unknown>>): string {
  return personLabel(spec, record) || String(record[spec.display ?? 'id'] ?? '');
}

/** A revealed value as the clerk reads it: 예/아니오 for a yes/no field (장애 여부), text otherwise. */
export function revealedText(field: Pick<FieldSpec, 'kind'>, value: unknown): string {
  if (field.kind === 'boolean') return value === true ? '예' : value === false ? '아니오' : '';
  return value === null || value === undefined ? '' : String(value);
}
