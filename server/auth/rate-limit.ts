/**
 * Failed logins counted per key with a growing delay: the first few are free, then each further
 * failure doubles the wait before the next attempt is heard, up to a ceiling. Nothing is ever
 * locked for good, and a key that stays quiet is forgotten. Kept in memory: a restart forgets
 * them, which costs a guesser one more round, not the office a lock-out.
 */
export interface DelayPolicy {
  /** Failures with no wait at all (typing mistakes). */
  freeFailures: number;
  /** The wait after the first failure beyond the free ones; it doubles with every further one. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** A key with no failure for this long starts over. */
  forgetAfterMs: number;
}

interface Entry {
  count: number;
  last: number;
}

/** Bound on remembered keys, against a flood of made-up logins. */
const MAX_KEYS = 100_000;

export class FailureDelays {
  private readonly entries = new Map<string, Entry>();
  private readonly policy: DelayPolicy;

  constructor(policy: DelayPolicy) {
    this.policy = policy;
  }

  private live(key: string, now: number): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry && now - entry.last > this.policy.forgetAfterMs) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  /** Milliseconds until the next attempt under `key` is heard; 0 when it is heard now. */
  waitMs(key: string, now: number): number {
    const entry = this.live(key, now);
    if (!entry || entry.count < this.policy.freeFailures) return 0;
    const delay = Math.min(this.policy.maxDelayMs, this.policy.baseDelayMs * 2 ** (entry.count - this.policy.freeFailures));
    return Math.max(0, entry.last + delay - now);
  }

  fail(key: string, now: number): void {
    const entry = this.live(key, now) ?? { count: 0, last: now };
    entry.count += 1;
    entry.last = now;
    this.entries.set(key, entry);
    if (this.entries.size > MAX_KEYS) for (const k of [...this.entries.keys()]) this.live(k, now);
  }

  /** Takes back one failure counted in advance (the attempt turned out right). */
  refund(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    entry.count -= 1;
    if (entry.count <= 0) this.entries.delete(key);
  }

  clear(key: string): void {
    this.entries.delete(key);
  }
}

/** How many attempts per key are being checked right now (each holds a slow password hash). */
export class InFlight {
  private readonly counts = new Map<string, number>();
  private waiters: Array<() => void> = [];

  /** Takes one slot under every key, or none when any key is at its limit. */
  tryAcquire(limits: ReadonlyArray<readonly [key: string, limit: number]>): boolean {
    if (limits.some(([key, limit]) => (this.counts.get(key) ?? 0) >= limit)) return false;
    for (const [key] of limits) this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    return true;
  }

  release(keys: readonly string[]): void {
    for (const key of keys) {
      const n = (this.counts.get(key) ?? 0) - 1;
      if (n <= 0) this.counts.delete(key);
      else this.counts.set(key, n);
    }
    const woken = this.waiters;
    this.waiters = [];
    for (const wake of woken) wake();
  }

  get waiting(): number {
    return this.waiters.length;
  }

  /** True once any slot is released, false after `timeoutMs` with none. */
  released(timeoutMs: number): Promise<boolean> {
    return new Promise((resolve) => {
      const wake = (): void => {
        clearTimeout(timer);
        resolve(true);
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== wake);
        resolve(false);
      }, timeoutMs);
      this.waiters.push(wake);
    });
  }
}
