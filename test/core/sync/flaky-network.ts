/**
 * A simulated office network between one PC and the sync server, in place of the real transport
 * (SyncOptions.transportFor). Each sync request may be dropped before it leaves, have its reply
 * dropped after the server processed it, be sent twice (at once, or the copy arriving late, after
 * later requests: a reorder), or be delayed (so the requests of PCs syncing together interleave
 * at the server). Decisions come from a seeded generator, so a scenario's faults are reproducible.
 * Login and token refresh go through untouched unless `auth` is set.
 */
import { httpTransport, SyncError, type SyncTransport } from '../../../core/sync/transport.ts';
import { mulberry32 } from '../../../core/demo/random.ts';

export interface Faults {
  /** Probability that a request never reaches the server. */
  drop: number;
  /** Probability that the server processes a request but its reply is lost. */
  dropReply: number;
  /** Probability that a request is sent twice. */
  duplicate: number;
  /** Each request and reply waits 0…delayMs milliseconds. */
  delayMs: number;
  /** Also disturb login and token refresh (a lost refresh reply). */
  auth?: boolean;
}

export const PERFECT: Faults = { drop: 0, dropReply: 0, duplicate: 0, delayMs: 0 };

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function lost(what: string): SyncError {
  return new SyncError('network', `동기화 서버에 연결하지 못했습니다. (시뮬레이션: ${what})`);
}

export interface NetworkStats {
  requests: number;
  dropped: number;
  repliesLost: number;
  duplicated: number;
  lateCopies: number;
}

/** The network one PC sees; `set` changes its faults between syncs. */
export class FlakyNetwork {
  private faults: Faults = PERFECT;
  private random: () => number = mulberry32(1);
  /** Late copies still travelling: the world waits for them before it checks or closes. */
  readonly inFlight = new Set<Promise<unknown>>();
  readonly stats: NetworkStats = { requests: 0, dropped: 0, repliesLost: 0, duplicated: 0, lateCopies: 0 };

  set(faults: Faults, seed: number): void {
    this.faults = faults;
    this.random = mulberry32(seed);
  }

  /** A perfect network for a moment (a clerk logging in again); `resume` restores the faults. */
  pause(): Faults {
    const f = this.faults;
    this.faults = PERFECT;
    return f;
  }

  resume(faults: Faults): void {
    this.faults = faults;
  }

  async settle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  transportFor = (serverUrl: string): SyncTransport => {
    const real = httpTransport(serverUrl);
    return {
      post: async (path, body, token) => {
        const f = this.faults;
        const disturb = f.auth || path.includes('/sync/');
        if (!disturb) return real.post(path, body, token);
        this.stats.requests++;
        const chance = (p: number) => p > 0 && this.random() < p;
        const delay = () => (f.delayMs > 0 ? sleep(Math.floor(this.random() * f.delayMs)) : Promise.resolve());
        await delay();
        if (chance(f.drop)) {
          this.stats.dropped++;
          throw lost('요청 유실');
        }
        const replyLost = chance(f.dropReply);
        let reply: Promise<unknown>;
        if (chance(f.duplicate)) {
          this.stats.duplicated++;
          if (this.random() < 0.5) {
            // Both copies at once; the PC sees whichever answer comes back first.
            const copies = [real.post(path, body, token), real.post(path, body, token)];
            copies.forEach((c) => c.catch(() => {}));
            reply = Promise.any(copies).catch((e: AggregateError) => Promise.reject(e.errors[0]));
          } else {
            // The copy arrives late, after whatever this PC sends next.
            this.stats.lateCopies++;
            const wait = 5 + Math.floor(this.random() * 40);
            const late = sleep(wait).then(() => real.post(path, body, token)).catch(() => {});
            this.inFlight.add(late);
            void late.finally(() => this.inFlight.delete(late));
            reply = real.post(path, body, token);
          }
        } else {
          reply = real.post(path, body, token);
        }
        const value = await reply;
        await delay();
        if (replyLost) {
          this.stats.repliesLost++;
          throw lost('응답 유실');
        }
        return value;
      },
    };
  };
}
