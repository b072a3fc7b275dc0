/** Small real files for attachment tests: a valid PNG and a bitmap-looking HTML page. */
import { crc32, deflateSync } from 'node:zlib';

/** A valid 1×1 PNG, chunk CRCs included. */
export function tinyPng(): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(1, 0);
  ihdr.writeUInt32BE(1, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const pixels = deflateSync(Buffer.from([0, 0x1e, 0x5a, 0xa0, 0xff]));
  return new Uint8Array(
    Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))]),
  );
}

/** A real 2×2 24-bit bitmap (BITMAPINFOHEADER), as a scanner writes one. */
export function tinyBmp(): Uint8Array {
  const rowBytes = 8; // 2 pixels × 3 bytes, padded to 4
  const pixels = rowBytes * 2;
  const b = Buffer.alloc(54 + pixels);
  b.write('BM', 0, 'latin1');
  b.writeUInt32LE(b.length, 2);
  b.writeUInt32LE(54, 10);
  b.writeUInt32LE(40, 14);
  b.writeInt32LE(2, 18);
  b.writeInt32LE(2, 22);
  b.writeUInt16LE(1, 26);
  b.writeUInt16LE(24, 28);
  b.writeUInt32LE(pixels, 34);
  return new Uint8Array(b);
}

/** 'BM' and then a web page: starts like a bitmap, is not one. */
export function bitmapLookingHtml(): Uint8Array {
  return new TextEncoder().encode('BM<html><body><script>alert(document.cookie)</script></body></html>'.padEnd(200, ' '));
}
