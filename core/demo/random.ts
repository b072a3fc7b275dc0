/**
 * Seeded randomness for demo data. mulberry32 is tiny, fast and gives the same sequence on every
 * machine, so a seed always reproduces the same demo database (Math.random never could).
 */

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * FNV-1a: a stable number for a string, to derive per-outlet or per-department sub-seeds.
 * `start` chains hashes: hashString(b, hashString(a)) hashes a then b.
 */
export function hashString(text: string, start = 0x811c9dc5): number {
  let h = start;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [0, n). */
  int(n: number): number;
  /** Integer in [lo, hi], both ends included. */
  between(lo: number, hi: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
}

export function createRng(seed: number): Rng {
  const next = mulberry32(seed);
  const int = (n: number) => Math.floor(next() * n);
  return {
    next,
    int,
    between: (lo, hi) => lo + int(hi - lo + 1),
    chance: (p) => next() < p,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error('빈 목록에서는 고를 수 없습니다.');
      return items[int(items.length)] as T;
    },
  };
}

/** Picks items in proportion to their weights (binary search over the running totals). */
export function weighted<T>(entries: ReadonlyArray<readonly [T, number]>): (rng: Rng) => T {
  const items = entries.filter(([, w]) => w > 0).map(([item]) => item);
  const totals: number[] = [];
  let sum = 0;
  for (const [, w] of entries) if (w > 0) totals.push((sum += w));
  if (items.length === 0) throw new Error('가중치가 있는 항목이 없습니다.');
  return (rng) => {
    const x = rng.next() * sum;
    let lo = 0;
    let hi = totals.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((totals[mid] as number) > x) hi = mid;
      else lo = mid + 1;
    }
    return items[lo] as T;
  };
}
