/** Export of a register's live records with the same Korean headers import reads. */
import type { ExportedFile, ExportScope } from '../../shared/api/contract.ts';
import { exportableFields, type FieldSpec, type RegisterSpec } from '../../shared/domain/register.ts';
import { writeTableFile } from '../io/table-file.ts';
import { valuesToCells } from '../io/mapping.ts';
import { exportFileStem, pickRecords } from './export-selection.ts';
import { maskRecord } from '../../shared/personal/personal-record.ts';

export interface ExportChoice {
  /** The rows to write, in this order (the grid's current list or its selection); all when absent. */
  ids?: readonly string[] | undefined;
  /** Field keys of the columns to write, in this order (the grid's visible columns); all when absent. */
  fields?: readonly string[] | undefined;
  /** What the clerk chose; names the file. */
  scope?: ExportScope | undefined;
}

export async function exportRegister(
  spec: RegisterSpec,
  records: ReadonlyArray<object>,
  format: 'csv' | 'xlsx',
  refText?: (field: FieldSpec, value: unknown) => string,
  today: Date = new Date(),
  choice: ExportChoice = {},
): Promise<ExportedFile> {
  const all = exportableFields(spec);
  const picked = choice.fields ? choice.fields.map((k) => all.findIndex((f) => f.key === k)).filter((i) => i >= 0) : null;
  // Columns the grid shows that are no register field (첨부 count, 최종 수정) are left out: an
  // exported file must import back.
  const columns = picked && picked.length > 0 ? picked : all.map((_f, i) => i);
  const chosen = pickRecords(records as ReadonlyArray<{ id: string }>, choice.ids);
  const rows = chosen.map((r) => {
    // Personal fields go out masked, as every screen shows them (docs/PERSONAL-DATA.md).
    const cells = valuesToCells(spec, maskRecord(spec, r as Record<string, unknown>), refText ? { refText } : {});
    return columns.map((i) => cells[i] ?? '');
  });
  const file = await writeTableFile(
    format,
    spec.label,
    columns.map((i) => all[i]!.label),
    rows,
    columns.map((i) => all[i]!.kind),
  );
  return {
    fileName: `${exportFileStem(spec.label, choice.scope, today)}.${file.extension}`,
    mimeType: file.mimeType,
    data: Buffer.from(file.data).toString('base64'),
    rowCount: rows.length,
  };
}
