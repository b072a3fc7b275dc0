/**
 * Text encodings of the CSV files clerks bring. Korean Excel saves 'CSV (쉼표로 분리)' in CP949
 * (a superset of EUC-KR), 'CSV UTF-8' with a BOM, and '유니코드 텍스트' as UTF-16LE with a BOM.
 * Web systems usually give plain UTF-8. We try them in an order where a wrong guess cannot succeed:
 * Korean CP949 bytes are never valid UTF-8, so a strict UTF-8 decode tells the two apart.
 */
import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'cp949' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (startsWith(bytes, [0xff, 0xfe])) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    return { text: iconv.decode(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(bytes, 'cp949'), encoding: 'cp949' };
  }
}

/**
 * False for binary files that happen to decode (images, PDFs, zips renamed to .csv): NUL bytes,
 * many control characters, or many undecodable bytes (U+FFFD) mean it is not a text table.
 */
export function looksLikeText(text: string): boolean {
  if (text.includes('\u0000')) return false;
  const sample = text.slice(0, 64 * 1024);
  if (sample.length === 0) return true;
  let odd = 0;
  for (const ch of sample) {
    if (ch === '\uFFFD' || /[\u0001-\u0008\u000B\u000E-\u001F\u007F]/.test(ch)) odd++;
  }
  return odd / sample.length < 0.01;
}
