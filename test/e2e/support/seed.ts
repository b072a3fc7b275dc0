/** Known rows written through the core (as any UI would), so tests know what the grid must show. */
import type { Core } from '../../../core/api/core-types.ts';
import type { Clipping, ClippingInput } from '../../../shared/domain/clipping.ts';

export async function seedClippings(core: Core, rows: readonly ClippingInput[]): Promise<Clipping[]> {
  const out: Clipping[] = [];
  for (const values of rows) out.push((await core.call('clippings.create', { values })).record);
  return out;
}

/** Live clippings as the core sees them, by title. */
export async function clippingsByTitle(core: Core): Promise<Map<string, Clipping>> {
  const rows = await core.call('clippings.list', {});
  return new Map(rows.map((r) => [r.title, r]));
}

export const BASIC_CLIPPINGS: readonly ClippingInput[] = [
  { publishedOn: '2024-09-02', outlet: '연합뉴스', title: '금천구, 청년 창업 지원 확대', department: '일자리정책과', tone: '긍정' },
  { publishedOn: '2024-09-03', outlet: 'KBS', title: '도서관 야간 개방 시범 운영', department: '문화체육과', tone: '중립' },
  { publishedOn: '2024-09-04', outlet: '한겨레', title: '하천 산책로 정비 공사 지연', department: '치수과', tone: '중립' },
  { publishedOn: '2024-09-05', outlet: '시정일보', title: '어르신 무료 급식소 확대 운영', department: '복지정책과', tone: '긍정' },
];
