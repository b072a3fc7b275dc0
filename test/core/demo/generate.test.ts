/**
 * Demo data: what a clerk sees after "예시 데이터 만들기" — three years of plausible 보도자료 and
 * 언론보도 that import cleanly, never collide on their natural keys, and answer searches.
 */
import { describe, expect, it } from 'vitest';
import { clippingValuesSchema } from '../../../shared/domain/clipping.ts';
import { mediaTypeForOutlet } from '../../../shared/domain/outlets.ts';
import { releaseValuesSchema } from '../../../shared/domain/release.ts';
import { generateDemo, type DemoData } from '../../../core/demo/generate.ts';

const TODAY = '2025-06-13';
const data: DemoData = generateDemo({ clippings: 5000, seed: 42, today: TODAY });

const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();
const share = (n: number) => n / data.clippings.length;
const words = (text: string) => text.split(/[\s,…'"·\[\]()]+/).filter((w) => w.length >= 2);

describe('generateDemo', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const a = generateDemo({ clippings: 800, seed: 7, today: TODAY });
    expect(generateDemo({ clippings: 800, seed: 7, today: TODAY })).toEqual(a);
    expect(generateDemo({ clippings: 800, seed: 8, today: TODAY })).not.toEqual(a);
  });

  it('makes exactly the requested number of clippings and about one release per two', () => {
    for (const n of [0, 1, 7, 333]) expect(generateDemo({ clippings: n, seed: 1, today: TODAY }).clippings).toHaveLength(n);
    expect(generateDemo({ clippings: 0, today: TODAY }).releases).toEqual([]);
    expect(data.clippings).toHaveLength(5000);
    expect(data.releases.length).toBeGreaterThan(5000 / 2.8);
    expect(data.releases.length).toBeLessThan(5000 / 1.5);
  });

  it('produces only values the schemas accept unchanged', () => {
    for (const release of data.releases) expect(releaseValuesSchema.parse(release)).toEqual(release);
    for (const { releaseIndex, ...values } of data.clippings) {
      expect(clippingValuesSchema.parse(values)).toEqual(values);
      expect(values.releaseId).toBe('');
      expect(releaseIndex === null || (Number.isInteger(releaseIndex) && releaseIndex < data.releases.length)).toBe(true);
    }
  });

  it('never repeats a natural key', () => {
    const big = generateDemo({ clippings: 30000, seed: 3, today: TODAY });
    const clippingKeys = new Set(big.clippings.map((c) => `${c.publishedOn}|${c.outlet}|${c.title}`));
    expect(clippingKeys.size).toBe(big.clippings.length);
    const releaseKeys = new Set(big.releases.map((r) => `${r.distributedOn}|${r.title}`));
    expect(releaseKeys.size).toBe(big.releases.length);
  });

  it('spans the three years up to today, on working days, never in the future', () => {
    const dates = [...data.clippings.map((c) => c.publishedOn), ...data.releases.map((r) => r.distributedOn)].sort();
    expect(dates[0]! > '2022-06-13').toBe(true);
    expect(dates[0]! < '2022-07-15').toBe(true);
    expect(dates.at(-1)! <= TODAY).toBe(true);
    expect(dates.at(-1)! >= '2025-06-01').toBe(true);
    expect(data.releases.every((r) => weekday(r.distributedOn) % 6 !== 0)).toBe(true);
    expect(data.releases.some((r) => r.distributedOn === '2024-10-03' || r.distributedOn === '2024-12-25')).toBe(false);
    expect(share(data.clippings.filter((c) => weekday(c.publishedOn) % 6 !== 0).length)).toBeGreaterThan(0.9);
    const local = generateDemo({ clippings: 50 });
    const now = new Date();
    const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    expect(local.clippings.every((c) => c.publishedOn <= today)).toBe(true);
    expect(generateDemo({ clippings: 200, seed: 5, today: '2024-02-29' }).clippings.every((c) => c.publishedOn <= '2024-02-29')).toBe(true);
  });

  it('links about 70% of clippings to a release on the same topic, published on or after it', () => {
    const linked = data.clippings.filter((c) => c.releaseIndex !== null);
    expect(share(linked.length)).toBeCloseTo(0.7, 2);
    const perRelease = new Map<number, number>();
    for (const c of linked) {
      const release = data.releases[c.releaseIndex!]!;
      perRelease.set(c.releaseIndex!, (perRelease.get(c.releaseIndex!) ?? 0) + 1);
      expect(c.publishedOn >= release.distributedOn).toBe(true);
      expect(c.department === '' || c.department === release.department).toBe(true);
      const releaseWords = new Set(words(release.title));
      expect(words(c.title).some((w) => releaseWords.has(w)), `${c.title} / ${release.title}`).toBe(true);
    }
    expect(Math.max(...perRelease.values())).toBeLessThanOrEqual(6);
    expect(perRelease.size).toBeLessThan(data.releases.length); // some releases were never picked up
    const photo = data.releases.filter((r) => r.hasPhoto).length / data.releases.length;
    expect(photo).toBeGreaterThan(0.5);
    expect(photo).toBeLessThan(0.7);
    expect(data.releases.every((r) => /^[가-힣]{2,4}$/.test(r.contact) && r.department !== '')).toBe(true);
  });

  it('draws outlets like a district register: local and internet most, agencies often, broadcasters rarely', () => {
    const byType = new Map<string, number>();
    for (const c of data.clippings) {
      expect(c.mediaType).toBe(mediaTypeForOutlet(c.outlet));
      byType.set(c.mediaType, (byType.get(c.mediaType) ?? 0) + 1);
    }
    const typeShare = (t: string) => share(byType.get(t) ?? 0);
    expect(typeShare('통신사')).toBeGreaterThan(0.1);
    expect(typeShare('통신사')).toBeLessThan(0.4);
    expect(typeShare('지역언론')).toBeGreaterThan(typeShare('중앙지'));
    expect(typeShare('인터넷언론')).toBeGreaterThan(typeShare('중앙지'));
    expect(typeShare('중앙지')).toBeGreaterThan(typeShare('방송사'));
    expect(typeShare('방송사')).toBeGreaterThan(0.01);
  });

  it('gives each outlet a small stable pool of reporters and fitting 지면 and URLs', () => {
    const pools = new Map<string, Set<string>>();
    for (const c of data.clippings) {
      if (c.reporter) {
        expect(c.reporter).toMatch(/^[가-힣]{2,4}$/);
        pools.set(c.outlet, (pools.get(c.outlet) ?? new Set()).add(c.reporter));
      }
      const print = c.mediaType === '중앙지' || c.mediaType === '지역언론';
      if (print) expect(c.page).toMatch(/^$|^(A|지역 |수도권 )?\d{1,2}면$/);
      else expect(c.page).toBe('');
      expect(c.url).toMatch(/^$|^https:\/\/[a-z0-9.]+\.example\/\S+$/);
    }
    expect(Math.max(...[...pools.values()].map((p) => p.size))).toBeLessThanOrEqual(6);
    const online = data.clippings.filter((c) => c.mediaType === '통신사' || c.mediaType === '인터넷언론');
    expect(online.filter((c) => c.url).length / online.length).toBeGreaterThan(0.8);
    expect(data.clippings.some((c) => c.page === '')).toBe(true);
  });

  it('is mostly 긍정, sometimes 중립, rarely 부정 with critical headlines', () => {
    const tones = (tone: string) => share(data.clippings.filter((c) => c.tone === tone).length);
    expect(tones('긍정')).toBeGreaterThan(0.65);
    expect(tones('중립')).toBeGreaterThan(0.08);
    expect(tones('부정')).toBeGreaterThan(0.01);
    expect(tones('부정')).toBeLessThan(0.08);
    for (const c of data.clippings.filter((x) => x.tone === '부정')) {
      expect(c.title).toMatch(/논란|지적|불만|불편|불안|갈등|비판|몸살|의문|삭감|외면|부실|민원|낭비|저조/);
    }
  });

  it('fills 요약, 관련부서 and 0–3 distinct tags', () => {
    expect(share(data.clippings.filter((c) => c.summary.endsWith('다.')).length)).toBeGreaterThan(0.85);
    expect(share(data.clippings.filter((c) => c.department !== '').length)).toBeGreaterThan(0.85);
    for (const c of data.clippings) {
      expect(c.tags.length).toBeLessThanOrEqual(3);
      expect(new Set(c.tags).size).toBe(c.tags.length);
    }
    expect(data.clippings.some((c) => c.tags.length === 0)).toBe(true);
  });

  it('uses the words a clerk searches for in a good share of titles and summaries', () => {
    const texts = data.clippings.map((c) => `${c.title} ${c.summary}`);
    for (const word of ['홍보', '구청', '금천구', '스마트', '디지털']) {
      expect(texts.filter((t) => t.includes(word)).length / texts.length, word).toBeGreaterThan(0.08);
    }
    expect(new Set(data.clippings.map((c) => c.title)).size).toBeGreaterThan(1500);
  });

  it('makes 100,000 clippings quickly', () => {
    const started = performance.now();
    const big = generateDemo({ clippings: 100_000, seed: 11, today: TODAY });
    expect(big.clippings).toHaveLength(100_000);
    // Generous: a loaded CI machine must not fail it; the point is seconds, not minutes.
    expect(performance.now() - started).toBeLessThan(15_000);
  }, 60_000);

  it('refuses impossible options with a Korean message', () => {
    expect(() => generateDemo({ clippings: -1 })).toThrow('0 이상의 정수');
    expect(() => generateDemo({ clippings: 1.5 })).toThrow('0 이상의 정수');
    expect(() => generateDemo({ clippings: 10, today: '2025-02-30' })).toThrow('실제 날짜');
  });
});
