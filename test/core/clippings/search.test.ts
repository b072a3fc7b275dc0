/**
 * Free-text search of 언론보도 as the clerk types it. Korean queries of any length (one syllable
 * '구' to whole words '홍보디지털') must return exactly the live clippings whose 제목, 요약, 매체명
 * or 기자 contain every term — checked against a plain substring filter over generated rows —
 * and no query, however odd, may fail.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../core/api/core-types.ts';
import type { Clipping } from '../../../shared/domain/clipping.ts';
import { openTempCore, type TempCore } from '../temp-core.ts';
import { mulberry32 } from '../../../core/demo/random.ts';

const WORDS = [
  '금천구', '금천구청', '구청', '구청장', '홍보', '홍보디지털과', '디지털', '청년', '창업', '지원', '확대', '축제',
  '안전', '복지', '구민', '주민', '도서관', '공원', '개관', '정비', '예산', '구의회', '소통', '행정', '스마트',
  '가산동', '독산동', '시흥동', '일자리', '박람회', '구', '청', 'AI', '스마트시티', '서남권', '어르신', '돌봄',
];
const PUNCT = ['', '', '', ',', '…', '·', '"', "'", '(', ')', '!', '?', '-', '*'];
const OUTLETS = ['연합뉴스', 'KBS', 'MBC', 'SBS뉴스', '금천신문', '뉴스1', '한겨레', '구로타임즈', '서울일보'];
const REPORTERS = ['', '김구라', '홍길동', '박보검', '이청아', '최홍보', 'Kim Minsu'];

function generate(count: number, seed: number) {
  const rnd = mulberry32(seed);
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const phrase = (min: number, max: number) => {
    const n = min + Math.floor(rnd() * (max - min + 1));
    return Array.from({ length: n }, () => pick(WORDS) + pick(PUNCT)).join(rnd() < 0.2 ? '' : ' ');
  };
  return Array.from({ length: count }, (_, i) => ({
    publishedOn: `2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    outlet: pick(OUTLETS),
    title: `${phrase(2, 5)} ${i}호`,
    summary: rnd() < 0.3 ? '' : phrase(0, 8),
    reporter: pick(REPORTERS),
  }));
}

let t: TempCore;
let core: Core;
let all: Clipping[];
const deleted = new Set<string>();

beforeAll(async () => {
  t = openTempCore();
  core = t.core;
  for (const values of generate(300, 20240902)) await core.call('clippings.create', { values });
  const list = await core.call('clippings.list', {});
  // Every seventh clipping is deleted: it must never be found again.
  const gone = list.filter((_, i) => i % 7 === 0).map((c) => c.id);
  await core.call('clippings.delete', { ids: gone });
  for (const id of gone) deleted.add(id);
  all = await core.call('clippings.list', { includeDeleted: true });
  expect(all).toHaveLength(300);
});
afterAll(() => t.dispose());

/** What the clerk expects: live clippings where each term is a substring of one searched field. */
function bruteForce(query: string, rows: readonly Clipping[] = all): string[] {
  const terms = Array.from(query.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu), (m) => m[0]);
  if (terms.length === 0) return [];
  return rows
    .filter((c) => c.deletedAt === null)
    .filter((c) => terms.every((term) => [c.title, c.summary, c.outlet, c.reporter].some((f) => f.toLowerCase().includes(term))))
    .map((c) => c.id)
    .sort();
}

async function search(query: string, limit = 100_000): Promise<{ ids: string[]; total: number }> {
  const result = await core.call('clippings.search', { query, limit });
  return { ids: result.rows.map((c) => c.id).sort(), total: result.total };
}

