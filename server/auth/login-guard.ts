/**
 * Who may try a password now. Every attempt is counted as a failure before its slow hash runs
 * (and taken back if it was right), and only a few hashes run at once per account, per address and
 * in total; the others wait their turn briefly (twelve PCs logging in at nine o'clock all get in)
 * and are judged again when it comes, so a burst of parallel guesses costs a few hashes, not thirty.
 *
 * A PC that has logged in as this user before (its device id is bound to the login) is judged
 * only by its own failures: somebody guessing from elsewhere delays the guesser and new PCs,
 * never the clerk at her usual desk.
 */
import { FailureDelays, InFlight } from './rate-limit.ts';
import type { DelayPolicy } from './rate-limit.ts';

export interface LoginLimits {
  /** Free failures for one login from one PC and address, before its delays begin. */
  perPcFreeFailures: number;
  /** Free failures for one login from all PCs it does not know, before their delays begin. */
  perLoginFreeFailures: number;
  /** Free failures from one address for logins of PCs it does not know. */
  perIpFreeFailures: number;
  baseDelayMs: number;
  maxDelayMs: number;
  forgetAfterMs: number;
  parallelPerLogin: number;
  parallelPerIp: number;
  parallelTotal: number;
  /** How long an attempt waits for a free slot before it is refused. */
  queueWaitMs: number;
  /** Attempts waiting at once, over all accounts; more are refused at once. */
  maxWaiting: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = {
  perPcFreeFailures: 3,
  perLoginFreeFailures: 3,
  perIpFreeFailures: 30,
  baseDelayMs: 1000,
  maxDelayMs: 15 * 60_000,
  forgetAfterMs: 60 * 60_000,
  parallelPerLogin: 2,
  parallelPerIp: 4,
  parallelTotal: 8,
  queueWaitMs: 5000,
  maxWaiting: 200,
};

export interface LoginAttempt {
  login: string;
  ip: string;
  deviceId: string;
  /** The device id is already bound to this login (it logged in as this user before). */
  knownDevice: boolean;
}

export type Admission =
  | { kind: 'wait'; waitMs: number; reason: 'failures' | 'parallel' }
  | { kind: 'go'; ticket: LoginTicket };

export interface LoginTicket {
  /** The password was right: the failure counted in advance is taken back. */
  succeeded(): void;
  failed(): void;
}

/** A refused parallel attempt may come back after this long. */
const PARALLEL_RETRY_MS = 1000;

export class LoginGuard {
  private readonly perPc: FailureDelays;
  private readonly perLogin: FailureDelays;
  private readonly perIp: FailureDelays;
  private readonly inFlight = new InFlight();
  private readonly limits: LoginLimits;

  constructor(limits: Partial<LoginLimits> = {}) {
    this.limits = { ...DEFAULT_LOGIN_LIMITS, ...limits };
    const policy = (freeFailures: number): DelayPolicy => ({ freeFailures, baseDelayMs: this.limits.baseDelayMs, maxDelayMs: this.limits.maxDelayMs, forgetAfterMs: this.limits.forgetAfterMs });
    this.perPc = new FailureDelays(policy(this.limits.perPcFreeFailures));
    this.perLogin = new FailureDelays(policy(this.limits.perLoginFreeFailures));
    this.perIp = new FailureDelays(policy(this.limits.perIpFreeFailures));
  }

  /** Waits (briefly) for a slot; `clock` is the server's time, read again after every wait. */
  async admit(a: LoginAttempt, clock: () => number): Promise<Admission> {
    const pcKey = `${a.login}\n${a.ip}\n${a.deviceId}`;
    const loginKey = a.login;
    const ipKey = a.ip;
    const slots: Array<readonly [string, number]> = [['total', this.limits.parallelTotal]];
    if (a.knownDevice) slots.push([`pc:${pcKey}`, 1]);
    else slots.push([`login:${loginKey}`, this.limits.parallelPerLogin], [`ip:${ipKey}`, this.limits.parallelPerIp]);
    const deadline = performance.now() + this.limits.queueWaitMs;
    let now = clock();
    for (;;) {
      const waitMs = Math.max(
        this.perPc.waitMs(pcKey, now),
        a.knownDevice ? 0 : this.perLogin.waitMs(loginKey, now),
        a.knownDevice ? 0 : this.perIp.waitMs(ipKey, now),
      );
      if (waitMs > 0) return { kind: 'wait', waitMs, reason: 'failures' };
      if (this.inFlight.tryAcquire(slots)) break;
      const left = deadline - performance.now();
      if (left <= 0 || this.inFlight.waiting >= this.limits.maxWaiting || !(await this.inFlight.released(left))) {
        return { kind: 'wait', waitMs: PARALLEL_RETRY_MS, reason: 'parallel' };
      }
      now = clock();
    }

    // Counted before the hash: parallel attempts see each other's failures.
    this.perPc.fail(pcKey, now);
    if (!a.knownDevice) {
      this.perLogin.fail(loginKey, now);
      this.perIp.fail(ipKey, now);
    }
    let done = false;
    const finish = (ok: boolean): void => {
      if (done) return;
      done = true;
      this.inFlight.release(slots.map(([key]) => key));
      if (!ok) return;
      this.perPc.clear(pcKey);
      if (!a.knownDevice) {
        this.perLogin.refund(loginKey);
        this.perIp.refund(ipKey);
      }
    };
    return { kind: 'go', ticket: { succeeded: () => finish(true), failed: () => finish(false) } };
  }
}
