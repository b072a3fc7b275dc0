/** Clock rules sync relies on: every PC's stamps only grow, and a received stamp is always passed. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ClockError, MAX_COUNTER, compareHlc, formatHlc, initialHlc, parseHlc, receive, tick, type Hlc } from '../../../shared/sync/hlc.ts';

const A = '00000000000000aa';
const B = '00000000000000bb';
const MINUTE = 60_000;

describe('hybrid logical clock', () => {
  it('writes stamps whose string order is clock order, and reads them back', () => {
    const h: Hlc = { millis: 1_732_250_000_000, counter: 10, node: A };
    expect(formatHlc(h)).toBe('001732250000000-000a-00000000000000aa');
    expect(parseHlc(formatHlc(h))).toEqual(h);
    expect(parseHlc('garbage')).toBeUndefined();
    expect(compareHlc(formatHlc({ ...h, counter: 2 }), formatHlc({ ...h, millis: h.millis + 1, counter: 0 }))).toBe(-1);
  });

  it('keeps counting within one millisecond and when the wall clock goes backwards', () => {
    let h = tick(initialHlc(A), 1000);
    const stamps = [formatHlc(h)];
    for (const now of [1000, 1000, 999, 500, 1001]) {
      h = tick(h, now);
      stamps.push(formatHlc(h));
    }
    expect([...stamps].sort()).toEqual(stamps);
    expect(new Set(stamps).size).toBe(stamps.length);
  });

  it('passes a received stamp even when the local clock is behind', () => {
    const local = tick(initialHlc(A), 1000);
    const remote = { millis: 5000, counter: 3, node: B };
    const merged = receive(local, remote, 1200, MINUTE);
    expect(compareHlc(formatHlc(merged), formatHlc(remote))).toBe(1);
    expect(merged.node).toBe(A);
  });

  it('refuses a clock too far ahead, reporting both times', () => {
    const local = tick(initialHlc(A), 1_000_000);
    try {
      receive(local, { millis: 1_000_000 + 10 * MINUTE, counter: 0, node: B }, 1_000_000, 5 * MINUTE);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ClockError);
      expect((err as ClockError).kind).toBe('drift');
      expect((err as ClockError).remoteMillis).toBe(1_000_000 + 10 * MINUTE);
      expect((err as ClockError).localMillis).toBe(1_000_000);
    }
  });

  it('orders every event after the events it has seen, across PCs with skewed clocks (property)', () => {
    const skew = fc.integer({ min: -3 * MINUTE, max: 3 * MINUTE });
    const step = fc.record({ pc: fc.nat(2), advance: fc.nat(2000), receiveFrom: fc.option(fc.nat(2), { nil: undefined }) });
    fc.assert(
      fc.property(fc.tuple(skew, skew, skew), fc.array(step, { maxLength: 200 }), (skews, steps) => {
        const nodes = ['00000000000000a1', '00000000000000a2', '00000000000000a3'];
        const clocks = nodes.map((n) => initialHlc(n));
        const last = nodes.map(() => '');
        let wall = 1_700_000_000_000;
        for (const s of steps) {
          wall += s.advance;
          const now = wall + skews[s.pc]!;
          let h = clocks[s.pc]!;
          const seen = s.receiveFrom !== undefined && s.receiveFrom !== s.pc ? clocks[s.receiveFrom]! : undefined;
          if (seen) h = receive(h, seen, now, 10 * MINUTE);
          h = tick(h, now);
          const stamp = formatHlc(h);
          if (stamp <= last[s.pc]!) return false;
          if (seen && stamp <= formatHlc(seen)) return false;
          clocks[s.pc] = h;
          last[s.pc] = stamp;
        }
        return true;
      }),
      { numRuns: 300, seed: 20241122 },
    );
  });
  it('moves the logical millisecond on instead of failing when the counter is spent', () => {
    const full: Hlc = { millis: 5000, counter: MAX_COUNTER, node: A };
    const next = tick(full, 5000);
    expect(next).toEqual({ millis: 5001, counter: 0, node: A });
    expect(compareHlc(formatHlc(next), formatHlc(full))).toBe(1);
    // A received stamp at the counter's end (a hostile or replayed one) is passed the same way.
    const received = receive({ millis: 5000, counter: 3, node: A }, { millis: 5000, counter: MAX_COUNTER, node: B }, 4000, MINUTE);
    expect(received).toEqual({ millis: 5001, counter: 0, node: A });
    let h = initialHlc(A);
    const stamps: string[] = [];
    for (let i = 0; i < 3 * (MAX_COUNTER + 1); i++) {
      h = tick(h, 1000);
      stamps.push(formatHlc(h));
    }
    expect([...stamps].sort()).toEqual(stamps);
    expect(new Set(stamps).size).toBe(stamps.length);
  });
});
