/**
 * Hybrid logical clocks (Kulkarni et al. 2014), the ordering of every change GuDesk syncs.
 * A stamp is wall-clock milliseconds, a counter for events within one millisecond, and the
 * device's node id, written so that string order is clock order:
 *   '001732250000000-0000-7f3a9c21d04e6b15'
 * A PC whose clock runs a few minutes wrong still orders its edits after what it has seen; a PC
 * whose clock is far off is refused with both times shown (see errors.ts), never trusted.
 * More than MAX_COUNTER events within one millisecond move the logical millisecond on by one
 * instead of failing: nothing a clerk does (an import of 100,000 rows, a replayed stamp at the
 * counter's end) can make stamping throw.
 */

export interface Hlc {
  millis: number;
  counter: number;
  node: string;
}

export const MAX_COUNTER = 0xffff;
const NODE = /^[0-9a-f]{16}$/;
const STAMP = /^(\d{15})-([0-9a-f]{4})-([0-9a-f]{16})$/;

export class ClockError extends Error {
  /** Only 'drift' is thrown; 'overflow' is kept for callers that still name it. */
  readonly kind: 'drift' | 'overflow';
  /** The other side's clock and ours, for the clerk's message. */
  readonly remoteMillis: number;
  readonly localMillis: number;
  constructor(kind: 'drift' | 'overflow', remoteMillis: number, localMillis: number) {
    super(kind === 'drift' ? 'clock drift beyond the allowed maximum' : 'too many events in one millisecond');
    this.name = 'ClockError';
    this.kind = kind;
    this.remoteMillis = remoteMillis;
    this.localMillis = localMillis;
  }
}

export function formatHlc(h: Hlc): string {
  return `${String(h.millis).padStart(15, '0')}-${h.counter.toString(16).padStart(4, '0')}-${h.node}`;
}

export function parseHlc(stamp: string): Hlc | undefined {
  const m = STAMP.exec(stamp);
  if (!m) return undefined;
  return { millis: Number(m[1]), counter: parseInt(m[2]!, 16), node: m[3]! };
}

export function isNodeId(node: string): boolean {
  return NODE.test(node);
}

export function initialHlc(node: string): Hlc {
  if (!isNodeId(node)) throw new Error(`invalid HLC node id: ${node}`);
  return { millis: 0, counter: 0, node };
}

/** A local event (an edit): the next stamp after `state` at wall time `now`. */
export function tick(state: Hlc, now: number): Hlc {
  if (now > state.millis) return { millis: now, counter: 0, node: state.node };
  if (state.counter >= MAX_COUNTER) return { millis: state.millis + 1, counter: 0, node: state.node };
  return { millis: state.millis, counter: state.counter + 1, node: state.node };
}

/**
 * Merging a stamp received from elsewhere: the result is later than both `state` and `remote`.
 * A remote clock more than `maxDriftMs` ahead of ours is refused (one wrong PC must not drag
 * every clock in the department into the future).
 */
export function receive(state: Hlc, remote: Hlc, now: number, maxDriftMs: number): Hlc {
  if (remote.millis - now > maxDriftMs) throw new ClockError('drift', remote.millis, now);
  const millis = Math.max(state.millis, remote.millis, now);
  let counter: number;
  if (millis === state.millis && millis === remote.millis) counter = Math.max(state.counter, remote.counter) + 1;
  else if (millis === state.millis) counter = state.counter + 1;
  else if (millis === remote.millis) counter = remote.counter + 1;
  else counter = 0;
  // The counter is spent at this millisecond: the next logical one, still later than both.
  if (counter > MAX_COUNTER) return { millis: millis + 1, counter: 0, node: state.node };
  return { millis, counter, node: state.node };
}

export function compareHlc(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
