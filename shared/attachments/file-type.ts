/**
 * Scans, PDFs and 한/글 documents (HWP, HWPX: a 보도자료 as the office wrote it) only, recognised by their whole header rather than by the file name or two magic
 * bytes: 'BM<html>…' starts like a bitmap, but its header says nothing a bitmap would, so it is
 * refused. The type found here is the one a file is stored and served under, on a PC and by the
 * sync server (which sniffs every uploaded file the same way: shared/, no Node APIs).
 */
export interface AttachmentType {
  mime: string;
  ext: string;
}

const PDF: AttachmentType = { mime: 'application/pdf', ext: '.pdf' };
const PNG: AttachmentType = { mime: 'image/png', ext: '.png' };
const JPEG: AttachmentType = { mime: 'image/jpeg', ext: '.jpg' };
const GIF: AttachmentType = { mime: 'image/gif', ext: '.gif' };
const WEBP: AttachmentType = { mime: 'image/webp', ext: '.webp' };
const BMP: AttachmentType = { mime: 'image/bmp', ext: '.bmp' };
const HWP: AttachmentType = { mime: 'application/x-hwp', ext: '.hwp' };
const HWPX: AttachmentType = { mime: 'application/hwp+zip', ext: '.hwpx' };

export const ATTACHMENT_TYPES: readonly AttachmentType[] = [PDF, PNG, JPEG, GIF, WEBP, BMP, HWP, HWPX];

const ascii = (d: Uint8Array, from: number, to: number) => String.fromCharCode(...d.subarray(from, to));
const u16le = (d: Uint8Array, at: number) => d[at]! | (d[at + 1]! << 8);
const u32le = (d: Uint8Array, at: number) => (d[at]! | (d[at + 1]! << 8) | (d[at + 2]! << 16) | (d[at + 3]! << 24)) >>> 0;
const u32be = (d: Uint8Array, at: number) => ((d[at]! << 24) | (d[at + 1]! << 16) | (d[at + 2]! << 8) | d[at + 3]!) >>> 0;

/** '%PDF-1.7' and an end-of-file marker near the end (some scanners append padding after it). */
function isPdf(d: Uint8Array): boolean {
  if (d.length < 16 || !/^%PDF-[12]\.\d/.test(ascii(d, 0, 8))) return false;
  return endsWithEofMarker(d);
}

/** '%%EOF' within the last 32 KiB (plain bytes: this file is shared with the server and has no Buffer). */
function endsWithEofMarker(d: Uint8Array): boolean {
  const marker = [0x25, 0x25, 0x45, 0x4f, 0x46];
  for (let at = d.length - marker.length; at >= Math.max(0, d.length - 32 * 1024); at--) {
    if (marker.every((b, i) => d[at + i] === b)) return true;
  }
  return false;
}

/** The 8-byte signature, then an IHDR chunk of 13 bytes with a real size, depth and colour type. */
function isPng(d: Uint8Array): boolean {
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (d.length < 33 || !sig.every((b, i) => d[i] === b)) return false;
  if (u32be(d, 8) !== 13 || ascii(d, 12, 16) !== 'IHDR') return false;
  const width = u32be(d, 16);
  const height = u32be(d, 20);
  return width > 0 && height > 0 && [1, 2, 4, 8, 16].includes(d[24]!) && [0, 2, 3, 4, 6].includes(d[25]!);
}

/** SOI, then a marker segment (APPn, DQT, SOF, DHT, COM …) with a sane length. */
function isJpeg(d: Uint8Array): boolean {
  if (d.length < 12 || d[0] !== 0xff || d[1] !== 0xd8 || d[2] !== 0xff) return false;
  const marker = d[3]!;
  const known = (marker >= 0xe0 && marker <= 0xef) || marker === 0xdb || marker === 0xc4 || marker === 0xfe || (marker >= 0xc0 && marker <= 0xcf);
  const length = (d[4]! << 8) | d[5]!;
  return known && length >= 2 && length + 4 <= d.length;
}

/** 'GIF87a'/'GIF89a' and a logical screen of real size. */
function isGif(d: Uint8Array): boolean {
  if (d.length < 14 || !/^GIF8[79]a$/.test(ascii(d, 0, 6))) return false;
  return u16le(d, 6) > 0 && u16le(d, 8) > 0;
}

/** RIFF container of type WEBP whose first chunk is an image chunk, with a size that fits. */
function isWebp(d: Uint8Array): boolean {
  if (d.length < 20 || ascii(d, 0, 4) !== 'RIFF' || ascii(d, 8, 12) !== 'WEBP') return false;
  return ['VP8 ', 'VP8L', 'VP8X'].includes(ascii(d, 12, 16)) && u32le(d, 4) + 8 <= d.length + 1;
}

/**
 * 'BM', a file size that matches, zero reserved words, a pixel offset inside the file, a known
 * DIB header size, one plane and a real bit depth.
 */
