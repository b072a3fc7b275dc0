/** Export of a register's live records with the same Korean headers import reads. */
import type { ExportedFile } from '../../../shared/api/contract.ts';
import type { FieldSpec, RegisterSpec } from '../../../shared/domain/register.ts';
import { writeTableFile } from '../io/table-file.ts';
import { exportHeaders, exportKinds, valuesToCells } from '../io/mapping.ts';

export async function exportRegister(
  spec: RegisterSpec,
  records: ReadonlyArray<object>,
  format: 'csv' | 'xlsx',
  refText?: (field: FieldSpec, value: unknown) => string,
  today: Date = new Date(),
): Promise<ExportedFile> {
  const rows = records.map((r) => valuesToCells(spec, r as Record<string, unknown>, refText ? { refText } : {}));
  const file = await writeTableFile(format, spec.label, exportHeaders(spec), rows, exportKinds(spec));
  const stamp = today.toISOString().slice(0, 10).replaceAll('-', '');
  return {
    fileName: `${spec.label}_${stamp}.${file.extension}`,
    mimeType: file.mimeType,
    data: Buffer.from(file.data).toString('base64'),
    rowCount: rows.length,
  };
}
