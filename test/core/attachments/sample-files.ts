/** Small real scans and PDFs for attachment tests: each `n` gives other bytes (another SHA-256). */
import { crc32, deflateSync } from 'node:zlib';

/** A valid 1×1 PNG, chunk CRCs included; `n` picks the pixel's colour. */
export function samplePng(n = 0): Buffer {
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
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  const pixels = deflateSync(Buffer.from([0, n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, 0xff]));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))]);
}

/** A one-page PDF whose page carries `text`; `padding` bytes of comment make it as large as needed. */
export function samplePdf(text = '보도자료', padding = 0): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Title (${Buffer.from(text).toString('hex')}) >>`,
  ];
  let out = `%PDF-1.4\n${padding > 0 ? `%${'x'.repeat(padding)}\n` : ''}`;
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) out += `${String(off).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** The 1×1 blue PNG the attachment and backup tests share. */
export function tinyPng(): Uint8Array {
  return new Uint8Array(samplePng(0xa05a1e));
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
