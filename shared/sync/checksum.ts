/**
 * Per-register checksums a PC compares with the server's after a full pull: equal sums mean both
 * hold the same stamp for every field of every record (values follow from stamps), so a PC that
 * has silently diverged (a restored backup, a bug) is found and re-pulled. The sum is
 * order-independent (records in any order give the same result) and cheap: one 64-bit hash per
 * record, added modulo 2^64 as two 32-bit halves. Conflict marks are excluded (kept elsewhere on a PC).
 */
import { CONFLICT_PREFIX } from './protocol.ts';

/** cyrb53-style 2×32-bit string hash (no crypto needed; this detects accidents, not attacks). */
function hash2(text: string): [number, number] {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return [h1 >>> 0, h2 >>> 0];
}

/** The text one record contributes: its id and every (field, stamp) pair, in field order. */
export function recordDigestText(recordId: string, stamps: Iterable<readonly [string, string]>): string {
  const pairs: string[] = [];
  for (const [field, hlc] of stamps) if (hlc && !field.startsWith(CONFLICT_PREFIX)) pairs.push(`${field}=${hlc}`);
  pairs.sort();
  return `${recordId}|${pairs.join(',')}`;
}

export class ChecksumSum {
  private hi = 0;
  private lo = 0;
  count = 0;

  addRecord(recordId: string, stamps: Iterable<readonly [string, string]>): void {
    const [a, b] = hash2(recordDigestText(recordId, stamps));
    const lo = this.lo + b;
    this.lo = lo >>> 0;
    this.hi = (this.hi + a + (lo > 0xffffffff ? 1 : 0)) >>> 0;
    this.count++;
  }

  /** e.g. '100000:9f3a0c21d04e6b15' — the count makes an empty or short side obvious in logs. */
  toString(): string {
    return `${this.count}:${this.hi.toString(16).padStart(8, '0')}${this.lo.toString(16).padStart(8, '0')}`;
  }
}

/** Stamps of a record sent as (common stamp, exceptions) over the fields it has. */
export function expandStamps(fields: Iterable<string>, hlc: string, hlcs: Readonly<Record<string, string>> | undefined): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const f of fields) out.push([f, hlcs?.[f] ?? hlc]);
  return out;
}
