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

/**
 * An HWP 5 document's skeleton as 한/글 writes it: an OLE compound file (version 3, 512-byte
 * sectors) whose directory holds the root and a 'FileHeader' stream, whose 256 bytes (in the mini
 * stream) begin with 'HWP Document File'. `n` changes a byte of the header (another SHA-256).
 */
export function sampleHwp(n = 0, streamName = 'FileHeader', signature = 'HWP Document File'): Buffer {
  const b = Buffer.alloc(512 * 4);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(b, 0);
  b.writeUInt16LE(0x3e, 24); // minor version
  b.writeUInt16LE(3, 26); // major version 3
  b.writeUInt16LE(0xfffe, 28); // little-endian
  b.writeUInt16LE(9, 30); // 512-byte sectors
  b.writeUInt16LE(6, 32); // 64-byte mini sectors
  b.writeUInt32LE(1, 44); // one FAT sector
  b.writeUInt32LE(0, 48); // directory at sector 0
  b.writeUInt32LE(4096, 56); // mini stream cutoff
  b.writeUInt32LE(0xfffffffe, 60); // no mini FAT chain in this skeleton
  b.writeUInt32LE(0xfffffffe, 68); // no DIFAT sectors
  for (let i = 0; i < 109; i++) b.writeUInt32LE(i === 0 ? 2 : 0xffffffff, 76 + 4 * i);
  const entry = (at: number, name: string, type: number, start: number, size: number) => {
    b.write(name, at, 'utf16le');
    b.writeUInt16LE((name.length + 1) * 2, at + 64);
    b[at + 66] = type;
    b.writeUInt32LE(0xffffffff, at + 68);
    b.writeUInt32LE(0xffffffff, at + 72);
    b.writeUInt32LE(type === 5 ? 1 : 0xffffffff, at + 76);
    b.writeUInt32LE(start, at + 116);
    b.writeUInt32LE(size, at + 120);
  };
  entry(512, 'Root Entry', 5, 1, 256);
  entry(512 + 128, streamName, 2, 0, 256);
  b.write(signature, 1024, 'latin1'); // mini sector 0 of the mini stream (sector 1)
  b.writeUInt32LE(0x05000300, 1024 + 32); // version 5.0.3.0
  b[1024 + 200] = n & 0xff;
  b.writeInt32LE(-3, 1536); // FAT: sector 0 end of chain …
  b.writeInt32LE(-2, 1540);
  b.writeInt32LE(-3, 1544); // … sector 2 is the FAT itself
  return b;
}

/** A ZIP made by hand: stored (uncompressed) entries, a central directory and its end record. */
function storedZip(entries: Array<[string, Buffer]>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const nameBytes = Buffer.from(name, 'latin1');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** An HWPX (OWPML) package: 'mimetype' first and uncompressed, then the document's parts. */
export function sampleHwpx(text = '보도자료', mimetype = 'application/hwp+zip'): Buffer {
  return storedZip([
    ['mimetype', Buffer.from(mimetype, 'latin1')],
    ['version.xml', Buffer.from('<?xml version="1.0" encoding="UTF-8"?><hv:HCFVersion xmlns:hv="http://www.hancom.co.kr/hwpml/2011/version" major="5" minor="1"/>')],
    ['Contents/section0.xml', Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><hs:sec xmlns:hs="http://www.hancom.co.kr/hwpml/2011/section"><hp:p><hp:t>${text}</hp:t></hp:p></hs:sec>`)],
  ]);
}

/** An .xlsx-like ZIP (no 'mimetype' entry): a ZIP, but no 한/글 document. */
export function plainZip(): Buffer {
  return storedZip([['[Content_Types].xml', Buffer.from('<Types/>')], ['xl/workbook.xml', Buffer.from('<workbook/>')]]);
}
