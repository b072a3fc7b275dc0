/**
 * Import of a CSV/XLSX file into a register. Preview and commit run the same checks; commit
 * writes every accepted row in one transaction (one history batch, so one undo), or nothing.
 * Rows whose natural key already exists, in the register or earlier in the file, are counted as
 * duplicates and skipped: re-importing the same file adds nothing.
 */
import { AppError } from '../../shared/api/errors.ts';
import type { ImportRejection, ImportReport } from '../../shared/api/contract.ts';
import type { RegisterSpec } from '../../shared/domain/register.ts';
import { readTableFileInWorker } from '../io/table-worker.ts';
import { cellsToValues, mapHeaders } from '../io/mapping.ts';
import { cellText } from '../io/cell.ts';
import { stampNow } from '../records/ids.ts';
import { bulkLoad } from '../db/bulk-load.ts';
import type { Db } from '../db/open.ts';
import type { RecordStore } from '../records/record-store.ts';
import type { RegisterService } from '../records/register-service.ts';

export interface ImportTarget<V extends Record<string, unknown>> {
  spec: RegisterSpec;
  store: RecordStore;
  service: RegisterService<V>;
  /** Turns the text of a 'ref' column into an id; may add a warning. Returns '' for none. */
  /** A search index to refill once after a bulk insert (see db/bulk-load.ts). */
  searchIndex?: { indexBatch(batchId: string): void };
  resolveRef?(fieldKey: string, text: string, row: Record<string, unknown>, warn: (reason: string) => void): string;
}

const SAMPLE_ROWS = 20;
const YIELD_EVERY_ROWS = 500;

export async function importRegister<V extends Record<string, unknown>>(
  db: Db,
  target: ImportTarget<V>,
  fileName: string,
  bytes: Uint8Array,
  commit: boolean,
  actor: string,
): Promise<ImportReport> {
  const file = await readTableFileInWorker(fileName, bytes);
  const mapping = mapHeaders(target.spec, file.headers);
  const rejected: ImportRejection[] = [];
  const warnings: ImportRejection[] = [];
  const accepted: V[] = [];
  // Keys already in the register, plus those accepted earlier in this file.
  const seen = target.store.liveNaturalKeys();
  let duplicates = 0;

  for (let i = 0; i < file.rows.length; i++) {
    // Checking 100,000 rows takes seconds: let other requests (browser-mode tabs, the window's
    // background sync) in between, so a big preview never freezes anyone.
    if (i > 0 && i % YIELD_EVERY_ROWS === 0) await new Promise<void>((resolve) => setImmediate(resolve));
    const cells = file.rows[i] ?? [];
    const row = file.rowNumbers[i] ?? file.firstDataRow + i;
    const { values, errors } = cellsToValues(mapping, cells);
    if (errors.length > 0) {
      rejected.push({ row, reason: errors.map((e) => e.reason).join(' ') });
      continue;
    }
    for (const f of target.spec.fields) {
      if (f.kind !== 'ref' || typeof values[f.key] !== 'string') continue;
      values[f.key] = target.resolveRef?.(f.key, values[f.key] as string, values, (reason) => warnings.push({ row, reason })) ?? '';
    }
    let prepared: V;
    try {
      prepared = target.service.prepare(values);
    } catch (err) {
      if (err instanceof AppError) {
        rejected.push({ row, reason: err.message });
        continue;
      }
      throw err;
    }
    const key = target.store.naturalKeyOf(prepared);
    if (seen.has(key)) {
      duplicates++;
      continue;
    }
    seen.add(key);
    accepted.push(prepared);
  }

  let batchId: string | null = null;
  if (commit && accepted.length > 0) {
    const stamp = stampNow(actor);
    db.transaction(() => {
      bulkLoad(db, () => {
        for (const values of accepted) target.store.insert(values, stamp);
      });
      target.searchIndex?.indexBatch(stamp.batchId);
    })();
    batchId = stamp.batchId;
  }

  return {
    fileName,
    encoding: file.encoding,
    columns: mapping.columns.map((c) => c.header),
    ignoredColumns: mapping.ignored,
    totalRows: file.rows.length,
    toAdd: accepted.length,
    duplicates,
    rejected,
    warnings,
    sample: accepted.slice(0, SAMPLE_ROWS).map((v) => Object.fromEntries(Object.entries(v).map(([k, x]) => [k, Array.isArray(x) ? x.join(', ') : cellText(x)]))),
    committed: commit && accepted.length > 0,
    batchId,
  };
}
