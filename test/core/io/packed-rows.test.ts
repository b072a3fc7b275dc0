/** Text rows cross from the parse worker packed; they must come back exactly, empty cells included. */
import { describe, expect, it } from 'vitest';
import { packRows, unpackRows } from '../../../core/io/packed-rows.ts';

describe('packRows / unpackRows', () => {
  it('gives back the same rows: empty strings, nulls, uneven rows, Korean and emoji', () => {
    const rows = [['보도일자', '매체명', ''], [null, '한겨레 😀', 'a,"b"\nc'], [], ['x']];
    const packed = packRows(rows);
    expect(packed).not.toBeNull();
    expect(unpackRows(packed!)).toEqual(rows);
  });

  it('leaves rows with numbers, dates or links to structured clone', () => {
    expect(packRows([['a', 3]])).toBeNull();
    expect(packRows([[new Date(0)]])).toBeNull();
    expect(packRows([[{ text: '기사', hyperlink: 'https://example.kr' }]])).toBeNull();
  });
});