function isBmp(d: Uint8Array): boolean {
  if (d.length < 30 || d[0] !== 0x42 || d[1] !== 0x4d) return false;
  const declared = u32le(d, 2);
  if (declared !== d.length || u32le(d, 6) !== 0) return false;
  const pixelOffset = u32le(d, 10);
  const dib = u32le(d, 14);
  if (![12, 40, 52, 56, 64, 108, 124].includes(dib) || pixelOffset < 14 + dib || pixelOffset > d.length) return false;
  const [planes, bits] = dib === 12 ? [u16le(d, 22), u16le(d, 24)] : [u16le(d, 26), u16le(d, 28)];
  const [width, height] = dib === 12 ? [u16le(d, 18), u16le(d, 20)] : [u32le(d, 18), u32le(d, 22)];
  return planes === 1 && [1, 4, 8, 16, 24, 32].includes(bits) && width > 0 && height > 0;
}

/** Bytes of an ASCII text at `at`. */
function asciiAt(d: Uint8Array, at: number, text: string): boolean {
  if (at < 0 || at + text.length > d.length) return false;
  for (let i = 0; i < text.length; i++) if (d[at + i] !== text.charCodeAt(i)) return false;
  return true;
}

/** The same text as UTF-16LE (the names in an OLE directory). */
function utf16At(d: Uint8Array, at: number, text: string): boolean {
  if (at < 0 || at + text.length * 2 > d.length) return false;
  for (let i = 0; i < text.length; i++) if (d[at + 2 * i] !== text.charCodeAt(i) || d[at + 2 * i + 1] !== 0) return false;
  return true;
}

const HWP_SIGNATURE = 'HWP Document File';

/**
 * 한/글 97–2024 (.hwp). HWP 5 is an OLE compound file (D0 CF 11 E0 A1 B1 1A E1), like an old
 * Word or Excel file, so the signature alone says nothing: the header must be a real compound
 * header (version 3 or 4, little-endian, 512- or 4096-byte sectors), the directory must hold a
 * stream named 'FileHeader', and that stream (small, so kept in 64-byte mini sectors) begins with
 * 'HWP Document File'. HWP 3 files start with that text themselves.
 */
function isHwp(d: Uint8Array): boolean {
  if (asciiAt(d, 0, `${HWP_SIGNATURE} V3.00`)) return d.length >= 128;
  const sig = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  if (d.length < 1536 || !sig.every((b, i) => d[i] === b)) return false;
  const major = u16le(d, 26);
  const shift = u16le(d, 30);
  if (u16le(d, 28) !== 0xfffe || !((major === 3 && shift === 9) || (major === 4 && shift === 12))) return false;
  const sector = 1 << shift;
  // Directory entries are 128 bytes at sector-aligned places; a mini sector is 64 bytes inside sectors.
  let named = false;
  for (let at = sector; at + 128 <= d.length && !named; at += 128) named = utf16At(d, at, 'FileHeader') && u16le(d, at + 64) === 22;
  if (!named) return false;
  for (let at = sector; at + HWP_SIGNATURE.length <= d.length; at += 64) if (asciiAt(d, at, HWP_SIGNATURE)) return true;
  return false;
}

/**
 * 한/글 2014+ (.hwpx): a ZIP (OWPML) whose first entry is an uncompressed 'mimetype' holding
 * 'application/hwp+zip', like EPUB and ODF, and which ends with a ZIP directory. Any other ZIP
 * (an .xlsx, a .docx) is refused.
 */
function isHwpx(d: Uint8Array): boolean {
  const mime = 'application/hwp+zip';
  if (d.length < 64 || !asciiAt(d, 0, 'PK\x03\x04') || u16le(d, 8) !== 0) return false;
  const nameLength = u16le(d, 26);
  const extraLength = u16le(d, 28);
  if (nameLength !== 8 || !asciiAt(d, 30, 'mimetype') || u32le(d, 18) !== mime.length) return false;
  if (!asciiAt(d, 30 + nameLength + extraLength, mime)) return false;
  for (let at = d.length - 22; at >= Math.max(0, d.length - 22 - 0xffff); at--) if (asciiAt(d, at, 'PK\x05\x06')) return true;
  return false;
}

const CHECKS: Array<[AttachmentType, (d: Uint8Array) => boolean]> = [
  [PDF, isPdf], [PNG, isPng], [JPEG, isJpeg], [GIF, isGif], [WEBP, isWebp], [BMP, isBmp], [HWP, isHwp], [HWPX, isHwpx],
];

export function sniffAttachmentType(data: Uint8Array): AttachmentType | undefined {
  return CHECKS.find(([, check]) => check(data))?.[0];
}

/** The extension a stored file of this type has, or undefined for a type GuDesk never stores. */
export function extensionForMime(mime: string): string | undefined {
  return ATTACHMENT_TYPES.find((t) => t.mime === mime)?.ext;
}
