/** History rows as the UI shows them: Korean field labels, a link's ids shown as the linked record's name. */
import type { HistoryEntry } from '../../shared/domain/history.ts';
import type { FieldSpec, RegisterSpec } from '../../shared/domain/register.ts';
import type { HistoryRow } from './history-repository.ts';

export function historyEntries(spec: RegisterSpec, rows: HistoryRow[], refTitle: (field: FieldSpec, id: string) => string | undefined): HistoryEntry[] {
  return rows.map((r) => {
    const field = spec.fields.find((f) => f.key === r.field);
    const show = (v: string | null) => (field?.kind === 'ref' && v ? (refTitle(field, v) ?? v) : v);
    return {
      at: r.at,
      by: r.by,
      action: r.action,
      field: r.field,
      fieldLabel: field?.label ?? '',
      oldValue: show(r.old_value),
      newValue: show(r.new_value),
      batchId: r.batch_id,
    };
  });
}
