/** What a clerk keeps when two PCs edited the same clipping while apart. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeField, type FieldState } from '../../../shared/sync/merge.ts';

const s = (n: number, node = 'a') => `00000000000${String(n).padStart(4, '0')}-0000-${node.repeat(16)}`;

describe('field merge', () => {
  it('takes the later edit of a short field (last writer wins)', () => {
    const local: FieldState = { value: '중립', hlc: s(10), base: s(1) };
    expect(mergeField(local, { value: '부정', hlc: s(20, 'b'), base: s(1) }, false)).toEqual({ kind: 'apply' });
    expect(mergeField(local, { value: '긍정', hlc: s(5, 'b'), base: s(1) }, false)).toEqual({ kind: 'ignore' });
  });

  it('ignores a change it already has (a resent push or pull)', () => {
    const local: FieldState = { value: 'x', hlc: s(10), base: null };
    expect(mergeField(local, { ...local }, true)).toEqual({ kind: 'ignore' });
  });

  it('keeps both texts when two PCs rewrote 요약 without seeing each other, the later one winning', () => {
    const local: FieldState = { value: '구청 요약 A', hlc: s(10), base: s(1) };
    const incoming: FieldState = { value: '구청 요약 B', hlc: s(12, 'b'), base: s(1) };
    expect(mergeField(local, incoming, true)).toEqual({ kind: 'conflict', winner: 'incoming', loser: local });
    const older: FieldState = { value: '구청 요약 C', hlc: s(8, 'b'), base: s(1) };
    expect(mergeField(local, older, true)).toEqual({ kind: 'conflict', winner: 'local', loser: older });
  });

  it('does not flag a conflict when one edit was made on top of the other', () => {
    const local: FieldState = { value: '첫 요약', hlc: s(10), base: null };
    expect(mergeField(local, { value: '고친 요약', hlc: s(12, 'b'), base: s(10) }, true)).toEqual({ kind: 'apply' });
  });

  it('is independent of arrival order: every PC settles on the same value (property)', () => {
    const change = fc.record({ value: fc.string({ maxLength: 3 }), t: fc.integer({ min: 1, max: 50 }), node: fc.constantFrom('a', 'b', 'c') });
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: 8 }), fc.boolean(), (changes, longText) => {
        const states = changes.map((c) => ({ value: c.value, hlc: s(c.t, c.node), base: null }) as FieldState);
        const settle = (order: FieldState[]) =>
          order.reduce<FieldState | undefined>((cur, inc) => {
            const out = mergeField(cur, inc, longText);
            return out.kind === 'apply' || (out.kind === 'conflict' && out.winner === 'incoming') ? inc : cur;
          }, undefined);
        const forward = settle(states);
        const backward = settle([...states].reverse());
        return forward?.hlc === backward?.hlc;
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
