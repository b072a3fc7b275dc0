/**
 * Worker thread entry: reads one table file (see table-worker.ts for why it runs here).
 * It answers exactly one message, the TableFile or the Korean refusal, and then ends.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../shared/api/errors.ts';
import { readTableFile, type TableFile } from './table-file.ts';
import { packRows, type PackedRows } from './packed-rows.ts';

export interface ParseRequest {
  fileName: string;
  bytes: Uint8Array;
}

export type ParseReply =
  /** `packed`, when present, holds the rows (and `file.rows` is empty): see packed-rows.ts. */
  | { ok: true; file: TableFile; packed: PackedRows | null }
  | { ok: false; appError: ReturnType<AppError['toJSON']> }
  | { ok: false; crash: string };

const request = workerData as ParseRequest;
readTableFile(request.fileName, request.bytes).then(
  (file) => {
    const packed = packRows(file.rows);
    const reply: ParseReply = packed ? { ok: true, file: { ...file, rows: [] }, packed } : { ok: true, file, packed: null };
    parentPort?.postMessage(reply, packed ? [packed.rowLengths.buffer as ArrayBuffer, packed.cellLengths.buffer as ArrayBuffer] : []);
  },
  (err: unknown) => {
    const reply: ParseReply =
      err instanceof AppError
        ? { ok: false, appError: err.toJSON() }
        : { ok: false, crash: err instanceof Error ? (err.stack ?? err.message) : String(err) };
    parentPort?.postMessage(reply);
  },
);
