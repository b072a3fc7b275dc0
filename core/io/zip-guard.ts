/**
 * Zip bombs: an .xlsx is a zip, and a 630 KB workbook can hold 190 MB of shared strings that
 * exceljs would expand into well over a gigabyte of memory. Before anything is unpacked we read
 * the zip's central directory (its table of contents, at the end of the file) and refuse files
 * whose declared expanded size is absurd, in total or as a ratio. The directory can lie, so
 * `verifyZipSizes` then inflates each entry with its declared size as a hard output limit: an
 * entry that expands further is refused the same way, and nothing bigger is ever allocated.
 */
import { inflateRawSync } from 'node:zlib';
import { AppError } from '../../shared/api/errors.ts';

const MB = 1024 * 1024;
/** About 300,000 rows of a register: more than any office sheet, far less than a bomb. */
export const MAX_EXPANDED_BYTES = 100 * MB;
/** Real workbooks compress 5–20×, very repetitive ones ~60×; bombs reach 300–1000×. */
export const MAX_RATIO = 100;
/** The ratio rule only applies to entries large enough to matter. */
const RATIO_FLOOR_BYTES = 1 * MB;
/** A workbook has a few dozen parts; thousands of entries is a crafted file. */
export const MAX_ENTRIES = 10_000;

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const UNREADABLE = '엑셀 파일을 읽을 수 없습니다: 파일이 손상되었거나 엑셀(xlsx) 형식이 아닙니다.';

function mb(bytes: number): string {
  return `${Math.max(1, Math.round(bytes / MB)).toLocaleString('ko-KR')}MB`;
}

export function tooBigExpanded(bytes: number): AppError {
  return new AppError(
    'bad_file',
    `파일이 너무 큽니다: 압축을 풀면 ${mb(bytes)}가 되어 가져올 수 있는 한도 ${mb(MAX_EXPANDED_BYTES)}를 넘습니다. ` +
      '엑셀에서 행을 나누어 여러 파일로 저장한 뒤 차례로 가져오세요.',
  );
}

function tooBigRatio(name: string, ratio: number): AppError {
  return new AppError(
    'bad_file',
    `파일이 너무 큽니다: 파일 안의 ${name} 부분이 압축을 풀면 ${Math.round(ratio).toLocaleString('ko-KR')}배로 늘어나 ` +
      `정상적인 엑셀 파일로 볼 수 없습니다(한도 ${MAX_RATIO}배). 엑셀에서 열어 "Excel 통합 문서(*.xlsx)"로 다시 저장한 뒤 가져오세요.`,
  );
}

function tooManyEntries(count: number): AppError {
  return new AppError(
    'bad_file',
    `파일이 너무 큽니다: 파일 안에 ${count.toLocaleString('ko-KR')}개의 항목이 들어 있어 정상적인 엑셀 파일로 볼 수 없습니다(한도 ${MAX_ENTRIES.toLocaleString('ko-KR')}개). ` +
      '엑셀에서 열어 "Excel 통합 문서(*.xlsx)"로 다시 저장한 뒤 가져오세요.',
  );
}

function biggerThanDeclared(name: string): AppError {
  return new AppError(
    'bad_file',
    `파일이 너무 큽니다: 파일 안의 ${name} 부분이 적혀 있는 크기보다 크게 풀려 정상적인 엑셀 파일로 볼 수 없습니다(압축을 푼 크기 한도 ${mb(MAX_EXPANDED_BYTES)}). ` +
      '엑셀에서 열어 "Excel 통합 문서(*.xlsx)"로 다시 저장한 뒤 가져오세요.',
  );
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const U32_MAX = 0xffffffff;

function u64(view: DataView, at: number): number {
  const value = view.getBigUint64(at, true);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new AppError('bad_file', UNREADABLE);
  return Number(value);
}

function findEndOfDirectory(view: DataView): number {
  // The end record is 22 bytes plus a comment of at most 65,535 bytes.
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  throw new AppError('bad_file', UNREADABLE);
}

/** Where the central directory is and how many entries it has, zip64 included. */
function directoryBounds(view: DataView): { count: number; offset: number } {
  const eocd = findEndOfDirectory(view);
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === U32_MAX) {
    const locator = eocd - 20;
    if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) throw new AppError('bad_file', UNREADABLE);
    const record = u64(view, locator + 8);
    if (record + 56 > view.byteLength || view.getUint32(record, true) !== ZIP64_EOCD) throw new AppError('bad_file', UNREADABLE);
    count = u64(view, record + 32);
    offset = u64(view, record + 48);
  }
  return { count, offset };
}

