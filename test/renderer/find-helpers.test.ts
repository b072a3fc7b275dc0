/** The small rules behind marking searched words and completing a typed tag. */
import { describe, expect, it } from 'vitest';
import { highlightParts, queryTerms } from '../../renderer/src/common/grid/highlightText.ts';
import { completing, withPick } from '../../renderer/src/common/suggestText.ts';
import { emptyResultText } from '../../renderer/src/common/grid/emptyResultText.ts';

const marked = (text: string, query: string) =>
  highlightParts(text, queryTerms(query))
    .filter((p) => p.mark)
    .map((p) => p.text);

describe('highlightParts', () => {
  it('marks every occurrence of every term, a two-syllable one too, Latin letters in any case', () => {
    expect(marked('구청 홍보 영상, 홍보관 개관', '홍보')).toEqual(['홍보', '홍보']);
    expect(marked('KBS 뉴스와 kbs 라디오', 'Kbs 뉴스')).toEqual(['KBS', '뉴스', 'kbs']);
    expect(marked('청년 일자리 박람회', '"일자리" -박람')).toEqual(['일자리', '박람']);
  });

  it('joins overlapping terms into one mark and leaves the rest as it is', () => {
    const parts = highlightParts('일자리경제과 소식', queryTerms('일자리 자리경제'));
    expect(parts).toEqual([
      { text: '일자리경제', mark: true },
      { text: '과 소식', mark: false },
    ]);
    expect(highlightParts('제목', [])).toEqual([{ text: '제목', mark: false }]);
  });
});

describe('tag completion', () => {
  it('completes the word after the last comma and keeps the tags before it', () => {
    expect(completing('축제, 청', true)).toBe('청');
    expect(withPick('축제, 청', '청년', true)).toBe('축제, 청년, ');
    expect(withPick('청', '청년', true)).toBe('청년, ');
    expect(withPick('김가', '김가람', false)).toBe('김가람');
  });
});

describe('empty result', () => {
  it('says what was searched and how many filters are on', () => {
    expect(emptyResultText('홍보관', 0, 2)).toBe("'홍보관' 검색 결과가 없습니다 · 필터 2개 적용 중");
    expect(emptyResultText('홍보관', 0, 0)).toBe("'홍보관' 검색 결과가 없습니다");
    expect(emptyResultText('', 0, 1)).toBe('필터에 맞는 기록이 없습니다 · 필터 1개 적용 중');
    expect(emptyResultText('홍보', 12, 1)).toBe("'홍보' 검색 결과 12건 중 필터에 맞는 기록이 없습니다 · 필터 1개 적용 중");
  });
});
