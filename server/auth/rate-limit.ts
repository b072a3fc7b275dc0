/**
 * Failed logins counted per key (a login, an IP address) over a sliding window. Kept in memory:
 * a restart forgets them, which costs a guesser one more window, not the office a lock-out.
 */
export class FailureLimiter {
  private readonly failures = new Map<string, number[]>();
  private readonly max: number;
  private readonly windowMs: number;

  constructor(max: number, windowMs: number) {
    this.max = max;
    this.windowMs = windowMs;
  }

  private recent(key: string, now: number): number[] {
    const list = (this.failures.get(key) ?? []).filter((t) => t > now - this.windowMs);
    if (list.length === 0) this.failures.delete(key);
    else this.failures.set(key, list);
    return list;
  }

  /** Milliseconds until another attempt is accepted; 0 when one is accepted now. */
  blockedFor(key: string, now: number): number {
    const list = this.recent(key, now);
    if (list.length < this.max) return 0;
    return list[list.length - this.max]! + this.windowMs - now;
  }

  fail(key: string, now: number): void {
    const list = this.recent(key, now);
    list.push(now);
    this.failures.set(key, list);
    // Bound memory against a flood of made-up logins.
    if (this.failures.size > 100_000) for (const k of this.failures.keys()) this.recent(k, now);
  }

  clear(key: string): void {
    this.failures.delete(key);
  }
}
