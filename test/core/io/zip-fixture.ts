/**
 * A minimal zip writer for tests that need workbooks exceljs would never write: a zip bomb
 * (huge, repetitive shared strings) and a zip whose directory lies about its sizes.
 */
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { readZipDirectory } from '../../../core/io/zip-guard.ts';

export interface FixtureEntry {
  name: string;
  data: Uint8Array;
  /** Written into the headers instead of the real size (a lying directory). */
  declaredSize?: number;
}

/** Unpacks a zip (stored or deflated entries) into its parts. */
export function unzipEntries(zip: Uint8Array): FixtureEntry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  return readZipDirectory(zip).map((e) => {
    const start = e.localHeaderOffset + 30 + view.getUint16(e.localHeaderOffset + 26, true) + view.getUint16(e.localHeaderOffset + 28, true);
    const raw = zip.subarray(start, start + e.compressedSize);
    return { name: e.name, data: e.method === 8 ? new Uint8Array(inflateRawSync(raw)) : raw };
  });
}

/** Deflates every entry; `compressed` may be given for data too big to hold expanded. */
export function zipEntries(entries: ReadonlyArray<FixtureEntry & { compressed?: Uint8Array; crc?: number; size?: number }>): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const body = e.compressed ?? deflateRawSync(e.data);
    const size = e.declaredSize ?? e.size ?? e.data.byteLength;
    const crc = e.crc ?? crc32(e.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.byteLength, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.byteLength, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.byteLength, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.byteLength, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(body));
    centrals.push(central, name);
    offset += 30 + name.byteLength + body.byteLength;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.byteLength, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}