/** Sizes marked 0xFFFFFFFF are in the zip64 extra field, in this order. */
function zip64Sizes(view: DataView, extraStart: number, extraEnd: number, entry: ZipEntry): void {
  for (let at = extraStart; at + 4 <= extraEnd; ) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 0x0001) {
      let field = at + 4;
      const next = (): number => {
        if (field + 8 > at + 4 + size) throw new AppError('bad_file', UNREADABLE);
        const v = u64(view, field);
        field += 8;
        return v;
      };
      if (entry.uncompressedSize === U32_MAX) entry.uncompressedSize = next();
      if (entry.compressedSize === U32_MAX) entry.compressedSize = next();
      if (entry.localHeaderOffset === U32_MAX) entry.localHeaderOffset = next();
      return;
    }
    at += 4 + size;
  }
}

/** The zip's table of contents. Broken directories fail as an unreadable workbook. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  if (bytes.byteLength < 22) throw new AppError('bad_file', UNREADABLE);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    const { count, offset } = directoryBounds(view);
    if (count > MAX_ENTRIES) throw tooManyEntries(count);
    const entries: ZipEntry[] = [];
    const decoder = new TextDecoder('utf-8');
    let at = offset;
    for (let i = 0; i < count; i++) {
      if (view.getUint32(at, true) !== CENTRAL) throw new AppError('bad_file', UNREADABLE);
      const nameLength = view.getUint16(at + 28, true);
      const extraLength = view.getUint16(at + 30, true);
      const commentLength = view.getUint16(at + 32, true);
      const nameStart = at + 46;
      const entry: ZipEntry = {
        name: decoder.decode(bytes.subarray(nameStart, nameStart + nameLength)),
        method: view.getUint16(at + 10, true),
        compressedSize: view.getUint32(at + 20, true),
        uncompressedSize: view.getUint32(at + 24, true),
        localHeaderOffset: view.getUint32(at + 42, true),
      };
      zip64Sizes(view, nameStart + nameLength, nameStart + nameLength + extraLength, entry);
      entries.push(entry);
      at = nameStart + nameLength + extraLength + commentLength;
    }
    return entries;
  } catch (err) {
    // DataView reads past the end throw RangeError: a truncated or crafted directory.
    if (err instanceof RangeError) throw new AppError('bad_file', UNREADABLE);
    throw err;
  }
}

/** Refuses a workbook whose table of contents promises an absurd expansion. Cheap: reads no data. */
export function checkZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const entries = readZipDirectory(bytes);
  let total = 0;
  for (const e of entries) {
    total += e.uncompressedSize;
    if (total > MAX_EXPANDED_BYTES) throw tooBigExpanded(total);
    if (e.uncompressedSize > RATIO_FLOOR_BYTES && e.uncompressedSize / Math.max(1, e.compressedSize) > MAX_RATIO) {
      throw tooBigRatio(e.name, e.uncompressedSize / Math.max(1, e.compressedSize));
    }
  }
  return entries;
}

function isOutputLimit(err: unknown): boolean {
  return err instanceof RangeError || (typeof err === 'object' && err !== null && (err as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE');
}

/**
 * Inflates every entry with its declared size as the limit, so a directory that lies about sizes
 * is caught before exceljs unpacks anything. Runs in the parse worker (it costs one inflate pass).
 */
export function verifyZipSizes(bytes: Uint8Array, entries: readonly ZipEntry[]): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const e of entries) {
    if (e.method === 0 || e.compressedSize === 0) continue;
    if (e.method !== 8) throw new AppError('bad_file', UNREADABLE);
    let dataStart: number;
    try {
      if (view.getUint32(e.localHeaderOffset, true) !== LOCAL) throw new AppError('bad_file', UNREADABLE);
      dataStart = e.localHeaderOffset + 30 + view.getUint16(e.localHeaderOffset + 26, true) + view.getUint16(e.localHeaderOffset + 28, true);
    } catch (err) {
      if (err instanceof RangeError) throw new AppError('bad_file', UNREADABLE);
      throw err;
    }
    const data = bytes.subarray(dataStart, dataStart + e.compressedSize);
    try {
      inflateRawSync(data, { maxOutputLength: Math.max(1, e.uncompressedSize) });
    } catch (err) {
      if (isOutputLimit(err)) throw biggerThanDeclared(e.name);
      throw new AppError('bad_file', UNREADABLE);
    }
  }
}
