/**
 * Worker thread entry: reads one table file (see table-worker.ts for why it runs here).
 * It answers exactly one message, the TableFile or the Korean refusal, and then ends.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../../shared/api/errors.ts';
import { readTableFile } from './table-file.ts';

export interface ParseRequest {
  fileName: string;
  bytes: Uint8Array;
}

export type ParseReply =
  | { ok: true; file: Awaited<ReturnType<typeof readTableFile>> }
  | { ok: false; appError: ReturnType<AppError['toJSON']> }
  | { ok: false; crash: string };

const request = workerData as ParseRequest;
readTableFile(request.fileName, request.bytes).then(
  (file) => parentPort?.postMessage({ ok: true, file } satisfies ParseReply),
  (err: unknown) => {
    const reply: ParseReply =
      err instanceof AppError
        ? { ok: false, appError: err.toJSON() }
        : { ok: false, crash: err instanceof Error ? (err.stack ?? err.message) : String(err) };
    parentPort?.postMessage(reply);
  },
);
