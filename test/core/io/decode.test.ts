import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, looksLikeText } from '../../../core/io/decode.ts';

const korean = '보도일자,매체명,제목\r\n2024-09-02,서울신문,"구청, 청년 지원"\r\n';

describe('decodeText', () => {
  it('reads a CSV that Korean Excel saved in CP949', () => {
    const bytes = new Uint8Array(iconv.encode(korean, 'cp949'));
    expect(decodeText(bytes)).toEqual({ text: korean, encoding: 'cp949' });
  });

  it('reads UTF-8 with and without a BOM, dropping the BOM', () => {
    const plain = new TextEncoder().encode(korean);
    expect(decodeText(plain)).toEqual({ text: korean, encoding: 'utf-8' });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
    expect(decodeText(withBom)).toEqual({ text: korean, encoding: 'utf-8-bom' });
  });

  it("reads Excel's '유니코드 텍스트' (UTF-16LE with BOM)", () => {
    const bytes = new Uint8Array(iconv.encode(korean, 'utf-16le', { addBOM: true }));
    expect(decodeText(bytes)).toEqual({ text: korean, encoding: 'utf-16le' });
  });

  it('tells text from binary', () => {
    expect(looksLikeText(korean)).toBe(true);
    expect(looksLikeText('\u0089PNG\r\n\u001a\n\u0000\u0000')).toBe(false);
  });
});
