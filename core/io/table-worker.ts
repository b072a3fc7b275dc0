/**
 * Reading a spreadsheet off the main thread. exceljs parses a workbook synchronously for seconds
 * and can take a gigabyte; on the main thread that froze the window and every browser-mode tab.
 * A worker_thread with a memory limit keeps the core answering, and a file that needs more memory
 * than the limit ends the worker, not the app, with the same Korean refusal as a zip bomb.
 */
import { Worker } from 'node:worker_threads';
import { AppError } from '../../shared/api/errors.ts';
import { isZip, readTableFile, zipNameAllowed, type TableFile } from './table-file.ts';
import { checkZipDirectory } from './zip-guard.ts';
import { unpackRows } from './packed-rows.ts';
import type { ParseReply, ParseRequest } from './parse-worker.ts';

/** exceljs needs about ten times a sheet's XML; 100 MB of XML (the zip guard's limit) fits. */
export const WORKER_MEMORY_MB = 1536;
/** Small text files are read in place: a worker costs ~50 ms to start, a 1 MB CSV ~20 ms to parse. */
const IN_PLACE_TEXT_BYTES = 1024 * 1024;

export interface WorkerOptions {
  /** Heap limit of the worker in MB (tests lower it). */
  maxMemoryMb?: number;
}

export function tooMuchMemory(limitMb: number): AppError {
  const limit = limitMb >= 1024 ? `${(limitMb / 1024).toFixed(1).replace(/\.0$/, '')}GB` : `${limitMb}MB`;
  return new AppError(
    'bad_file',
    `파일이 너무 큽니다: 파일을 읽는 데 필요한 메모리가 한도(${limit})를 넘어 읽기를 멈췄습니다. ` +
      '엑셀에서 행을 나누어 여러 파일로 저장한 뒤 차례로 가져오세요.',
  );
}

/**
 * The Electron bundle (dist-electron/main.cjs) ships the worker as table-worker.cjs beside it
 * (scripts/build-electron.ts); from the sources it is the .ts file next to this one.
 */
function workerUrl(): URL {
  return import.meta.url.endsWith('.cjs') ? new URL('./table-worker.cjs', import.meta.url) : new URL('./parse-worker.ts', import.meta.url);
}

function isOutOfMemory(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === 'ERR_WORKER_OUT_OF_MEMORY';
}

function runWorker(fileName: string, bytes: Uint8Array, maxMemoryMb: number): Promise<TableFile> {
  // A private copy is handed over (transferred, not cloned twice): the caller's bytes may be a
  // Buffer on Node's shared pool, which cannot be transferred (and Buffer#slice does not copy).
  const copy = new Uint8Array(bytes);
  const request: ParseRequest = { fileName, bytes: copy };
  return new Promise<TableFile>((resolve, reject) => {
    const worker = new Worker(workerUrl(), {
      workerData: request,
      transferList: [copy.buffer],
      resourceLimits: { maxOldGenerationSizeMb: maxMemoryMb, maxYoungGenerationSizeMb: Math.min(64, Math.max(4, maxMemoryMb / 8)) },
    });
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
      void worker.terminate();
    };
    worker.once('message', (reply: ParseReply) =>
      settle(() => {
        if (reply.ok) resolve(reply.packed ? { ...reply.file, rows: unpackRows(reply.packed) } : reply.file);
        else if ('appError' in reply) reject(new AppError(reply.appError.code, reply.appError.message, reply.appError.details));
        // English detail on purpose: the core logs it and shows the clerk its Korean sentence.
        else reject(new Error(`table worker failed: ${reply.crash}`));
      }),
    );
    worker.once('error', (err) => settle(() => reject(isOutOfMemory(err) ? tooMuchMemory(maxMemoryMb) : err)));
    worker.once('exit', (code) => settle(() => reject(new Error(`table worker exited without an answer (code ${code})`))));
  });
}

/**
 * readTableFile, with workbooks and large text files parsed in a worker. The zip directory is
 * checked here first, so a bomb is refused at once without starting anything.
 */
export async function readTableFileInWorker(fileName: string, bytes: Uint8Array, options: WorkerOptions = {}): Promise<TableFile> {
  const zip = isZip(bytes);
  if (zip && zipNameAllowed(fileName)) checkZipDirectory(bytes);
  if (!zip && bytes.byteLength <= IN_PLACE_TEXT_BYTES) return readTableFile(fileName, bytes);
  return runWorker(fileName, bytes, options.maxMemoryMb ?? WORKER_MEMORY_MB);
}
