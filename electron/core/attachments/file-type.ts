/** Scans and PDFs only, recognised by their first bytes rather than by the file name. */
const SIGNATURES: Array<{ mime: string; ext: string; bytes: number[] }> = [
  { mime: 'application/pdf', ext: '.pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { mime: 'image/png', ext: '.png', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { mime: 'image/jpeg', ext: '.jpg', bytes: [0xff, 0xd8, 0xff] },
  { mime: 'image/gif', ext: '.gif', bytes: [0x47, 0x49, 0x46, 0x38] },
  { mime: 'image/webp', ext: '.webp', bytes: [0x52, 0x49, 0x46, 0x46] },
  { mime: 'image/bmp', ext: '.bmp', bytes: [0x42, 0x4d] },
];

export function sniffAttachmentType(data: Uint8Array): { mime: string; ext: string } | undefined {
  const hit = SIGNATURES.find((s) => s.bytes.every((b, i) => data[i] === b));
  if (hit?.mime === 'image/webp' && String.fromCharCode(...data.slice(8, 12)) !== 'WEBP') return undefined;
  return hit ? { mime: hit.mime, ext: hit.ext } : undefined;
}
