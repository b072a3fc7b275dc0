/**
 * Search box text → FTS5 terms. Whatever the clerk types (quotes, *, parentheses, AND/NEAR), the
 * terms carry only letters and digits, so no input can break or steer the MATCH syntax.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { charLength, ftsQuote, searchTerms } from '../../../core/db/search-terms.ts';

describe('searchTerms', () => {
  it('keeps letters and digits only, lower-cased, splitting on everything else', () => {
    expect(searchTerms('금천구 "홍보" AND (KBS*)')).toEqual(['금천구', '홍보', 'and', 'kbs']);
    expect(searchTerms('NEAR(구청, 2)')).toEqual(['near', '구청', '2']);
    expect(searchTerms('   ')).toEqual([]);
    expect(searchTerms('"*()^:-')).toEqual([]);
  });

  it('gives a repeated term once', () => {
    expect(searchTerms('구청 구청 KBS kbs')).toEqual(['구청', 'kbs']);
  });

  it('property: a term never holds quotes, operators or spaces, and quoting keeps it one phrase', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        const terms = searchTerms(s);
        expect(new Set(terms).size).toBe(terms.length);
        for (const term of terms) {
          expect(term).toMatch(/^[\p{L}\p{N}]+$/u);
          expect(ftsQuote(term)).toBe(`"${term}"`);
        }
      }),
    );
  });
});

describe('ftsQuote and charLength', () => {
  it('doubles inner quotes; counts syllables and emoji as one character each', () => {
    expect(ftsQuote('a"b')).toBe('"a""b"');
    expect(ftsQuote('금천 구청')).toBe('"금천 구청"');
    expect(charLength('금천구')).toBe(3);
    expect(charLength('구🙂')).toBe(2);
  });
});