describe('clippings.search against a substring filter over 300 generated clippings', () => {
  const korean = ['구', '청', '홍보', '구청', '금천구', '홍보디지털', '디지털과', '금천구청', '스마트시티', '어르신 돌봄', '구청장'];
  for (const query of korean) {
    it(`'${query}' (${Array.from(query.replace(/\s/g, '')).length}음절) finds exactly the matching live clippings`, async () => {
      const expected = bruteForce(query);
      expect(expected.length, 'the data set exercises this query').toBeGreaterThan(0);
      expect(await search(query)).toEqual({ ids: expected, total: expected.length });
    });
  }

  it('several terms must all match (AND), short and long terms mixed', async () => {
    for (const query of ['금천구 홍보', '구청 청년', '구 청', '청년 창업 지원', '홍보 KBS', '축제 김구라']) {
      const expected = bruteForce(query);
      expect(await search(query), query).toEqual({ ids: expected, total: expected.length });
      for (const term of query.split(' ')) expect(bruteForce(term).length).toBeGreaterThanOrEqual(expected.length);
    }
  });

  it('Latin letters match regardless of case', async () => {
    const upper = await search('KBS');
    expect(upper.total).toBeGreaterThan(0);
    expect(await search('kbs')).toEqual(upper);
    expect(await search('Kbs')).toEqual(upper);
    expect(await search('ai')).toEqual({ ids: bruteForce('ai'), total: bruteForce('ai').length });
    expect(await search('kim')).toEqual({ ids: bruteForce('kim'), total: bruteForce('kim').length });
  });

  it('matches inside 매체명 and 기자 as well as 제목 and 요약', async () => {
    const byReporter = await search('김구라');
    expect(byReporter.total).toBeGreaterThan(0);
    for (const id of byReporter.ids) expect(all.find((c) => c.id === id)!.reporter).toBe('김구라');
    expect((await search('타임즈')).ids).toEqual(bruteForce('타임즈'));
  });

  it('never returns a deleted clipping', async () => {
    for (const query of ['구', '홍보', '금천구', 'KBS', '구청 청년']) {
      for (const id of (await search(query)).ids) expect(deleted.has(id)).toBe(false);
    }
  });

  it('odd input (quotes, *, parentheses, FTS keywords, SQL) neither fails nor changes the meaning', async () => {
    const odd = [
      '"', '""', '"구청"', "'", '*', '구*', '*구', '(', ')', '(구청)', '구청)', 'AND', 'OR', 'NOT', 'NEAR', 'and', 'near',
      'NEAR(구청 홍보)', '구청 AND 홍보', '구청 OR 홍보', 'NOT 구청', '-구청', '^구청', 'title:구청', 'outlet : KBS', '{구청}',
      "'; DROP TABLE clippings; --", '%', '_', '\\', '구%', '!!!', '🙂', '구청🙂홍보', '구\u0000청', '\t구청\n',
    ];
    for (const query of odd) {
      const result = await core.invoke('clippings.search', { query });
      expect(result.ok, query).toBe(true);
      const expected = bruteForce(query);
      expect(await search(query), query).toEqual({ ids: expected, total: expected.length });
    }
    expect((await core.call('clippings.list', { includeDeleted: true })).length).toBe(300);
  });

  it('an empty query finds nothing; a query over 200 characters is refused in Korean', async () => {
    expect(await core.call('clippings.search', { query: '' })).toEqual({ rows: [], total: 0 });
    expect(await core.call('clippings.search', { query: '   ' })).toEqual({ rows: [], total: 0 });
    const tooLong = await core.invoke('clippings.search', { query: '구'.repeat(201) });
    expect(tooLong).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('200자') as string } });
  });

  it('limit caps the rows but total still counts every match, newest first', async () => {
    const full = bruteForce('구');
    const result = await core.call('clippings.search', { query: '구', limit: 10 });
    expect(result.rows).toHaveLength(10);
    expect(result.total).toBe(full.length);
    const dates = result.rows.map((c) => c.publishedOn);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('property: any query over a small alphabet agrees with the substring filter', async () => {
    const alphabet = ['구', '청', '홍', '보', '금', '천', '디', '지', '털', 'k', 'B', 's', ' ', ' ', '"', '*', '(', ')', '-', ':', 'A', 'N', 'D'];
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...alphabet), { minLength: 0, maxLength: 7 }), async (chars) => {
        const query = chars.join('');
        const expected = bruteForce(query);
        expect(await search(query)).toEqual({ ids: expected, total: expected.length });
      }),
      { numRuns: 300, seed: 42 },
    );
  });
});

describe('search after edits', () => {
  it('after changing 제목, 요약 or 매체명 the old words no longer match and the new ones do', async () => {
    const { record } = await core.call('clippings.create', {
      values: { publishedOn: '2025-01-02', outlet: '뚝섬일보', title: '뚝섬 불꽃놀이 개최', summary: '여의도 인파' },
    });
    for (const q of ['뚝섬', '불꽃놀이', '불', '여의도', '뚝섬일보']) expect((await search(q)).ids, q).toContain(record.id);

    await core.call('clippings.update', { id: record.id, patch: { title: '한강 드론쇼 개최', summary: '반포 관람객', outlet: '반포일보' } });
    for (const q of ['뚝섬', '불꽃놀이', '불꽃', '여의도', '뚝섬일보']) expect((await search(q)).ids, q).not.toContain(record.id);
    for (const q of ['한강', '드론쇼', '쇼', '반포', '관람객', '반포일보', '드론 반포']) expect((await search(q)).ids, q).toContain(record.id);

    const { batchId } = await core.call('clippings.delete', { ids: [record.id] });
    expect((await search('드론쇼')).ids).not.toContain(record.id);
    await core.call('history.undo', { batchId });
    expect((await search('드론쇼')).ids).toContain(record.id);
    // And the whole set still agrees with the filter after all this.
    all = await core.call('clippings.list', { includeDeleted: true });
    for (const q of ['구', '홍보', '금천구', '개최']) expect((await search(q)).ids).toEqual(bruteForce(q));
  });
});
