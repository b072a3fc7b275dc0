/** The sentence over an empty grid: what was searched, and how many filters are on. */

export function emptyResultText(query: string, searchTotal: number, filters: number): string {
  const filterNote = filters > 0 ? ` · 필터 ${filters}개 적용 중` : '';
  if (query === '') return `필터에 맞는 기록이 없습니다${filterNote}`;
  if (searchTotal > 0) return `'${query}' 검색 결과 ${searchTotal.toLocaleString('ko-KR')}건 중 필터에 맞는 기록이 없습니다${filterNote}`;
  return `'${query}' 검색 결과가 없습니다${filterNote}`;
}
